// exercise/scaffold.cpp: the worksheet `efc exercise new` writes.
#include <doctest/doctest.h>

#include "exercise/scaffold.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

TEST_CASE("candidate_ids: the year's id first, then the dated one") {
  CHECK(exercise::candidate_ids("management", {2025, 1, 20}) ==
        std::vector<std::string>{"2025-management", "2025-01-20-management"});
}

TEST_CASE("scaffold: every question as a prompt, in the dossier's language, starting with the modeline") {
  const std::string text = exercise::scaffold_text({"2025-cooperation", "cooperation", {2025, 3, 20}, "en", "# modeline"});
  CHECK(text.starts_with("# modeline\n# Exercise 2: devices for cooperation between actors\n"));
  CHECK(text.find("id: 2025-cooperation\nexercise: cooperation\ndate: 2025-03-20\nparticipants: []") != std::string::npos);
  CHECK(text.find("  # Could the investment these devices demand be shared between the organisations? How can a device\n"
                  "  # belong to all rather than only to the organisation that carries it?\n"
                  "  - question: pooling\n    text: \"\"\n") != std::string::npos);
  const std::string fr = exercise::scaffold_text({"2025-cooperation", "cooperation", {2025, 3, 20}, "fr", ""});
  CHECK(fr.starts_with("# Exercice 2 : les dispositifs de coopération entre acteurs\n"));
}

TEST_CASE("scaffold: it validates at once, with one exercise-unanswered warning per question") {
  const auto d = testing::MiniDossier().set("exercises/2025-cooperation.yaml",
                                            exercise::scaffold_text({"2025-cooperation", "cooperation", {2025, 3, 20}, "en", ""}));
  const auto found = d.diagnostics();
  CHECK(found.errors() == 0);
  CHECK(found.warnings() == 4);
  for (const auto& x : found.items()) CHECK(x.rule == "exercise-unanswered");
}
