// exercise/worksheet.cpp: the data of `efc exercise render`.
#include <doctest/doctest.h>

#include "check/check.hpp"
#include "exercise/worksheet.hpp"
#include "render/template.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

constexpr const char* kExercise = R"(id: 2025-cooperation
exercise: cooperation
date: 2025-03-20
participants: [boss, ann]
answers:
  - question: past-experience
    text: The market, two years ago.
  - question: rex-devices
    text: "  "
  - question: pooling
    postponed: Once the costs are known.
)";

render::Tree worksheet() {
  const auto m = testing::MiniDossier().set("exercises/2025-cooperation.yaml", kExercise);
  const auto fs = m.filesystem();
  const auto loaded = check::load_and_check(fs, "", "");
  const auto data = exercise::worksheet_data(view::make_view(loaded.dossier, view::Visibility::Shared), "2025-cooperation");
  REQUIRE(data);
  return *data;
}

}  // namespace

TEST_CASE("worksheet: each question of efc beside its answer, blank answers counted as none") {
  const render::Tree w = worksheet();
  CHECK(w.get("title")->text() == "Exercise 2: devices for cooperation between actors");
  CHECK(w.get("date")->text() == "2025-03-20");
  CHECK(w.get("answered")->text() == "1");
  CHECK(w.get("total")->text() == "4");
  const auto& q = w.get("questions")->items();
  REQUIRE(q.size() == 4);
  CHECK(q[0].get("id")->text() == "past-experience");
  CHECK(q[0].get("answer")->text() == "The market, two years ago.");
  CHECK(q[1].get("answer")->kind() == render::Tree::Kind::Null);
  CHECK(q[2].get("answered")->text() == "false");
  CHECK(q[3].get("postponed")->text() == "Once the costs are known.");
  CHECK(w.get("participants")->items().at(0).get("name")->text() == "Boss");
}

TEST_CASE("worksheet: the English template shows answers, postponed and open questions") {
  const auto r = render::render(render::TemplateSet::builtin("en"), "exercise.md", worksheet());
  REQUIRE(r.ok);
  CHECK(r.text.find("- Participants: Boss, Ann\n- Questions answered: 1 of 4\n") != std::string::npos);
  CHECK(r.text.find("The market, two years ago.\n") != std::string::npos);
  CHECK(r.text.find("## 3. Do you already have times of exchange") != std::string::npos);
  CHECK(r.text.find("_No answer yet._") != std::string::npos);
  CHECK(r.text.find("_Postponed: Once the costs are known._") != std::string::npos);
}

TEST_CASE("worksheet: no data for an exercise the dossier does not hold") {
  const auto fs = testing::MiniDossier().filesystem();
  const auto loaded = check::load_and_check(fs, "", "");
  CHECK(!exercise::worksheet_data(view::make_view(loaded.dossier, view::Visibility::Shared), "2025-cooperation"));
}
