// Every document stays linear in the number of items (issue 13): the minimal dossier grown to
// two sessions of kExperiments experiments each (half followed up, half new), plus vocabulary.
// At this size a quadratic pass (a search per item through the items before it) takes
// minutes, beyond the TIMEOUT of tests/scaling/CMakeLists.txt; a linear build takes seconds.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <string>

#include "agenda/agenda.hpp"
#include "bilan/bilan.hpp"
#include "bilan/doctrine.hpp"
#include "bilan/principles.hpp"
#include "check/check.hpp"
#include "render/template.hpp"
#include "rex/scaffold.hpp"
#include "status/status.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

#ifndef EFC_SCALING_EXPERIMENTS
#define EFC_SCALING_EXPERIMENTS 60'000
#endif
constexpr int kExperiments = EFC_SCALING_EXPERIMENTS;  // per session (sanitizer builds: fewer)

model::Text text(std::string s) { return {std::move(s), {1, 1}, true}; }

// Experiment i of session `session`: even ones follow up the session before, odd ones are new.
model::Experiment experiment(int session, int i) {
  model::Experiment e;
  const int first = session > 1 && i % 2 == 0 ? session - 1 : session;
  e.id = text("e" + std::to_string(first) + "-" + std::to_string(i));
  e.text = text("t");
  e.owner = text("ann");
  e.status = text(session == 1 ? "proposed" : "running");
  e.principles = {text("fair")};
  return e;
}

model::Term term(int session, int i) {
  model::Term t;
  t.term = text(i % 2 == 0 ? "word" : "word" + std::to_string(i));  // one term with many meanings, many terms
  t.meaning = text("meaning " + std::to_string(session) + "-" + std::to_string(i));
  return t;
}

// The minimal dossier, loaded, with its two sessions grown.
load::Loaded grown_dossier() {
  testing::MiniDossier mini;
  mini.set("rex/dev/device.yaml", mini.files().at("rex/dev/device.yaml") +
                                      "audiences:\n  - id: board\n    members: [boss]\n    receives: shared\n");
  const auto fs = mini.filesystem();
  auto loaded = check::load_and_check(fs, "", "");
  REQUIRE_MESSAGE(loaded.diagnostics.errors() == 0, mini.check());
  auto& sessions = loaded.dossier.devices.at(0).sessions;
  REQUIRE(sessions.size() == 2);
  for (int s = 1; s <= 2; ++s) {
    auto& session = sessions.at(static_cast<std::size_t>(s - 1));
    for (int i = 0; i < kExperiments; ++i) session.experiments.push_back(experiment(s, i));
    for (int i = 0; i < kExperiments / 10; ++i) session.vocabulary.push_back(term(s, i));
  }
  return loaded;
}

std::string rendered(const char* name, const render::Tree& data) {
  const render::Rendered r = render::render(render::TemplateSet::builtin("en"), name, data);
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.text;
}

}  // namespace

TEST_CASE("scaling: status, bilan, charter, doctrine, agendas and the next session file over 120,000 experiments") {
  const load::Loaded loaded = grown_dossier();
  const auto shared = view::make_view(loaded.dossier, view::Visibility::Shared);
  const std::string tracks = std::to_string(kExperiments + kExperiments / 2);  // distinct experiment ids

  const auto status = status::status_data(shared, loaded.diagnostics, model::Date{2030, 1, 1});
  REQUIRE(status);
  CHECK(status->get("open_experiments")->items().size() == static_cast<std::size_t>(kExperiments + kExperiments / 2));

  const auto bilan = bilan::bilan_data(shared, "dev", "board");
  REQUIRE(bilan);
  CHECK(std::to_string(bilan->get("experiments")->items().size()) == tracks);
  CHECK(rendered("bilan.md", *bilan).size() > static_cast<std::size_t>(kExperiments));  // rendering is linear too

  const auto charter = bilan::charter_data(shared);
  REQUIRE(charter);
  const auto& fair = charter->get("principles")->items().at(0);
  CHECK(std::to_string(fair.get("experiments")->items().size()) == tracks);

  const render::Tree doctrine = bilan::doctrine_data(shared);
  CHECK(doctrine.get("terms")->items().size() == static_cast<std::size_t>(kExperiments / 20 + 1));

  for (const long long number : {2LL, 3LL}) {  // a regular agenda with follow-up, then the bilan's
    const auto agenda = agenda::agenda_data(shared, "dev", number);
    REQUIRE(agenda);
    CHECK(agenda->get("lang")->text() == "en");
  }

  const auto group = view::make_view(loaded.dossier, view::Visibility::Group);
  rex::ScaffoldRequest request;
  request.device = "dev";
  request.number = 3;
  request.date = {2030, 1, 1};
  const auto scaffold = rex::session_scaffold(group, request);
  REQUIRE(scaffold);
  CHECK(scaffold->size() > static_cast<std::size_t>(kExperiments));
}
