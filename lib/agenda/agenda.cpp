#include "agenda/agenda.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "agenda/sequence.hpp"
#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "calendar/calendar.hpp"
#include "rex/loop.hpp"
#include "rex/series.hpp"
#include "text/fold.hpp"
#include "text/language.hpp"
#include "text/i18n.hpp"

namespace efc::agenda {
namespace {

constexpr int kDefaultStories = 2;  // when the device does not say how many stories a session takes

struct Context {
  const model::Dossier& dossier;
  const model::Device& device;
  const model::SessionFile* session;  // nullptr: no file yet
  long long number;
  std::string lang;
  bool bilan;
};

bool en(const Context& c) { return c.lang == "en"; }

// Whom the questions go to, ready for "Questions adressées {}" / "Questions raised for {}": a
// cross-actor device has no single management, it reports to the partner organisations.
std::string recipients(const Context& c) {
  return bilan::recipients_phrase(c.device.file.kind ? *c.device.file.kind : "", c.lang);
}

std::string closing_title(const Context& c) {
  if (en(c)) return recipients(c) == "management" ? "What goes up to management; next session" : "What goes to " + recipients(c) + "; next session";
  return "Ce qui remonte " + recipients(c) + " ; prochaine séance";
}

std::string slot_title(const Context& c, const Slot& s) {
  switch (s.kind) {
    case SlotKind::Welcome:
      return en(c) ? "Welcome, round of the table, the frame recalled" : "Accueil, tour de table, rappel du cadre";
    case SlotKind::FollowUp:
      return en(c) ? "News of the experiments and questions under way" : "Nouvelles des expérimentations et des questions en cours";
    case SlotKind::Story:
      return fmt::format(fmt::runtime(en(c) ? "Story {}: told, questioned by the group, put in perspective"
                                            : "Récit {} : le récit, les questions du groupe, la mise en perspective"),
                         s.story);
    case SlotKind::Closing:
      return c.bilan ? (en(c) ? "Closing round" : "Tour de table de clôture")
                     : closing_title(c);
    case SlotKind::Review: return en(c) ? "What the series produced" : "Ce que la série a produit";
    case SlotKind::Lessons: return en(c) ? "Lessons drawn" : "Les enseignements";
    case SlotKind::Perspectives: return en(c) ? "Perspectives" : "Les perspectives";
    case SlotKind::NextSteps:
      return en(c) ? "Next steps, and who receives the bilan" : "Les suites, et qui reçoit le bilan";
    case SlotKind::Break: return en(c) ? "Break" : "Pause";
  }
  return "";
}

// The time of day `offset` minutes after the start ("14 h 10"), or nothing when the start is
// not known: a timetable then gives durations only, never a clock starting at "0:00".
std::optional<std::string> clock(const Context& c, long long offset) {
  if (!c.session || !c.session->start) return std::nullopt;
  const auto t = calendar::add_minutes(*c.session->start, offset);
  if (!t) return std::nullopt;
  return text::time_of_day(c.lang, *t);
}

// The break of a session of `minutes`: the device's break_minutes (default 15) above two hours.
long long pause_for(const Context& c, long long minutes) {
  if (minutes <= kBreakAbove) return 0;
  return c.device.file.break_minutes ? *c.device.file.break_minutes : kDefaultBreakMinutes;
}

std::vector<Slot> sequence(const Context& c, bool follow_up) {
  const long long minutes = rex::session_minutes(c.device, c.session);
  const long long pause = pause_for(c, minutes);
  if (c.bilan) return bilan_sequence(minutes, pause);
  const auto& range = c.device.file.stories_per_session;
  const int stories = range.size() == 2 ? static_cast<int>(std::min<long long>(*range[1], 12)) : kDefaultStories;
  return regular_sequence(minutes, stories, follow_up, pause);
}

render::Tree slots_tree(const Context& c, bool follow_up) {
  render::Tree list = render::Tree::list();
  for (const Slot& s : sequence(c, follow_up)) {
    render::Tree t = render::Tree::object();
    t.set("kind", std::string(slot_key(s.kind)));
    t.set_template_only(slot_key(s.kind), render::Tree::boolean(true));
    if (s.kind == SlotKind::Story) t.set("story_number", render::Tree::number(s.story));
    t.set("offset", render::Tree::number(s.offset));
    t.set("minutes", render::Tree::number(s.minutes));
    const auto from = clock(c, s.offset), to = clock(c, s.offset + s.minutes);
    t.set("from", from ? render::Tree(*from) : render::Tree::null());
    t.set("to", to ? render::Tree(*to) : render::Tree::null());
    t.set_template_only("duration", text::duration(c.lang, s.minutes));
    t.set("title", slot_title(c, s));
    list.push(std::move(t));
  }
  return list;
}

render::Tree people(const Context& c, const model::Texts& ids, std::vector<std::string>& names) {
  return bilan::people_tree(c.dossier, ids, names);
}

render::Tree experiments_tree(const Context& c, const std::vector<rex::ExperimentState>& states) {
  render::Tree list = render::Tree::list();
  for (const auto& e : states) list.push(bilan::open_experiment_tree(c.dossier, e, c.lang));
  return list;
}

// Questions or hypotheses of the sessions before this one, each with its session number.
render::Tree items_before(const Context& c, std::vector<model::Item> model::SessionFile::*member) {
  render::Tree list = render::Tree::list();
  for (const auto& s : c.device.sessions) {
    if (s.file_number >= c.number) break;
    for (const auto& item : s.*member) {
      if (!item.text) continue;
      render::Tree t = render::Tree::object();
      t.set("text", *item.text);
      t.set("session", render::Tree::number(s.file_number));
      list.push(std::move(t));
    }
  }
  return list;
}

// Sets KEY to `list`, and the template-only boolean any_KEY saying whether it has items.
void set_list(render::Tree& object, std::string_view key, render::Tree list) {
  object.set_template_only("any_" + std::string(key), render::Tree::boolean(!list.empty_list()));
  object.set(key, std::move(list));
}

// The answers that matter to session `c.number`: dated after the session before it and, when
// this session has a date, on or before it.
struct AnswerWindow {
  std::optional<model::Date> after;
  std::optional<model::Date> until;
  bool holds(const model::Date& d) const { return (!after || *after < d) && (!until || !(*until < d)); }
};

AnswerWindow answer_window(const Context& c) {
  AnswerWindow w;
  if (const auto* before = rex::session(c.device, c.number - 1); before && before->date) w.after = *before->date;
  if (c.session && c.session->date) w.until = *c.session->date;
  return w;
}

render::Tree answer_tree(const Context& c, const rex::RaisedItem& item, const model::Response& r) {
  render::Tree t = bilan::response_tree(c.dossier, r, c.lang);
  const std::string kind(rex::item_kind_key(item.kind));
  t.set("kind", kind);
  t.set("kind_label", bilan::item_kind_label(kind, c.lang));
  t.set("id", item.id);
  t.set("item_text", item.text);
  t.set("session", render::Tree::number(item.first_session));
  return t;
}

// Answers received since the session before, and the questions raised before this session
// that no answer dated up to it has reached.
struct LoopLists {
  render::Tree answers = render::Tree::list();
  render::Tree waiting = render::Tree::list();
};

LoopLists loop_lists(const Context& c) {
  const AnswerWindow window = answer_window(c);
  LoopLists out;
  for (const auto& item : rex::raised_items(c.device)) {
    if (item.first_session >= c.number) continue;
    bool answered = false;
    for (const auto* r : item.responses) {
      if (!r->date || (window.until && *window.until < *r->date)) continue;
      answered = true;
      if (window.holds(*r->date)) out.answers.push(answer_tree(c, item, *r));
    }
    if (item.kind != rex::ItemKind::Question || answered) continue;
    render::Tree q = render::Tree::object();
    q.set("text", item.text);
    if (!item.id.empty()) q.set("id", item.id);
    q.set("session", render::Tree::number(item.first_session));
    out.waiting.push(std::move(q));
  }
  return out;
}

render::Tree follow_up_tree(const Context& c) {
  render::Tree t = render::Tree::object();
  set_list(t, "experiments", experiments_tree(c, rex::open_experiments(c.device, c.number)));
  LoopLists loop = loop_lists(c);
  set_list(t, "answers", std::move(loop.answers));
  set_list(t, "questions", std::move(loop.waiting));
  return t;
}

render::Tree held_sessions(const Context& c, std::vector<std::string>& dates, std::vector<std::string>& themes) {
  render::Tree list = render::Tree::list();
  std::unordered_set<std::string> seen;  // themes already listed
  for (const auto& s : c.device.sessions) {
    if (s.file_number >= c.number) break;
    render::Tree t = render::Tree::object();
    t.set("number", render::Tree::number(s.file_number));
    bilan::set_date(t, "date", s.date, c.lang);
    if (s.date) dates.push_back(bilan::long_date(*s.date, c.lang));
    list.push(std::move(t));
    for (const auto& story : s.stories) {
      for (const auto& k : story.keywords) {
        // Merged as in the bilan and the doctrine: "Faire-tampon" and "faire tampon" are one theme.
        if (!k) continue;
        const std::string key = text::fold_key(*k);
        if (seen.insert(key.empty() ? *k : key).second) themes.push_back(*k);
      }
    }
  }
  return list;
}

render::Tree audiences_tree(const Context& c) {
  render::Tree list = render::Tree::list();
  for (const auto& a : c.device.file.audiences) {
    render::Tree t = render::Tree::object();
    t.set("id", a.id ? *a.id : "");
    t.set("label", a.label ? *a.label : (a.id ? *a.id : ""));
    std::vector<std::string> names;
    t.set("members", people(c, a.members, names));
    if (!names.empty()) t.set_template_only("member_names", text::join_words(c.lang, names));
    const bool shared = view::visibility_of(a) == view::Visibility::Shared;
    t.set("receives", shared ? "shared" : "group");
    t.set("shared", render::Tree::boolean(shared));
    list.push(std::move(t));
  }
  return list;
}

render::Tree bilan_tree(const Context& c) {
  render::Tree t = render::Tree::object();
  std::vector<std::string> dates, themes;
  const render::Tree sessions = held_sessions(c, dates, themes);
  t.set("sessions_held", render::Tree::number(static_cast<long long>(sessions.items().size())));
  t.set("sessions", sessions);
  if (!dates.empty()) t.set_template_only("session_dates", text::join_words(c.lang, dates));
  render::Tree theme_list = render::Tree::list();
  for (const auto& th : themes) theme_list.push(th);
  t.set("themes", theme_list);
  if (!themes.empty()) t.set_template_only("theme_names", text::join_words(c.lang, themes));
  set_list(t, "questions", items_before(c, &model::SessionFile::questions));
  set_list(t, "hypotheses", items_before(c, &model::SessionFile::hypotheses));
  set_list(t, "answers", loop_lists(c).answers);
  set_list(t, "experiments", experiments_tree(c, rex::latest_experiments(c.device, c.number)));
  set_list(t, "audiences", audiences_tree(c));
  return t;
}

render::Tree session_tree(const Context& c) {
  render::Tree t = render::Tree::object();
  const long long minutes = rex::session_minutes(c.device, c.session);
  t.set("number", render::Tree::number(c.number));
  if (c.device.file.planned_sessions) t.set("planned", render::Tree::number(*c.device.file.planned_sessions));
  t.set("bilan", render::Tree::boolean(c.bilan));
  t.set("minutes", render::Tree::number(minutes));
  if (c.session) bilan::set_date(t, "date", c.session->date, c.lang);
  t.set_template_only("duration", text::duration(c.lang, minutes));
  if (c.session && c.session->start) {
    const std::string end = *calendar::add_minutes(*c.session->start, minutes);
    t.set("start", *c.session->start);
    t.set("end", end);
    t.set_template_only("time_span", text::time_span(c.lang, *c.session->start, end));
  }
  if (c.session && c.session->place) t.set("place", *c.session->place);
  return t;
}

// "Titre : séance 3 sur 5": the plan is named only when the session falls within it.
std::string summary(const Context& c) {
  const std::string title = c.device.file.title ? *c.device.file.title : c.device.file.folder;
  const auto& planned = c.device.file.planned_sessions;
  const bool within_plan = planned && c.number <= *planned;
  const std::string of = within_plan ? fmt::format(fmt::runtime(en(c) ? " of {}" : " sur {}"), *planned) : "";
  if (en(c)) return fmt::format("{}: session {}{}{}", title, c.number, of, c.bilan ? " (bilan)" : "");
  return fmt::format("{} : séance {}{}{}", title, c.number, of, c.bilan ? " (bilan)" : "");
}

std::optional<Context> context(const view::DossierView& view, const std::string& device, long long number) {
  if (!view.is_shared()) return std::nullopt;
  const model::Device* d = view.dossier().device(device);
  if (d == nullptr) return std::nullopt;
  return Context{view.dossier(), *d, rex::session(*d, number), number, view.dossier().lang(), rex::is_bilan(*d, number)};
}

}  // namespace

SessionChoice choose_session(const model::Device& device, std::optional<long long> requested, const model::Date& today) {
  const long long next = device.sessions.empty() ? 1 : device.sessions.back().file_number + 1;
  if (requested) {
    if (*requested == next || rex::session(device, *requested) != nullptr) return {*requested, ""};
    return {0, device.sessions.empty() ? text::trf("device '{}' has no session {}: it has none yet; the next one is {}",
                                                   device.file.folder, *requested, next)
                                       : text::trf("device '{}' has no session {}: it has sessions 1 to {}; the next one is {}",
                                                   device.file.folder, *requested, next - 1, next)};
  }
  for (const auto& s : device.sessions) {
    if (s.date && !(*s.date < today)) return {s.file_number, ""};
  }
  return {next, ""};
}

std::optional<render::Tree> agenda_data(const view::DossierView& view, const std::string& device, long long number) {
  const auto c = context(view, device, number);
  if (!c) return std::nullopt;
  render::Tree t = render::Tree::object();
  t.set("lang", c->lang);
  t.set("summary", summary(*c));
  render::Tree dossier = render::Tree::object();
  dossier.set("id", c->dossier.dossier && c->dossier.dossier->id ? *c->dossier.dossier->id : "");
  dossier.set("title", c->dossier.dossier && c->dossier.dossier->title ? *c->dossier.dossier->title : "");
  t.set("dossier", dossier);
  render::Tree dev = render::Tree::object();
  dev.set("id", c->device.file.folder);
  dev.set("title", c->device.file.title ? *c->device.file.title : c->device.file.folder);
  if (c->device.file.kind) dev.set("kind_label", bilan::device_kind_label(*c->device.file.kind, c->lang));
  dev.set("recipients", recipients(*c));
  dev.set("frame", bilan::frame_tree(c->dossier, c->device.file, c->lang));
  t.set("device", dev);
  t.set("session", session_tree(*c));
  std::vector<std::string> names;
  t.set("facilitators", people(*c, c->device.file.facilitators, names));
  t.set_template_only("facilitator_names", text::join_words(c->lang, names));
  names.clear();
  t.set("participants", people(*c, c->device.file.participants, names));
  t.set_template_only("participant_names", text::join_words(c->lang, names));
  t.set("rules", bilan::text_list(c->device.file.rules));
  t.set_template_only("has_times", render::Tree::boolean(c->session && c->session->start));
  if (c->bilan) {
    t.set("slots", slots_tree(*c, false));
    t.set("bilan", bilan_tree(*c));
  } else {
    const render::Tree follow_up = follow_up_tree(*c);
    const bool any = !follow_up.get("experiments")->empty_list() || !follow_up.get("questions")->empty_list() ||
                     !follow_up.get("answers")->empty_list();
    t.set("slots", slots_tree(*c, any));
    t.set("follow_up", follow_up);
    t.set_template_only("has_follow_up", render::Tree::boolean(any));
  }
  return t;
}

std::optional<ics::Event> agenda_event(const view::DossierView& view, const std::string& device, long long number,
                                       const std::string& description) {
  const auto c = context(view, device, number);
  if (!c || c->session == nullptr || !c->session->date) return std::nullopt;
  ics::Event e;
  e.uid = ics::session_uid(c->dossier.dossier && c->dossier.dossier->id ? *c->dossier.dossier->id : "dossier",
                           c->device.file.folder, number);
  e.date = *c->session->date;
  if (c->session->start) e.start = *c->session->start;
  e.minutes = rex::session_minutes(c->device, c->session);
  e.stamp = *c->session->date;
  e.summary = summary(*c);
  e.location = c->session->place ? *c->session->place : "";
  e.description = description;
  return e;
}

}  // namespace efc::agenda
