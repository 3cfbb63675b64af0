#include <doctest/doctest.h>

#include "view/visibility.hpp"

using namespace efc;

namespace {

model::Text text(std::string s) { return {std::move(s), {1, 1}, true}; }

model::Dossier dossier_with_one_session() {
  model::SessionFile s;
  s.present = {text("ana")};
  s.absent = {text("bo")};
  s.notes = text("NOTE-SECRET");
  model::Story story;
  story.narrator = text("ana");
  story.title = text("TITLE-SECRET");
  story.situation = text("SITUATION-SECRET");
  story.keywords = {text("staffing")};
  model::Story hidden = story;
  hidden.confidential = {true, {1, 1}, true};
  hidden.keywords = {text("KEYWORD-SECRET")};
  s.stories = {story, hidden};
  model::Item open_question{{}, {}, text("How is it arbitrated?"), {}};
  model::Item secret_question{{}, {}, text("QUESTION-SECRET"), {true, {1, 1}, true}};
  s.questions = {open_question, secret_question};
  model::Device device;
  device.sessions = {s};
  model::Dossier d;
  d.devices.push_back(device);
  return d;
}

}  // namespace

TEST_CASE("a shared view keeps shared items and drops every group field and confidential item") {
  const auto view = view::make_view(dossier_with_one_session(), view::Visibility::Shared);
  const auto& s = view.dossier().devices.at(0).sessions.at(0);
  CHECK(s.present.empty());
  CHECK(s.absent.empty());
  CHECK_FALSE(s.notes.present);
  REQUIRE(s.stories.size() == 1);
  CHECK_FALSE(s.stories[0].title.present);
  CHECK_FALSE(s.stories[0].narrator.present);
  CHECK_FALSE(s.stories[0].situation.present);
  REQUIRE(s.stories[0].keywords.size() == 1);
  CHECK(s.stories[0].keywords[0].value == "staffing");
  REQUIRE(s.questions.size() == 1);
  CHECK(s.questions[0].text.value == "How is it arbitrated?");
}

TEST_CASE("a group view keeps everything") {
  const auto view = view::make_view(dossier_with_one_session(), view::Visibility::Group);
  const auto& s = view.dossier().devices.at(0).sessions.at(0);
  CHECK(s.stories.size() == 2);
  CHECK(s.questions.size() == 2);
  CHECK(s.notes.value == "NOTE-SECRET");
}
