// exercise/questions.cpp: the questions of the sheet's exercises, compiled in from questions/.
#include <doctest/doctest.h>

#include "exercise/questions.hpp"
#include "format/scalars.hpp"

using namespace efc;

TEST_CASE("questions: both exercises exist in French and English, with the same ids in the same order") {
  for (const auto& name : exercise::exercise_names()) {
    const auto fr = exercise::sheet(name, "fr");
    const auto en = exercise::sheet(name, "en");
    REQUIRE(fr);
    REQUIRE(en);
    REQUIRE(fr->questions.size() == en->questions.size());
    for (std::size_t i = 0; i < fr->questions.size(); ++i) CHECK(fr->questions[i].id == en->questions[i].id);
    CHECK(!fr->title.empty());
    CHECK(!en->intro.empty());
  }
}

TEST_CASE("questions: the ids are stable, valid ids, that answers name") {
  CHECK(exercise::question_ids("management") ==
        std::vector<std::string>{"attention", "questions", "experience-shared", "talk-about-work", "hierarchy-help"});
  CHECK(exercise::question_ids("cooperation") ==
        std::vector<std::string>{"past-experience", "common-language", "rex-devices", "pooling"});
  for (const auto& name : exercise::exercise_names()) {
    for (const auto& id : exercise::question_ids(name)) CHECK(format::is_valid_id(id));
  }
  CHECK(exercise::question_ids("budget").empty());
  CHECK(!exercise::sheet("budget", "fr"));
}

TEST_CASE("questions: the French texts are written as questions, in French") {
  const auto fr = exercise::sheet("cooperation", "fr");
  REQUIRE(fr);
  CHECK(fr->title == "Exercice 2 : les dispositifs de coopération entre acteurs");
  for (const auto& q : fr->questions) CHECK(q.text.find(" ?") != std::string::npos);
  CHECK(exercise::sheet("cooperation", "de")->title == fr->title);  // any other language: French
}

TEST_CASE("parse_sheet: title and intro, then questions in order, comments and blank lines skipped") {
  const auto s = exercise::parse_sheet("x", "# a comment\ntitle: T: with a colon\n\nintro: I\nq-1: First?\nq-2: Second?\nbroken line\n");
  CHECK(s.exercise == "x");
  CHECK(s.title == "T: with a colon");
  CHECK(s.intro == "I");
  REQUIRE(s.questions.size() == 2);
  CHECK(s.questions[1].id == "q-2");
  CHECK(s.questions[1].text == "Second?");
}
