#include "bilan/bilan.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "format/visit.hpp"
#include "render/template.hpp"
#include "rex/loop.hpp"
#include "text/fold.hpp"
#include "text/language.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::bilan {
namespace {

using render::Tree;

// Everything one builder needs: the view's dossier, the device and the audience, all from the view.
struct Context {
  const view::DossierView& view;
  const model::Dossier& dossier;
  const model::Device& device;
  const model::Audience& audience;
  std::string lang;
  bool group = false;  // the audience receives group text (and the view holds it)
  std::unordered_map<std::string, std::string> principle_titles;  // by id: one lookup per reference
};

// The title of each principle of the charter that has one, by id (the last one wins, as before).
std::unordered_map<std::string, std::string> titles_by_id(const model::Dossier& d) {
  std::unordered_map<std::string, std::string> titles;
  if (!d.principles) return titles;
  for (const auto& p : d.principles->principles) {
    if (p.id && p.title) titles[*p.id] = *p.title;
  }
  return titles;
}

int number_of(const model::SessionFile& s) { return static_cast<int>(s.number ? *s.number : s.file_number); }

std::string audience_label(const model::Audience& a) { return a.label ? *a.label : (a.id ? *a.id : ""); }

std::string document_title(const Context& c) {
  const std::string title = c.device.file.title ? *c.device.file.title : c.device.file.folder;
  return fmt::format("{} {}", c.lang == "en" ? "Bilan:" : "Bilan :", title);
}

// The front matter of parts.hpp plus the audience.
Tree bilan_front_matter(const Context& c, const model::DateValue& date) {
  Tree fm = bilan::front_matter(document_title(c), date, c.lang);
  fm.set("audience", render::yaml_quote(render::markdown_escape(audience_label(c.audience))));
  return fm;
}

Tree device_tree(const Context& c) {
  Tree t = Tree::object();
  t.set("id", c.device.file.folder);
  t.set("title", c.device.file.title ? *c.device.file.title : c.device.file.folder);
  const std::string kind = c.device.file.kind ? *c.device.file.kind : "";
  t.set("kind", kind);
  t.set("kind_label", device_kind_label(kind, c.lang));
  t.set_template_only("recipients", recipients_phrase(kind, c.lang));
  t.set_template_only("cross_actor", Tree::boolean(kind == "cross-actor"));
  t.set("frame", frame_tree(c.dossier, c.device.file, c.lang));
  return t;
}

Tree audience_tree(const Context& c) {
  Tree t = Tree::object();
  t.set("id", c.audience.id ? *c.audience.id : "");
  t.set("label", audience_label(c.audience));
  t.set("receives", c.group ? "group" : "shared");
  t.set("is_group", Tree::boolean(c.group));
  return t;
}

Tree people_list(const Context& c, const model::Texts& ids) {
  Tree list = Tree::list();
  for (const auto& id : ids) {
    if (id) list.push(person_tree(c.dossier, *id));
  }
  return list;
}

Tree session_list(const Context& c) {
  Tree list = Tree::list();
  for (const auto& s : c.device.sessions) {
    Tree t = Tree::object();
    t.set("number", Tree::number(number_of(s)));
    set_date(t, "date", s.date, c.lang);
    t.set("kind", s.is_bilan() ? "bilan" : "regular");
    t.set("kind_label", session_kind_label(s.is_bilan() ? "bilan" : "regular", c.lang));
    t.set("is_bilan", Tree::boolean(s.is_bilan()));
    list.push(std::move(t));
  }
  return list;
}

void set_period(Tree& data, const Context& c) {
  model::DateValue first, last;
  for (const auto& s : c.device.sessions) {
    if (!s.date) continue;
    if (!first) first = s.date;
    last = s.date;
  }
  if (!first) {
    data.set("period", Tree::null());
    return;
  }
  Tree period = Tree::object();
  set_date(period, "first", first, c.lang);
  set_date(period, "last", last, c.lang);
  period.set_template_only("one_day", Tree::boolean(*first == *last));
  data.set("period", std::move(period));
}

bool lists(const model::Texts& ids, const std::string& id) {
  return std::any_of(ids.begin(), ids.end(), [&](const model::Text& t) { return t && *t == id; });
}

// Per participant: only in a group view, which is the only one that still holds present/absent.
Tree participant_attendance(const Context& c) {
  Tree list = Tree::list();
  for (const auto& p : c.device.file.participants) {
    if (!p) continue;
    Tree t = person_tree(c.dossier, *p);
    long long present = 0;
    std::vector<std::string> absent;
    for (const auto& s : c.device.sessions) {
      if (lists(s.present, *p)) ++present;
      if (lists(s.absent, *p)) absent.push_back(std::to_string(number_of(s)));
    }
    t.set("present", Tree::number(present));
    t.set("sessions", Tree::number(static_cast<long long>(c.device.sessions.size())));
    Tree absent_list = Tree::list();
    for (const auto& n : absent) absent_list.push(n);
    t.set("absent_sessions", std::move(absent_list));
    set_joined(t, "absent_sessions_text", absent);
    list.push(std::move(t));
  }
  return list;
}

// Per session: only in a group view, as the participants' lines (a shared bilan gives one figure).
Tree session_attendance(const Context& c) {
  Tree list = Tree::list();
  for (const auto& s : c.device.sessions) {
    const auto count = [](const model::Texts& ids) {
      return static_cast<long long>(std::count_if(ids.begin(), ids.end(), [](const model::Text& t) { return static_cast<bool>(t); }));
    };
    Tree t = Tree::object();
    t.set("number", Tree::number(number_of(s)));
    t.set("present", Tree::number(count(s.present)));
    t.set("expected", Tree::number(count(s.present) + count(s.absent)));
    list.push(std::move(t));
  }
  return list;
}

Tree attendance(const Context& c) {
  const view::AttendanceTotals totals = c.view.attendance(c.device.file.folder);
  Tree t = Tree::object();
  t.set("present", Tree::number(totals.present));
  t.set("expected", Tree::number(totals.expected));
  const auto rate = percent(totals.present, totals.expected);
  t.set("rate_percent", rate ? Tree::number(*rate) : Tree::null());
  t.set_template_only("present_text", text::count_of(c.lang, totals.present, c.lang == "en" ? "present" : "présence",
                                                     c.lang == "en" ? "present" : "présences"));
  t.set_template_only("expected_text", text::count_of(c.lang, totals.expected, c.lang == "en" ? "expected" : "attendue",
                                                      c.lang == "en" ? "expected" : "attendues"));
  if (c.group) {
    set_list(t, "participants", participant_attendance(c));
    t.set("sessions", session_attendance(c));
  }
  return t;
}

Tree stories(const Context& c) {
  Tree list = Tree::list();
  for (const auto& s : c.device.sessions) {
    for (const auto& story : s.stories) {
      Tree t = Tree::object();
      t.set("session", Tree::number(number_of(s)));
      set_date(t, "date", s.date, c.lang);
      t.set("title", Tree::or_null(story.title));
      t.set("narrator", story.narrator ? person_tree(c.dossier, *story.narrator) : Tree::null());
      t.set("confidential", Tree::boolean(format::is_confidential(story)));
      t.set("keywords", text_list(story.keywords));
      std::vector<std::string> words;
      for (const auto& k : story.keywords) if (k) words.push_back(*k);
      set_joined(t, "keywords_text", words);
      list.push(std::move(t));
    }
  }
  return list;
}

// Keywords of the stories the view holds, with how many stories carry each; most frequent first.
Tree themes(const Context& c) {
  struct Theme {
    std::string keyword;
    long long count = 0;
  };
  std::map<std::string, Theme> by_key;
  for (const auto& s : c.device.sessions) {
    for (const auto& story : s.stories) {
      for (const auto& k : story.keywords) {
        if (!k) continue;
        Theme& theme = by_key[text::fold_key(*k)];
        if (theme.keyword.empty()) theme.keyword = *k;
        ++theme.count;
      }
    }
  }
  std::vector<Theme> sorted;
  for (auto& [key, theme] : by_key) sorted.push_back(theme);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Theme& a, const Theme& b) { return a.count > b.count; });
  Tree list = Tree::list();
  for (const auto& theme : sorted) {
    Tree t = Tree::object();
    t.set("keyword", theme.keyword);
    t.set("count", Tree::number(theme.count));
    list.push(std::move(t));
  }
  return list;
}

Tree items(const Context& c, std::vector<model::Item> model::SessionFile::*member) {
  Tree list = Tree::list();
  for (const auto& s : c.device.sessions) {
    for (const auto& item : s.*member) {
      if (!item.text) continue;
      Tree t = Tree::object();
      t.set("id", Tree::or_null(item.id));
      t.set("text", *item.text);
      t.set("confidential", Tree::boolean(format::is_confidential(item)));
      t.set("session", Tree::number(number_of(s)));
      set_date(t, "date", s.date, c.lang);
      list.push(std::move(t));
    }
  }
  return list;
}

Tree principle_refs(const Context& c, const model::Texts& ids, std::vector<std::string>& titles) {
  Tree list = Tree::list();
  for (const auto& id : ids) {
    if (!id) continue;
    Tree t = Tree::object();
    t.set("id", *id);
    const auto known = c.principle_titles.find(*id);
    const std::string title = known == c.principle_titles.end() ? *id : known->second;
    t.set("title", title);
    titles.push_back(title);
    list.push(std::move(t));
  }
  return list;
}

Tree experiment_tree(const Context& c, const ExperimentTrack& track) {
  const model::Experiment& e = track.latest;
  Tree t = Tree::object();
  t.set("id", Tree::or_null(e.id));
  t.set("text", e.text ? *e.text : "");
  t.set("confidential", Tree::boolean(track.confidential));
  if (e.owner) {
    Tree owner = person_tree(c.dossier, *e.owner);
    owner.set_template_only("named", text::named(c.lang, person_name(c.dossier, *e.owner)));
    t.set("owner", std::move(owner));
  } else {
    t.set("owner", Tree::null());
  }
  const std::string status = e.status ? *e.status : "";
  t.set("status", status);
  t.set("status_label", status_label(status, c.lang));
  t.set("outcome", Tree::or_null(e.outcome));
  std::vector<std::string> titles;
  t.set("principles", principle_refs(c, e.principles, titles));
  set_joined(t, "principles_text", titles);
  t.set("first_session", Tree::number(track.history.front().session));
  t.set("last_session", Tree::number(track.history.back().session));
  Tree history = Tree::list();
  std::vector<std::string> steps;
  const std::string* previous = nullptr;
  for (const auto& step : track.history) {
    // A later session that repeats the status (carried over by rex new) changes nothing.
    if (previous != nullptr && *previous == step.status) continue;
    previous = &step.status;
    Tree h = Tree::object();
    h.set("session", Tree::number(step.session));
    set_date(h, "date", step.date, c.lang);
    h.set("status", step.status);
    h.set("status_label", status_label(step.status, c.lang));
    history.push(std::move(h));
    steps.push_back(fmt::format("{} ({} {})", status_label(step.status, c.lang), c.lang == "en" ? "session" : "séance", step.session));
  }
  t.set("history", std::move(history));
  set_joined(t, "history_text", steps, " → ");
  return t;
}

Tree experiments(const Context& c) {
  Tree list = Tree::list();
  for (const auto& track : experiment_tracks(c.device)) list.push(experiment_tree(c, track));
  return list;
}

// One vocabulary entry of the bilan: the spellings of one term (same text::fold_key, same
// confidentiality) merged as in the doctrine, with its distinct meanings and its sessions.
struct VocabularyEntry {
  std::string term;                   // as first written
  std::vector<std::string> meanings;  // distinct by fold_key, in order of appearance
  std::vector<std::string> meaning_keys;
  std::vector<int> sessions;          // each once, in order
  bool confidential = false;
};

void add_mention(VocabularyEntry& e, const model::Term& v, int session) {
  const std::string meaning = v.meaning ? *v.meaning : "";
  const std::string key = text::fold_key(meaning);
  if (std::find(e.meaning_keys.begin(), e.meaning_keys.end(), key) == e.meaning_keys.end()) {
    e.meaning_keys.push_back(key);
    e.meanings.push_back(meaning);
  }
  if (e.sessions.empty() || e.sessions.back() != session) e.sessions.push_back(session);
}

Tree vocabulary(const Context& c) {
  std::vector<VocabularyEntry> entries;
  std::unordered_map<std::string, std::size_t> by_key;  // merge key -> index in entries
  for (const auto& s : c.device.sessions) {
    for (const auto& v : s.vocabulary) {
      const std::string term = v.term ? *v.term : "";
      const bool confidential = format::is_confidential(v);
      const std::string folded = text::fold_key(term);
      const std::string key = (folded.empty() ? term : folded) + (confidential ? "\n(group)" : "");
      const auto [it, added] = by_key.try_emplace(key, entries.size());
      if (added) entries.push_back({term, {}, {}, {}, confidential});
      add_mention(entries[it->second], v, number_of(s));
    }
  }
  Tree list = Tree::list();
  for (const auto& e : entries) {
    Tree t = Tree::object();
    t.set("term", e.term);
    t.set("meaning", joined(e.meanings, " ; "));
    t.set("confidential", Tree::boolean(e.confidential));
    t.set("session", Tree::number(e.sessions.front()));
    Tree sessions = Tree::list();
    std::vector<std::string> numbers;
    for (int n : e.sessions) {
      sessions.push(Tree::number(n));
      numbers.push_back(std::to_string(n));
    }
    t.set("sessions", std::move(sessions));
    t.set_template_only("sessions_text", joined(numbers, ", "));
    list.push(std::move(t));
  }
  return list;
}

std::string form_label(std::string_view form, std::string_view lang) {
  if (form == "meeting") return lang == "en" ? "presented in a meeting" : "présentation en réunion";
  if (form == "document") return lang == "en" ? "written note" : "note écrite";
  return lang == "en" ? "transmission" : "transmission";
}

// "8 éléments remontés" / "1 item went up": a count with its noun, singular or plural.
std::string counted(long long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

Tree transmissions(const Context& c) {
  Tree list = Tree::list();
  if (!c.device.responses) return list;
  for (const auto& tr : c.device.responses->transmissions) {
    Tree t = Tree::object();
    set_date(t, "date", tr.date, c.lang);
    const model::Audience* a = tr.audience ? c.device.file.audience(*tr.audience) : nullptr;
    t.set("audience", tr.audience ? *tr.audience : "");
    t.set("audience_label", a ? audience_label(*a) : (tr.audience ? *tr.audience : ""));
    const std::string form = tr.form ? *tr.form : "";
    t.set("form", form);
    t.set("form_label", form_label(form, c.lang));
    std::vector<std::string> names;
    t.set("presented_by", people_tree(c.dossier, tr.presented_by, names));
    if (!names.empty()) t.set_template_only("presented_by_text", text::by_whom(c.lang, names));
    list.push(std::move(t));
  }
  return list;
}

Tree raised_item_tree(const Context& c, const rex::RaisedItem& item) {
  Tree t = Tree::object();
  const std::string kind(rex::item_kind_key(item.kind));
  t.set("kind", kind);
  t.set("kind_label", item_kind_label(kind, c.lang));
  t.set("id", item.id.empty() ? Tree::null() : Tree(item.id));
  t.set("text", item.text);
  t.set("session", Tree::number(item.first_session));
  t.set("went_up", item.went_up->iso());
  t.set_template_only("went_up_long", long_date(*item.went_up, c.lang));
  // Questions and hypotheses have no status nor outcome: null, as every missing value.
  const bool experiment = item.kind == rex::ItemKind::Experiment;
  t.set("status", experiment ? Tree(item.status) : Tree::null());
  t.set("status_label", experiment ? Tree(status_label(item.status, c.lang)) : Tree::null());
  t.set("outcome", experiment && !item.outcome.empty() ? Tree(item.outcome) : Tree::null());
  Tree answers = Tree::list();
  for (const auto* r : item.responses) answers.push(response_tree(c.dossier, *r, c.lang));
  set_list(t, "answers", std::move(answers));
  t.set("waiting", Tree::boolean(rex::is_waiting(item)));
  return t;
}

// What became of what went up: each item sent to management, its answers and outcome, and
// how long answers took. Items kept in the group never went up and are not listed.
Tree loop(const Context& c) {
  const auto raised = rex::raised_items(c.device);
  Tree items = Tree::list();
  long long went_up = 0, answered = 0, waiting = 0;
  for (const auto& item : raised) {
    if (!item.went_up) continue;
    ++went_up;
    if (!item.responses.empty()) ++answered;
    if (rex::is_waiting(item)) ++waiting;
    items.push(raised_item_tree(c, item));
  }
  const bool en = c.lang == "en";
  Tree t = Tree::object();
  set_list(t, "transmissions", transmissions(c));
  set_list(t, "items", std::move(items));
  t.set("went_up", Tree::number(went_up));
  t.set("answered", Tree::number(answered));
  t.set("waiting", Tree::number(waiting));
  t.set_template_only("went_up_label", en ? counted(went_up, "item went up", "items went up")
                                          : counted(went_up, "élément remonté", "éléments remontés"));
  t.set_template_only("answered_label", en ? counted(answered, "answered", "answered")
                                           : counted(answered, "avec une réponse", "avec une réponse"));
  t.set_template_only("waiting_label", en ? counted(waiting, "waiting", "waiting")
                                          : counted(waiting, "en attente", "en attente"));
  const auto median = rex::median_days_to_answer(raised);
  const auto days = median ? static_cast<long long>(*median + 0.5) : 0;
  t.set("median_days_to_answer", median ? Tree::number(days) : Tree::null());
  if (median) t.set_template_only("median_label", en ? counted(days, "day", "days") : counted(days, "jour", "jours"));
  return t;
}

// The closing session's conclusions; absent until a bilan session exists.
void set_closing(Tree& data, const Context& c) {
  const auto it = std::find_if(c.device.sessions.begin(), c.device.sessions.end(),
                               [](const model::SessionFile& s) { return s.is_bilan(); });
  if (it == c.device.sessions.end()) {
    data.set("bilan", Tree::null());
    return;
  }
  Tree t = Tree::object();
  t.set("session", Tree::number(number_of(*it)));
  set_date(t, "date", it->date, c.lang);
  set_list(t, "produced", text_list(it->produced));
  set_list(t, "lessons", text_list(it->lessons));
  set_list(t, "perspectives", text_list(it->perspectives));
  set_list(t, "next_steps", text_list(it->next_steps));
  data.set("bilan", std::move(t));
}

Tree build(const Context& c) {
  const model::DateValue date = document_date(c.device);
  Tree data = Tree::object();
  data.set("lang", c.lang);
  data.set("title", document_title(c));
  data.set("dossier_title", c.dossier.dossier && c.dossier.dossier->title ? *c.dossier.dossier->title : "");
  set_date(data, "date", date, c.lang);
  data.set_template_only("front_matter", bilan_front_matter(c, date));
  data.set("device", device_tree(c));
  data.set("audience", audience_tree(c));
  set_period(data, c);
  data.set("sessions_held", Tree::number(static_cast<long long>(c.device.sessions.size())));
  data.set("sessions_planned", Tree::number(c.device.file.planned_sessions ? *c.device.file.planned_sessions : 0));
  data.set_template_only("sessions_held_text",
                         held_of_planned(static_cast<long long>(c.device.sessions.size()),
                                         c.device.file.planned_sessions ? *c.device.file.planned_sessions : 0, c.lang));
  set_list(data, "sessions", session_list(c));
  set_list(data, "facilitators", people_list(c, c.device.file.facilitators));
  data.set("participants_count", Tree::number(static_cast<long long>(c.device.file.participants.size())));
  data.set("attendance", attendance(c));
  if (c.group) set_list(data, "stories", stories(c));
  set_list(data, "themes", themes(c));
  set_list(data, "questions", items(c, &model::SessionFile::questions));
  set_list(data, "hypotheses", items(c, &model::SessionFile::hypotheses));
  set_list(data, "experiments", experiments(c));
  data.set("loop", loop(c));
  set_list(data, "vocabulary", vocabulary(c));
  set_closing(data, c);
  set_list(data, "distribution", people_list(c, c.audience.members));
  return data;
}

}  // namespace

AudienceChoice choose_audience(const model::DeviceFile& device, const std::optional<std::string>& requested) {
  std::vector<std::string> known;
  for (const auto& a : device.audiences) {
    if (a.id) known.push_back(fmt::format("{} ({})", *a.id, a.receives ? *a.receives : "shared"));
  }
  const std::string listing = known.empty() ? "none" : joined(known);
  // Two audiences with the requested id (an error of its own) give the shared one: fail closed.
  const model::Audience* found = nullptr;
  for (const auto& a : device.audiences) {
    if (!a.id) continue;
    if (requested ? *a.id == *requested : view::visibility_of(a) == view::Visibility::Shared) {
      if (found == nullptr || view::visibility_of(a) == view::Visibility::Shared) found = &a;
      if (!requested) break;
    }
  }
  if (found != nullptr) return {found, ""};
  if (requested) {
    std::vector<std::string> ids;
    for (const auto& a : device.audiences) {
      if (a.id) ids.push_back(*a.id);
    }
    const auto close = text::closest(*requested, ids);
    return {nullptr, text::trf("device '{}' has no audience '{}'; its audiences: {}{}", device.folder, *requested, listing,
                               close ? text::trf("; did you mean '{}'?", *close) : "")};
  }
  if (device.audiences.empty()) {
    return {nullptr,
            text::trf("device '{}' declares no audiences; add them to rex/{}/device.yaml", device.folder, device.folder)};
  }
  return {nullptr,
          text::trf("no audience of device '{}' receives shared; choose one with --audience: {}", device.folder, listing)};
}

std::optional<render::Tree> bilan_data(const view::DossierView& view, const std::string& device, const std::string& audience) {
  const model::Device* d = view.dossier().device(device);
  if (d == nullptr) return std::nullopt;
  const auto choice = choose_audience(d->file, audience);
  if (choice.audience == nullptr) return std::nullopt;
  const bool group = view::visibility_of(*choice.audience) == view::Visibility::Group;
  if (!group && !view.is_shared()) return std::nullopt;  // never render group text for a shared audience
  const Context c{view, view.dossier(), *d, *choice.audience, view.dossier().lang(), group && !view.is_shared(),
                  titles_by_id(view.dossier())};
  return build(c);
}

}  // namespace efc::bilan
