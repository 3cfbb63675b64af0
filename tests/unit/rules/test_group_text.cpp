// rules/group_text.cpp: shared items must not repeat 8 or more words of a group text.
// rex/dev/sessions/01.yaml: a story (line 9: "Nobody could be reached, so the team improvised
// until morning.") and a question on line 11; 02.yaml is the bilan (lessons on line 7).
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::kSession1Path;
using efc::testing::kSession2Path;
using efc::testing::MiniDossier;

namespace {


}  // namespace

TEST_CASE("group-text-shared: a question repeats 8 words of a story of the same session") {
  const auto d = MiniDossier().replace(kSession1Path, "text: Who decides at night?",
                                       "text: Why nobody could be reached so the team improvised?");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:11:11: warning: this shared text repeats 8 or more words of a story of session 1; "
        "rephrase it so that nothing said in the group leaks [group-text-shared]\n");
}

TEST_CASE("group-text-shared: a bilan lesson repeats 8 words of the notes of an earlier session") {
  const auto d =
      MiniDossier()
          .set(kSession1Path, MiniDossier().files().at(kSession1Path) +
                                  "notes: The facilitators saw that the group spoke freely about the night shift.\n")
          .replace(kSession2Path, "lessons: [Talk early]", "lessons: [The group spoke freely about the night shift, at last]");
  CHECK(d.check() ==
        "rex/dev/sessions/02.yaml:7:11: warning: this shared text repeats 8 or more words of the notes of session 1; "
        "rephrase it so that nothing said in the group leaks [group-text-shared]\n");
}

TEST_CASE("group-text-shared: a confidential question is group text too") {
  const auto d = MiniDossier()
                     .replace(kSession1Path, "  - text: Who decides at night?\n",
                              "  - text: Should the head of the night team be replaced soon?\n    confidential: true\n")
                     .replace(kSession2Path, "perspectives: [Meet again in autumn]",
                              "perspectives: [Decide whether the head of the night team be replaced soon]");
  CHECK(d.check() ==
        "rex/dev/sessions/02.yaml:8:16: warning: this shared text repeats 8 or more words of a confidential item of "
        "session 1; rephrase it so that nothing said in the group leaks [group-text-shared]\n");
}

TEST_CASE("group-text-shared: experiments and vocabulary meanings are shared texts") {
  const auto d = MiniDossier().replace(
      kSession1Path, "questions:",
      "experiments:\n  - text: Decide now that nobody could be reached so the team improvised.\n"
      "vocabulary:\n  - term: improvise\n    meaning: when nobody could be reached, so the team improvised\n"
      "questions:");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:11:11: warning: this shared text repeats 8 or more words of a story of session 1; "
        "rephrase it so that nothing said in the group leaks [group-text-shared]\n"
        "rex/dev/sessions/01.yaml:14:14: warning: this shared text repeats 8 or more words of a story of session 1; "
        "rephrase it so that nothing said in the group leaks [group-text-shared]\n");
}

TEST_CASE("group-text-shared: not raised for 7 words in a row, nor for confidential items") {
  const auto seven =
      MiniDossier().replace(kSession1Path, "text: Who decides at night?", "text: Why could be reached so the team improvised?");
  CHECK(seven.check() == "");
  const auto confidential =
      MiniDossier().replace(kSession1Path, "  - text: Who decides at night?\n",
                            "  - text: Why nobody could be reached so the team improvised?\n    confidential: true\n");
  CHECK(confidential.check() == "");
}

TEST_CASE("group-text-shared: not raised across devices") {
  auto d = MiniDossier();
  d.set("rex/other/device.yaml", "id: other\ntitle: Another space\nkind: internal\nfacilitators: [fay]\n"
                                 "participants: [seller]\nplanned_sessions: 3\nsession_minutes: 90\n")
      .set("rex/other/sessions/01.yaml",
           "number: 1\ndate: 2025-02-02\npresent: [seller]\nstories:\n  - narrator: seller\n    title: A sale\n"
           "questions:\n  - text: Why nobody could be reached so the team improvised?\n");
  CHECK(d.check() == "");
}
