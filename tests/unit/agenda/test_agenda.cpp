#include <doctest/doctest.h>

#include "agenda/agenda.hpp"
#include "check/check.hpp"
#include "render/template.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

// Session 1 of the minimal dossier with a secret in every group field and confidential item.
constexpr const char* kSecrets = R"(number: 1
date: 2025-02-01
start: "09:00"
place: The library
kind: regular
present: [ann]
absent: [bob]
stories:
  - narrator: ann
    title: TITLE-SECRET
    situation: SITUATION-SECRET
    prescribed: PRESCRIBED-SECRET
    real: REAL-SECRET
    keywords: [night work]
  - narrator: ann
    title: OTHER-TITLE-SECRET
    keywords: [KEYWORD-SECRET]
    confidential: true
questions:
  - text: Who decides at night?
  - text: QUESTION-SECRET
    confidential: true
hypotheses:
  - text: HYPOTHESIS-SECRET
    confidential: true
experiments:
  - id: pairs
    text: Pair seniors and juniors.
    owner: ann
    status: running
  - id: hidden
    text: EXPERIMENT-SECRET
    status: proposed
    confidential: true
vocabulary:
  - term: TERM-SECRET
    meaning: MEANING-SECRET
    confidential: true
notes: NOTES-SECRET
)";

model::Dossier dossier_of(const testing::MiniDossier& m) {
  const auto fs = m.filesystem();
  return check::load_and_check(fs, "", "").dossier;
}

// Every form of the agenda of session `number`: Markdown, plain text, JSON and iCalendar.
std::string every_form(const view::DossierView& v, long long number) {
  const auto data = agenda::agenda_data(v, "dev", number);
  REQUIRE(data);
  const auto set = render::TemplateSet::builtin(v.dossier().lang());
  const auto md = render::render(set, "agenda.md", *data);
  const auto txt = render::render(set, "agenda.txt", *data);
  REQUIRE(md.ok);
  REQUIRE(txt.ok);
  std::string all = md.text + txt.text + render::to_json(*data);
  if (const auto event = agenda::agenda_event(v, "dev", number, txt.text)) all += ics::calendar({*event}, "test");
  return all;
}

}  // namespace

TEST_CASE("no group text reaches any form of an agenda, regular or bilan, in either language") {
  for (const char* lang : {"en", "fr"}) {
    testing::MiniDossier m;
    m.set("rex/dev/sessions/01.yaml", kSecrets).replace("dossier.yaml", "lang: en", std::string("lang: ") + lang);
    m.replace("rex/dev/device.yaml", "planned_sessions: 2", "planned_sessions: 3");
    m.replace("rex/dev/sessions/02.yaml", "kind: bilan", "kind: regular\nstories: [{narrator: ann, title: T2-SECRET}]");
    const auto shared = view::make_view(dossier_of(m), view::Visibility::Shared);
    for (long long number : {1, 2, 3}) {
      CAPTURE(lang);
      CAPTURE(number);
      const std::string all = every_form(shared, number);
      CHECK(all.find("SECRET") == std::string::npos);
      if (number > 1) CHECK(all.find("Pair seniors and juniors.") != std::string::npos);
    }
  }
}

TEST_CASE("an agenda is only built from a shared view") {
  testing::MiniDossier m;
  const auto group = view::make_view(dossier_of(m), view::Visibility::Group);
  CHECK_FALSE(agenda::agenda_data(group, "dev", 1));
  CHECK_FALSE(agenda::agenda_event(group, "dev", 1, ""));
  const auto shared = view::make_view(dossier_of(m), view::Visibility::Shared);
  CHECK_FALSE(agenda::agenda_data(shared, "nope", 1));
}

TEST_CASE("the next session is the first dated today or later, else the one after the last file") {
  testing::MiniDossier m;
  const model::Dossier d = dossier_of(m);
  const model::Device& dev = *d.device("dev");
  CHECK(agenda::choose_session(dev, std::nullopt, {2025, 1, 1}).number == 1);
  CHECK(agenda::choose_session(dev, std::nullopt, {2025, 2, 1}).number == 1);
  CHECK(agenda::choose_session(dev, std::nullopt, {2025, 2, 2}).number == 2);
  CHECK(agenda::choose_session(dev, std::nullopt, {2025, 3, 2}).number == 3);
  CHECK(agenda::choose_session(dev, 2, {2030, 1, 1}).number == 2);
  CHECK(agenda::choose_session(dev, 3, {2030, 1, 1}).number == 3);
  const auto refused = agenda::choose_session(dev, 4, {2030, 1, 1});
  CHECK(refused.number == 0);
  CHECK(refused.error == "device 'dev' has no session 4: it has sessions 1 to 2; the next one is 3");
}

TEST_CASE("agenda data: timed slots from the start, follow-up from earlier sessions, bilan material") {
  testing::MiniDossier m;
  m.set("rex/dev/sessions/01.yaml", kSecrets).replace("rex/dev/device.yaml", "planned_sessions: 2", "planned_sessions: 3");
  m.replace("rex/dev/sessions/02.yaml", "kind: bilan", "kind: regular\nstart: \"14:00\"\nminutes: 60\nstories: [{narrator: ann, title: T}]");
  const auto shared = view::make_view(dossier_of(m), view::Visibility::Shared);

  const auto two = agenda::agenda_data(shared, "dev", 2);
  REQUIRE(two);
  CHECK(two->get("summary")->text() == "Reflective space: session 2 of 3");
  CHECK(two->get("session")->get("end")->text() == "15:00");
  const auto& slots = two->get("slots")->items();
  REQUIRE(slots.size() == 5);
  CHECK(slots[0].get("from")->text() == "14:00");
  CHECK(slots[1].get("kind")->text() == "follow_up");
  CHECK(slots[4].get("to")->text() == "15:00");
  const auto& follow = *two->get("follow_up");
  REQUIRE(follow.get("experiments")->items().size() == 1);
  CHECK(follow.get("experiments")->items()[0].get("owner_name")->text() == "Ann");
  CHECK(follow.get("questions")->items().size() == 1);

  const auto three = agenda::agenda_data(shared, "dev", 3);
  REQUIRE(three);
  CHECK(three->get("session")->get("bilan")->text() == "true");
  CHECK_FALSE(three->get("session")->get("date"));  // no file yet: date to be set
  // No start time: no clock at all (never "0:00"), the timetable gives durations only.
  CHECK(three->get("slots")->items()[0].get("from")->kind() == render::Tree::Kind::Null);
  const auto& bilan = *three->get("bilan");
  CHECK(bilan.get("sessions_held")->text() == "2");
  REQUIRE(bilan.get("themes")->items().size() == 1);
  CHECK(bilan.get("themes")->items()[0].text() == "night work");
  CHECK_FALSE(agenda::agenda_event(shared, "dev", 3, ""));  // no date, no event
}

TEST_CASE("the calendar event has a stable UID, the session's times and place") {
  testing::MiniDossier m;
  m.set("rex/dev/sessions/01.yaml", kSecrets);
  const auto shared = view::make_view(dossier_of(m), view::Visibility::Shared);
  const auto e = agenda::agenda_event(shared, "dev", 1, "The agenda");
  REQUIRE(e);
  CHECK(e->uid == "mini.dev.1@efc");
  CHECK(e->date == model::Date{2025, 2, 1});
  CHECK(*e->start == "09:00");
  CHECK(e->minutes == 120);
  CHECK(e->location == "The library");
  CHECK(e->summary == "Reflective space: session 1 of 2");
  CHECK(e->description == "The agenda");
}
