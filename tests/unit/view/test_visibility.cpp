#include <doctest/doctest.h>

#include <algorithm>

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

namespace {

// Every text of a session as "key=value", split by the visibility the format gives it.
struct SplitTexts {
  std::vector<std::string> shared, group;
};

SplitTexts split_texts(const model::Device& device) {
  SplitTexts out;
  view::visit_device_texts(device, [&](const model::SessionFile&, const format::TextVisit& t) {
    (t.visibility == view::Visibility::Group ? out.group : out.shared).push_back(t.field.key + "=" + t.text.value);
  });
  return out;
}

model::Device device_of(std::vector<model::SessionFile> sessions) {
  model::Device device;
  device.sessions = std::move(sessions);
  return device;
}

model::SessionFile full_session() {
  model::SessionFile s = dossier_with_one_session().devices.at(0).sessions.at(0);
  s.place = text("Room 1");
  s.experiments = {model::Experiment{{}, {}, text("e1"), text("Try it"), text("ana"), text("proposed"), {}, {}},
                   model::Experiment{{}, {}, text("e2"), text("EXPERIMENT-SECRET"), text("bo"), {}, {}, {true, {1, 1}, true}}};
  s.vocabulary = {model::Term{{}, {}, text("term"), text("meaning"), {}},
                  model::Term{{}, {}, text("TERM-SECRET"), text("MEANING-SECRET"), {true, {1, 1}, true}}};
  s.lessons = {text("a lesson")};
  s.keys.entries = {{"present", {1, 1}}, {"notes", {2, 1}}, {"stories", {3, 1}}, {"lessons", {9, 1}}};
  return s;
}

}  // namespace

TEST_CASE("the texts visited as group are exactly those the shared view drops") {
  const SplitTexts full = split_texts(device_of({full_session()}));
  model::Dossier d;
  d.devices.push_back(device_of({full_session()}));
  const auto shared = view::make_view(d, view::Visibility::Shared);
  const SplitTexts kept = split_texts(shared.dossier().devices.at(0));
  CHECK(kept.group.empty());
  CHECK(kept.shared == full.shared);
  CHECK(full.group == std::vector<std::string>{
                          "present=ana", "absent=bo", "narrator=ana", "title=TITLE-SECRET", "situation=SITUATION-SECRET",
                          "narrator=ana", "title=TITLE-SECRET", "situation=SITUATION-SECRET", "keywords=KEYWORD-SECRET",
                          "text=QUESTION-SECRET", "id=e2", "text=EXPERIMENT-SECRET", "owner=bo", "term=TERM-SECRET",
                          "meaning=MEANING-SECRET", "notes=NOTE-SECRET"});
}

TEST_CASE("a visit tells confidential items apart from group fields") {
  std::vector<std::string> confidential;
  view::visit_device_texts(device_of({full_session()}), [&](const model::SessionFile&, const format::TextVisit& t) {
    if (t.confidential) confidential.push_back(t.record.name + "." + t.field.key);
  });
  CHECK(confidential == std::vector<std::string>{"story.narrator", "story.title", "story.situation", "story.keywords",
                                                 "question.text", "experiment.id", "experiment.text", "experiment.owner",
                                                 "vocabulary term.term", "vocabulary term.meaning"});
}

TEST_CASE("a shared view forgets the keys of the fields it empties") {
  model::Dossier d;
  d.devices.push_back(device_of({full_session()}));
  const auto shared = view::make_view(d, view::Visibility::Shared);
  const auto& keys = shared.dossier().devices.at(0).sessions.at(0).keys.entries;
  REQUIRE(keys.size() == 2);
  CHECK(keys[0].first == "stories");
  CHECK(keys[1].first == "lessons");
}

TEST_CASE("attendance totals are counted before redaction, per device") {
  model::Dossier d;
  d.devices.push_back(device_of({full_session(), full_session()}));
  d.devices.back().file.folder = "dev";
  const auto shared = view::make_view(d, view::Visibility::Shared);
  CHECK(shared.attendance("dev").present == 2);
  CHECK(shared.attendance("dev").expected == 4);
  CHECK(shared.attendance("other").expected == 0);
  CHECK(shared.dossier().devices.at(0).sessions.at(0).present.empty());
}

TEST_CASE("an experiment marked confidential in one session is confidential in all of them") {
  model::SessionFile first = full_session();  // e1 is shared here...
  model::SessionFile second = full_session();
  second.experiments[0].confidential = {true, {1, 1}, true};  // ...and confidential there
  model::Dossier d;
  d.devices.push_back(device_of({first, second}));
  const auto shared = view::make_view(d, view::Visibility::Shared);
  for (const auto& s : shared.dossier().devices.at(0).sessions) CHECK(s.experiments.empty());
  const SplitTexts texts = split_texts(d.devices.at(0));
  CHECK(std::count(texts.group.begin(), texts.group.end(), "text=Try it") == 2);
  CHECK(std::count(texts.shared.begin(), texts.shared.end(), "text=Try it") == 0);
}

// --- the initial stake of a cross-actor device (format 1.1) ---

namespace {

model::Dossier dossier_with_stake(bool confidential, bool device_has_errors, bool stake_in_doubt = false) {
  model::InitialStake stake;
  stake.kind = text("friction");
  stake.text = text("STAKE-TEXT");
  if (confidential) stake.confidential = {true, {1, 1}, true};
  stake.in_doubt = stake_in_doubt;
  model::Device device;
  device.file.path = "rex/x/device.yaml";
  device.file.folder = "x";
  device.file.kind = text("cross-actor");
  device.file.initial_stake = stake;
  device.file.has_errors = device_has_errors;
  model::Dossier d;
  d.devices.push_back(device);
  return d;
}

const model::InitialStake* stake_in(const view::DossierView& v) {
  const auto& s = v.dossier().devices.at(0).file.initial_stake;
  return s ? &*s : nullptr;
}

}  // namespace

TEST_CASE("initial stake: shared by default, so the partners' bilan and the agenda show it") {
  const auto v = view::make_view(dossier_with_stake(false, false), view::Visibility::Shared);
  REQUIRE(stake_in(v));
  CHECK(*stake_in(v)->text == "STAKE-TEXT");
  CHECK(v.withheld().empty());
}

TEST_CASE("initial stake: confidential, it stays in the group's view only") {
  CHECK(!stake_in(view::make_view(dossier_with_stake(true, false), view::Visibility::Shared)));
  CHECK(stake_in(view::make_view(dossier_with_stake(true, false), view::Visibility::Group)));
}

TEST_CASE("initial stake: fail closed when its device file has errors, or an error sits inside it") {
  const auto errors = view::make_view(dossier_with_stake(false, true), view::Visibility::Shared);
  CHECK(!stake_in(errors));
  REQUIRE(errors.withheld().size() == 1);
  CHECK(errors.withheld()[0].reason == view::Doubt::FileHasErrors);
  const auto inside = view::make_view(dossier_with_stake(false, false, true), view::Visibility::Shared);
  CHECK(!stake_in(inside));
  REQUIRE(inside.withheld().size() == 1);
  CHECK(inside.withheld()[0].reason == view::Doubt::ItemHasErrors);
}

TEST_CASE("a view made from a dossier taken over is the view made from a copy") {
  const model::Dossier original = dossier_with_one_session();
  const auto copied = view::make_view(original, view::Visibility::Shared);
  const auto taken = view::make_view(model::Dossier(original), view::Visibility::Shared);
  const auto& a = copied.dossier().devices.at(0).sessions.at(0);
  const auto& b = taken.dossier().devices.at(0).sessions.at(0);
  CHECK(a.stories.size() == b.stories.size());
  CHECK(a.questions.size() == b.questions.size());
  CHECK_FALSE(b.notes);
  CHECK(b.present.empty());
  CHECK(copied.attendance("").present == taken.attendance("").present);
  CHECK(taken.attendance("").expected == 2);  // counted before the attendance was redacted
  CHECK(copied.withheld().size() == taken.withheld().size());
  CHECK(original.devices.at(0).sessions.at(0).notes);  // the copy's source is left as it was
}
