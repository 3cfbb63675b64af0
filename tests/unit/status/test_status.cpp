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
    const auto r = render::render(render::TemplateSet::builtin(lang), "status.txt", s);
    REQUIRE(r.ok);
    CHECK(r.text.rfind("Minimal dossier [mini]\n", 0) == 0);
    CHECK(r.text.find(std::string(lang) == "en" ? "1 June 2025" : "1er juin 2025") != std::string::npos);
  }
}

// --- format 1.1: the self-assessment and the sheet's exercises ---

namespace {

constexpr const char* kTwoAssessments = R"(assessments:
  - date: 2025-06-01
    by: [boss]
    ingredients:
      listening: {level: 2, evidence: [rex/dev]}
      instituted-times: {level: 2, evidence: [rex/nowhere]}
    administration:
      evaluation: {mode: mixed}
      pay: {mode: individual}
  - date: 2025-01-10
    by: [boss]
    ingredients:
      listening: {level: 1}
      instituted-times: {level: 2, evidence: [rex/dev]}
    administration:
      evaluation: {mode: individual}
)";

}  // namespace

TEST_CASE("status: the latest assessment by date, its evolution, and what the dossier does not bear out") {
  const auto s = status_of(testing::MiniDossier().set("assessment.yaml", kTwoAssessments), {2026, 1, 1});
  const render::Tree* a = s.get("assessment");
  REQUIRE(a);
  CHECK(a->get("date")->text() == "2025-06-01");
  CHECK(a->get("previous_date")->text() == "2025-01-10");
  const auto& ingredients = a->get("ingredients")->items();
  REQUIRE(ingredients.size() == 2);
  CHECK(ingredients[0].get("key")->text() == "listening");
  CHECK(ingredients[0].get("level")->text() == "2");
  CHECK(ingredients[0].get("previous_level")->text() == "1");
  const auto& admin = a->get("administration")->items();
  REQUIRE(admin.size() == 2);
  CHECK(admin[0].get("mode")->text() == "mixed");
  CHECK(admin[0].get("previous_mode")->text() == "individual");
  CHECK(admin[1].get("previous_mode")->kind() == render::Tree::Kind::Null);
  const auto& gaps = a->get("not_borne_out")->items();
  REQUIRE(gaps.size() == 1);  // rex/nowhere is not in the dossier; sessions of "dev" are recent enough
  CHECK(gaps[0].get("reason")->text() == "evidence-not-found");
  CHECK(gaps[0].get("evidence")->text() == "rex/nowhere");
}

TEST_CASE("status: the text screen shows levels, evolutions and gaps in words") {
  const auto s = status_of(testing::MiniDossier().set("assessment.yaml", kTwoAssessments), {2026, 1, 1});
  const auto r = render::render(render::TemplateSet::builtin("en"), "status.txt", s);
  REQUIRE(r.ok);
  CHECK(r.text.find("Self-assessment of management\n"
                    "   The latest, on 1 June 2025, by Boss; the one before on 10 January 2025.\n"
                    "   Listening to real work: level 2 (established), up (was 1); evidence: rex/dev\n"
                    "   Instituted times and spaces: level 2 (established), unchanged; evidence: rex/nowhere\n"
                    "   Administrative management:\n"
                    "      Evaluation interviews: mixed (was individual)\n"
                    "      Pay: individual\n"
                    "   What the dossier does not bear out:\n"
                    "      Instituted times and spaces: the evidence 'rex/nowhere' is not in the dossier\n") != std::string::npos);
}

TEST_CASE("status: no assessment is null, exercises list their open questions") {
  const auto m = testing::MiniDossier().set("exercises/2025-management.yaml",
                                            "id: 2025-management\nexercise: management\ndate: 2025-01-20\nanswers:\n"
                                            "  - question: attention\n    text: Much.\n  - question: questions\n"
                                            "    postponed: Later.\n");
  const auto s = status_of(m, {2026, 1, 1});
  CHECK(s.get("assessment")->kind() == render::Tree::Kind::Null);
  const auto& x = s.get("exercises")->items();
  REQUIRE(x.size() == 1);
  CHECK(x[0].get("answered")->text() == "1");
  CHECK(x[0].get("questions")->text() == "5");
  const auto& open = x[0].get("unanswered")->items();
  REQUIRE(open.size() == 4);
  CHECK(open[0].get("id")->text() == "questions");
  CHECK(open[0].get("postponed")->text() == "Later.");
  CHECK(open[1].get("postponed")->kind() == render::Tree::Kind::Null);
}
