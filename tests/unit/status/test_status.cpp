#include <doctest/doctest.h>

#include "check/check.hpp"
#include "render/template.hpp"
#include "status/status.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

constexpr const char* kOpenArbitration = R"(id: a-2
kind: shared-stake
date: 2025-04-01
parties:
  - who: seller
    stakes: Sell.
  - who: maker
    stakes: Make.
)";

struct Loaded {
  model::Dossier dossier;
  diag::Diagnostics diagnostics;
};

Loaded dossier_of(const testing::MiniDossier& m) {
  const auto fs = m.filesystem();
  auto loaded = check::load_and_check(fs, "", "");
  return {loaded.dossier, loaded.diagnostics};
}

render::Tree status_of(const testing::MiniDossier& m, model::Date today) {
  const Loaded l = dossier_of(m);
  auto data = status::status_data(view::make_view(l.dossier, view::Visibility::Shared), l.diagnostics, today);
  REQUIRE(data);
  return *data;
}

}  // namespace

TEST_CASE("sessions before today are held, the first dated today or later is the next") {
  testing::MiniDossier m;
  const auto before = status_of(m, {2025, 2, 1});
  const auto& device = before.get("dedicated_times")->get("devices")->items().at(0);
  CHECK(device.get("held")->text() == "0");
  CHECK(device.get("written")->text() == "2");
  CHECK(device.get("next_date")->text() == "2025-02-01");
  CHECK(device.get("next_number")->text() == "1");
  CHECK(device.get("bilan_held")->text() == "false");

  const auto after = status_of(m, {2025, 3, 2});
  const auto& done = after.get("dedicated_times")->get("devices")->items().at(0);
  CHECK(done.get("held")->text() == "2");
  CHECK(done.get("last_date")->text() == "2025-03-01");
  CHECK(done.get("next_date")->kind() == render::Tree::Kind::Null);  // missing values are null (docs/json.md)
  CHECK(done.get("next_number")->kind() == render::Tree::Kind::Null);
  CHECK(done.get("bilan_held")->text() == "true");
}

TEST_CASE("the three registers: backing with who validated it, the charter, facilitators and whether they are external") {
  testing::MiniDossier m;
  const auto s = status_of(m, {2025, 6, 1});
  const auto& backing = *s.get("institutional_backing")->get("backing");
  CHECK(backing.get("statement")->text() == "The board validated the principles.");
  CHECK(backing.get("validated_by")->items().at(0).get("name")->text() == "Boss");
  CHECK(backing.get("date_long")->text() == "10 January 2025");
  const auto& charter = *s.get("institutional_backing")->get("charter");
  CHECK(charter.get("status_label")->text() == "adopted");
  CHECK(charter.get("principles")->text() == "1");
  const auto& facilitator = s.get("skills")->get("facilitators")->items().at(0);
  CHECK(facilitator.get("name")->text() == "Fay");
  CHECK(facilitator.get("external")->text() == "true");

  m.replace("dossier.yaml", "    organisation: cab\n", "    organisation: org\n");  // Fay now works where Ann and Bob do
  const auto inside = status_of(m, {2025, 6, 1});
  CHECK(inside.get("skills")->get("facilitators")->items().at(0).get("external")->text() == "false");

  m.remove("principles.yaml");
  m.replace("dossier.yaml", "backing:\n  statement: The board validated the principles.\n  validated_by: [boss]\n  date: 2025-01-10\n", "");
  const auto none = status_of(m, {2025, 6, 1});
  CHECK(none.get("institutional_backing")->get("backing")->kind() == render::Tree::Kind::Null);
  CHECK(none.get("institutional_backing")->get("charter")->kind() == render::Tree::Kind::Null);
  CHECK(render::to_json(none).find("\"backing\": null,\n    \"charter\": null\n") != std::string::npos);
}

TEST_CASE("open experiments (confidential ones left out), open arbitrations and the counts of findings") {
  testing::MiniDossier m;
  m.replace("rex/dev/sessions/01.yaml", "questions:",
            "experiments:\n  - id: pairs\n    text: Pairs.\n    status: running\n"
            "  - id: secret\n    text: SECRET\n    confidential: true\nquestions:");
  m.set("arbitrations/a-2.yaml", kOpenArbitration);
  m.replace("rex/dev/sessions/02.yaml", "absent: []\n", "absent: []\nstories: [{narrator: ann, title: x}]\n");
  const auto s = status_of(m, {2025, 6, 1});
  const auto& experiments = s.get("open_experiments")->items();
  REQUIRE(experiments.size() == 1);
  CHECK(experiments[0].get("id")->text() == "pairs");
  CHECK(experiments[0].get("status_label")->text() == "running");
  CHECK(experiments[0].get("device")->text() == "dev");
  const auto& arbitrations = s.get("open_arbitrations")->items();
  REQUIRE(arbitrations.size() == 1);
  CHECK(arbitrations[0].get("id")->text() == "a-2");
  CHECK(arbitrations[0].get("parties")->text() == "2");
  CHECK(s.get("diagnostics")->get("errors")->text() == "0");
  CHECK(s.get("diagnostics")->get("warnings")->text() == "0");
  CHECK(render::to_json(s).find("SECRET") == std::string::npos);
}

TEST_CASE("the status screen renders in both languages with the built-in templates") {
  for (const char* lang : {"en", "fr"}) {
    testing::MiniDossier m;
    m.replace("dossier.yaml", "lang: en", std::string("lang: ") + lang);
    const auto s = status_of(m, {2025, 6, 1});
    const auto r = render::render(render::TemplateSet::builtin(lang), "status.txt", render::to_view(s));
    REQUIRE(r.ok);
    CHECK(r.text.rfind("Minimal dossier [mini]\n", 0) == 0);
    CHECK(r.text.find(std::string(lang) == "en" ? "1 June 2025" : "1er juin 2025") != std::string::npos);
  }
}
