#include "status/status.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "calendar/calendar.hpp"
#include "exercise/assessment.hpp"
#include "exercise/labels.hpp"
#include "exercise/worksheet.hpp"
#include "rex/loop.hpp"
#include "rex/series.hpp"
#include "text/language.hpp"

namespace efc::status {
namespace {

struct Context {
  const model::Dossier& dossier;
  std::string lang;
  model::Date today;
};

render::Tree people(const Context& c, const model::Texts& ids, std::vector<std::string>& names) {
  return bilan::people_tree(c.dossier, ids, names);
}

// KEY, for templates: the names as a sentence puts them after "par" ("A, B et le Dr C").
void set_names(const Context& c, render::Tree& t, std::string_view key, const std::vector<std::string>& names) {
  if (names.empty()) return;
  std::vector<std::string> in_sentence;
  for (const auto& n : names) in_sentence.push_back(text::named(c.lang, n));
  t.set_template_only(key, text::join_words(c.lang, in_sentence));
}

std::optional<render::Tree> backing_tree(const Context& c) {
  if (!c.dossier.dossier || !c.dossier.dossier->backing) return std::nullopt;
  const model::Backing& b = *c.dossier.dossier->backing;
  render::Tree t = render::Tree::object();
  t.set("statement", render::Tree::or_null(b.statement));
  std::vector<std::string> names;
  t.set("validated_by", people(c, b.validated_by, names));
  set_names(c, t, "validated_by_names", names);
  bilan::set_date(t, "date", b.date, c.lang);
  return t;
}

std::optional<render::Tree> charter_tree(const Context& c) {
  if (!c.dossier.principles) return std::nullopt;
  const model::PrinciplesFile& p = *c.dossier.principles;
  render::Tree t = render::Tree::object();
  t.set("status", render::Tree::or_null(p.status));
  t.set("status_label", p.status ? render::Tree(bilan::charter_status_label(*p.status, c.lang)) : render::Tree::null());
  t.set("principles", render::Tree::number(static_cast<long long>(p.principles.size())));
  std::vector<std::string> names;
  t.set("validated_by", people(c, p.validated_by, names));
  set_names(c, t, "validated_by_names", names);
  bilan::set_date(t, "adopted", p.adopted, c.lang);
  return t;
}

render::Tree institutional_backing(const Context& c) {
  render::Tree t = render::Tree::object();
  auto backing = backing_tree(c);
  t.set("backing", backing ? std::move(*backing) : render::Tree::null());
  auto charter = charter_tree(c);
  t.set("charter", charter ? std::move(*charter) : render::Tree::null());
  return t;
}

render::Tree device_tree(const Context& c, const model::Device& device) {
  render::Tree t = render::Tree::object();
  t.set("id", device.file.folder);
  t.set("title", device.file.title ? *device.file.title : device.file.folder);
  t.set("kind", render::Tree::or_null(device.file.kind));
  t.set("kind_label", device.file.kind ? render::Tree(bilan::device_kind_label(*device.file.kind, c.lang)) : render::Tree::null());
  const auto& planned = device.file.planned_sessions;
  t.set("planned", planned ? render::Tree::number(*planned) : render::Tree::null());
  long long held = 0;
  const model::SessionFile* last_held = nullptr;
  const model::SessionFile* next = nullptr;
  bool bilan_held = false;
  for (const auto& s : device.sessions) {
    if (s.date && *s.date < c.today) {
      ++held;
      last_held = &s;
      bilan_held = bilan_held || s.is_bilan();
    } else if (s.date && next == nullptr) {
      next = &s;
    }
  }
  render::Tree sessions = render::Tree::list();
  for (const auto& s : device.sessions) {
    render::Tree session = render::Tree::object();
    session.set("number", render::Tree::number(s.number ? *s.number : s.file_number));
    session.set("date", s.date ? render::Tree(s.date->iso()) : render::Tree::null());
    session.set("held", render::Tree::boolean(s.date && *s.date < c.today));
    sessions.push(std::move(session));
  }
  t.set("held", render::Tree::number(held));
  t.set_template_only("held_text", bilan::held_of_planned(held, planned ? *planned : 0, c.lang));
  t.set("written", render::Tree::number(static_cast<long long>(device.sessions.size())));
  t.set("bilan_held", render::Tree::boolean(bilan_held));
  bilan::set_date(t, "last_date", last_held ? last_held->date : model::DateValue{}, c.lang);
  t.set("next_number", next ? render::Tree::number(next->file_number) : render::Tree::null());
  bilan::set_date(t, "next_date", next ? next->date : model::DateValue{}, c.lang);
  t.set("sessions", std::move(sessions));
  return t;
}

render::Tree dedicated_times(const Context& c) {
  render::Tree list = render::Tree::list();
  for (const auto& device : c.dossier.devices) list.push(device_tree(c, device));
  render::Tree t = render::Tree::object();
  t.set_template_only("any_devices", render::Tree::boolean(!list.empty_list()));
  t.set("devices", std::move(list));
  return t;
}

// A facilitator is external when no participant of a device they facilitate shares their organisation.
bool is_external(const Context& c, const std::string& id) {
  const model::Person* f = c.dossier.person(id);
  if (f == nullptr || !f->organisation) return false;
  for (const auto& device : c.dossier.devices) {
    const auto& fs = device.file.facilitators;
    if (std::none_of(fs.begin(), fs.end(), [&](const model::Text& t) { return t && *t == id; })) continue;
    for (const auto& p : device.file.participants) {
      const model::Person* person = p ? c.dossier.person(*p) : nullptr;
      if (person && person->organisation && *person->organisation == *f->organisation) return false;
    }
  }
  return true;
}

render::Tree skills(const Context& c) {
  std::vector<std::string> ids;
  for (const auto& device : c.dossier.devices) {
    for (const auto& f : device.file.facilitators) {
      if (f && std::find(ids.begin(), ids.end(), *f) == ids.end()) ids.push_back(*f);
    }
  }
  render::Tree list = render::Tree::list();
  for (const auto& id : ids) {
    render::Tree t = bilan::person_tree(c.dossier, id);
    t.set("external", render::Tree::boolean(is_external(c, id)));
    render::Tree devices = render::Tree::list();
    std::vector<std::string> names;
    for (const auto& device : c.dossier.devices) {
      const auto& fs = device.file.facilitators;
      if (std::none_of(fs.begin(), fs.end(), [&](const model::Text& f) { return f && *f == id; })) continue;
      devices.push(device.file.folder);
      const std::string title = device.file.title ? *device.file.title : device.file.folder;
      names.push_back(c.lang == "en" ? "\u201c" + title + "\u201d" : "« " + title + " »");
    }
    t.set("devices", std::move(devices));
    set_names(c, t, "device_names", names);
    list.push(std::move(t));
  }
  render::Tree t = render::Tree::object();
  t.set_template_only("any_facilitators", render::Tree::boolean(!list.empty_list()));
  t.set("facilitators", std::move(list));
  return t;
}

render::Tree open_experiments(const Context& c) {
  render::Tree list = render::Tree::list();
  for (const auto& device : c.dossier.devices) {
    for (const auto& e : rex::open_experiments(device)) {
      render::Tree t = render::Tree::object();
      t.set("device", device.file.folder);
      const render::Tree experiment = bilan::open_experiment_tree(c.dossier, e, c.lang);
      for (const auto& entry : experiment.entries()) {
        if (entry.in_json) t.set(entry.key, entry.value);
        else t.set_template_only(entry.key, entry.value);
      }
      list.push(std::move(t));
    }
  }
  return list;
}

// Items that went up to management and wait for an answer (status may read today's date).
render::Tree awaiting_answers(const Context& c) {
  render::Tree list = render::Tree::list();
  for (const auto& device : c.dossier.devices) {
    for (const auto& item : rex::raised_items(device)) {
      if (!rex::is_waiting(item) || c.today < *item.went_up) continue;
      render::Tree t = render::Tree::object();
      t.set("device", device.file.folder);
      t.set("kind", std::string(rex::item_kind_key(item.kind)));
      t.set("kind_label", bilan::item_kind_label(rex::item_kind_key(item.kind), c.lang));
      t.set("id", item.id.empty() ? render::Tree::null() : render::Tree(item.id));
      t.set("text", item.text);
      t.set("session", render::Tree::number(item.first_session));
      t.set("went_up", item.went_up->iso());
      t.set_template_only("went_up_long", bilan::long_date(*item.went_up, c.lang));
      const long long days = calendar::days_from_civil(c.today) - calendar::days_from_civil(*item.went_up);
      t.set("days_waiting", render::Tree::number(days));
      t.set_template_only("waiting_label", bilan::elapsed_label(days, c.lang));
      list.push(std::move(t));
    }
  }
  return list;
}

std::string arbitration_kind_label(std::string_view kind, std::string_view lang) {
  if (kind == "urgent-request") return lang == "en" ? "urgent request" : "demande urgente";
  if (kind == "shared-stake") return lang == "en" ? "shared stakes" : "enjeux partagés";
  return std::string(kind);
}

render::Tree open_arbitrations(const Context& c) {
  render::Tree list = render::Tree::list();
  for (const auto& a : c.dossier.arbitrations) {
    if (a.decision) continue;
    render::Tree t = render::Tree::object();
    t.set("id", a.id ? *a.id : a.file_id);
    t.set("kind", render::Tree::or_null(a.kind));
    t.set("kind_label", a.kind ? render::Tree(arbitration_kind_label(*a.kind, c.lang)) : render::Tree::null());
    bilan::set_date(t, "date", a.date, c.lang);
    t.set("client", a.request ? render::Tree::or_null(a.request->client) : render::Tree::null());
    t.set("summary", a.request ? render::Tree::or_null(a.request->summary) : render::Tree::null());
    const auto parties = static_cast<long long>(a.parties.size());
    t.set("parties", render::Tree::number(parties));
    t.set_template_only("parties_text", c.lang == "en" ? text::count_of(c.lang, parties, "party heard", "parties heard")
                                                       : text::count_of(c.lang, parties, "partie entendue", "parties entendues"));
    list.push(std::move(t));
  }
  return list;
}

std::string doubt_label(view::Doubt d, std::string_view lang) {
  const bool en = lang == "en";
  switch (d) {
    case view::Doubt::FileHasErrors: return en ? "its file has errors" : "son fichier contient des erreurs";
    case view::Doubt::ItemHasErrors:
      return en ? "an error inside it: its confidentiality cannot be read" : "une erreur à l'intérieur : sa confidentialité ne peut être lue";
    case view::Doubt::IdInDoubt:
      return en ? "its id is confidential or in doubt elsewhere" : "son identifiant est confidentiel ou douteux ailleurs";
    case view::Doubt::IdInUnreadableFile:
      return en ? "its id appears in a session file that cannot be read" : "son identifiant figure dans une séance illisible";
  }
  return "";
}

// What the shared view left out though it is not marked confidential: positions, never text.
render::Tree withheld_tree(const view::DossierView& view, std::string_view lang) {
  render::Tree list = render::Tree::list();
  for (const auto& w : view.withheld()) {
    render::Tree t = render::Tree::object();
    t.set("path", w.path);
    t.set("line", render::Tree::number(w.pos.line));
    t.set("column", render::Tree::number(w.pos.column));
    t.set("reason", std::string(w.reason == view::Doubt::FileHasErrors   ? "file-has-errors"
                                : w.reason == view::Doubt::ItemHasErrors ? "item-has-errors"
                                : w.reason == view::Doubt::IdInDoubt     ? "id-in-doubt"
                                                                         : "id-in-unreadable-file"));
    t.set("reason_label", doubt_label(w.reason, lang));
    list.push(std::move(t));
  }
  return list;
}

// ---- the self-assessment of management ----

std::string evolution_label(const model::Int& now, const model::Int* before, std::string_view lang) {
  const bool en = lang == "en";
  if (before == nullptr || !*before || !now) return "";
  if (**before == *now) return en ? "unchanged" : "inchangé";
  const bool up = **before < *now;
  return fmt::format("{} ({} {})", up ? (en ? "up" : "progresse") : (en ? "down" : "recule"), en ? "was" : "était", **before);
}

const model::Ingredient* ingredient_in(const model::Assessment* a, std::string_view key) {
  if (a == nullptr) return nullptr;
  for (const auto& [k, v] : exercise::ingredients_of(*a)) {
    if (k == key) return v;
  }
  return nullptr;
}

const model::Practice* practice_in(const model::Assessment* a, std::string_view key) {
  if (a == nullptr) return nullptr;
  for (const auto& [k, v] : exercise::practices_of(*a)) {
    if (k == key) return v;
  }
  return nullptr;
}

render::Tree ingredients_tree(const Context& c, const model::Assessment& latest, const model::Assessment* previous) {
  render::Tree list = render::Tree::list();
  for (const auto& [key, value] : exercise::ingredients_of(latest)) {
    if (value == nullptr) continue;
    const model::Ingredient* before = ingredient_in(previous, key);
    render::Tree t = render::Tree::object();
    t.set("key", std::string(key));
    t.set("label", exercise::ingredient_label(key, c.lang));
    t.set("level", value->level ? render::Tree::number(*value->level) : render::Tree::null());
    t.set("level_label", value->level ? render::Tree(exercise::level_label(*value->level, c.lang)) : render::Tree::null());
    t.set("previous_level", before && before->level ? render::Tree::number(*before->level) : render::Tree::null());
    t.set_template_only("evolution_label", evolution_label(value->level, before ? &before->level : nullptr, c.lang));
    t.set("evidence", bilan::text_list(value->evidence));
    std::vector<std::string> paths;
    for (const auto& e : value->evidence) {
      if (e) paths.push_back(*e);
    }
    bilan::set_joined(t, "evidence_text", paths);
    t.set("note", render::Tree::or_null(value->note));
    list.push(std::move(t));
  }
  return list;
}

render::Tree administration_tree(const Context& c, const model::Assessment& latest, const model::Assessment* previous) {
  render::Tree list = render::Tree::list();
  for (const auto& [key, value] : exercise::practices_of(latest)) {
    if (value == nullptr || !value->mode) continue;
    const model::Practice* before = practice_in(previous, key);
    const bool changed = before != nullptr && before->mode && *before->mode != *value->mode;
    render::Tree t = render::Tree::object();
    t.set("key", std::string(key));
    t.set("label", exercise::practice_label(key, c.lang));
    t.set("mode", *value->mode);
    t.set("mode_label", exercise::mode_label(*value->mode, c.lang));
    t.set("previous_mode", before && before->mode ? render::Tree(*before->mode) : render::Tree::null());
    t.set_template_only("previous_mode_label", changed ? render::Tree(exercise::mode_label(*before->mode, c.lang)) : render::Tree::null());
    t.set("note", render::Tree::or_null(value->note));
    list.push(std::move(t));
  }
  return list;
}

std::string gap_label(const exercise::Gap& g, std::string_view lang) {
  const bool en = lang == "en";
  switch (g.kind) {
    case exercise::GapKind::NoEvidence:
      return en ? "level 2 or more, with no evidence from the dossier" : "niveau 2 ou plus, sans preuve tirée du dossier";
    case exercise::GapKind::EvidenceNotFound:
      return en ? fmt::format("the evidence '{}' is not in the dossier", g.evidence)
                : fmt::format("la preuve « {} » ne figure pas dans le dossier", g.evidence);
    case exercise::GapKind::NoRecentSession:
      return en ? fmt::format("no session held in the {} days before the assessment", exercise::kRecentSessionDays)
                : fmt::format("aucune séance tenue dans les {} jours précédant l'auto-évaluation", exercise::kRecentSessionDays);
  }
  return "";
}

std::string_view gap_key(exercise::GapKind k) {
  switch (k) {
    case exercise::GapKind::NoEvidence: return "no-evidence";
    case exercise::GapKind::EvidenceNotFound: return "evidence-not-found";
    case exercise::GapKind::NoRecentSession: return "no-recent-session";
  }
  return "";
}

render::Tree not_borne_out(const Context& c, const model::Assessment& latest) {
  render::Tree list = render::Tree::list();
  for (const auto& g : exercise::gaps_of(c.dossier, latest)) {
    render::Tree t = render::Tree::object();
    t.set("ingredient", g.ingredient);
    t.set("ingredient_label", exercise::ingredient_label(g.ingredient, c.lang));
    t.set("reason", std::string(gap_key(g.kind)));
    t.set("reason_label", gap_label(g, c.lang));
    t.set("evidence", g.evidence.empty() ? render::Tree::null() : render::Tree(g.evidence));
    list.push(std::move(t));
  }
  return list;
}

// The latest self-assessment, its evolution from the one before, and where the dossier does not bear it out.
render::Tree assessment_tree(const Context& c) {
  if (!c.dossier.assessment) return render::Tree::null();
  const auto dated = exercise::by_date(*c.dossier.assessment);
  if (dated.empty()) return render::Tree::null();
  const model::Assessment& latest = *dated.back();
  const model::Assessment* previous = dated.size() > 1 ? dated[dated.size() - 2] : nullptr;
  render::Tree t = render::Tree::object();
  bilan::set_date(t, "date", latest.date, c.lang);
  std::vector<std::string> names;
  t.set("by", people(c, latest.by, names));
  set_names(c, t, "by_names", names);
  bilan::set_date(t, "previous_date", previous ? previous->date : model::DateValue{}, c.lang);
  t.set("assessments", render::Tree::number(static_cast<long long>(dated.size())));
  t.set("ingredients", ingredients_tree(c, latest, previous));
  const render::Tree administration = administration_tree(c, latest, previous);
  t.set_template_only("any_administration", render::Tree::boolean(!administration.empty_list()));
  t.set("administration", administration);
  const render::Tree gaps = not_borne_out(c, latest);
  t.set_template_only("any_not_borne_out", render::Tree::boolean(!gaps.empty_list()));
  t.set("not_borne_out", gaps);
  return t;
}

// ---- the sheet's exercises ----

render::Tree exercises_tree(const Context& c) {
  render::Tree list = render::Tree::list();
  for (const auto& x : c.dossier.exercises) {
    const auto states = exercise::question_states(x, c.lang);
    if (states.empty()) continue;
    render::Tree t = render::Tree::object();
    t.set("id", x.file_id);
    t.set("exercise", *x.exercise);
    t.set("title", exercise::sheet(*x.exercise, c.lang)->title);
    bilan::set_date(t, "date", x.date, c.lang);
    long long answered = 0;
    render::Tree open = render::Tree::list();
    for (const auto& q : states) {
      if (q.answered) {
        ++answered;
        continue;
      }
      render::Tree u = render::Tree::object();
      u.set("id", q.question.id);
      u.set("text", q.question.text);
      u.set("postponed", q.postponed ? render::Tree(*q.answer->postponed) : render::Tree::null());
      open.push(std::move(u));
    }
    t.set("questions", render::Tree::number(static_cast<long long>(states.size())));
    t.set("answered", render::Tree::number(answered));
    t.set_template_only("any_unanswered", render::Tree::boolean(!open.empty_list()));
    t.set("unanswered", std::move(open));
    list.push(std::move(t));
  }
  return list;
}

render::Tree dossier_tree(const Context& c) {
  render::Tree t = render::Tree::object();
  const auto& f = c.dossier.dossier;
  t.set("id", f ? render::Tree::or_null(f->id) : render::Tree::null());
  t.set("title", f ? render::Tree::or_null(f->title) : render::Tree::null());
  return t;
}

}  // namespace

std::optional<render::Tree> status_data(const view::DossierView& view, const diag::Diagnostics& diagnostics,
                                        const model::Date& today) {
  if (!view.is_shared()) return std::nullopt;
  const Context c{view.dossier(), view.dossier().lang(), today};
  render::Tree t = render::Tree::object();
  t.set("lang", c.lang);
  t.set("today", today.iso());
  t.set("today_long", bilan::long_date(today, c.lang));
  t.set("dossier", dossier_tree(c));
  t.set("institutional_backing", institutional_backing(c));
  t.set("dedicated_times", dedicated_times(c));
  t.set("skills", skills(c));
  const render::Tree experiments = open_experiments(c);
  t.set_template_only("any_open_experiments", render::Tree::boolean(!experiments.empty_list()));
  t.set("open_experiments", experiments);
  const render::Tree awaiting = awaiting_answers(c);
  t.set_template_only("any_awaiting_answers", render::Tree::boolean(!awaiting.empty_list()));
  t.set("awaiting_answers", awaiting);
  const render::Tree arbitrations = open_arbitrations(c);
  t.set_template_only("any_open_arbitrations", render::Tree::boolean(!arbitrations.empty_list()));
  t.set("open_arbitrations", arbitrations);
  t.set("assessment", assessment_tree(c));
  const render::Tree exercises = exercises_tree(c);
  t.set_template_only("any_exercises", render::Tree::boolean(!exercises.empty_list()));
  t.set("exercises", exercises);
  const render::Tree withheld = withheld_tree(view, c.lang);
  t.set_template_only("any_withheld", render::Tree::boolean(!withheld.empty_list()));
  t.set("withheld", withheld);
  render::Tree counts = render::Tree::object();
  counts.set("errors", render::Tree::number(diagnostics.errors()));
  counts.set("warnings", render::Tree::number(diagnostics.warnings()));
  t.set("diagnostics", counts);
  return t;
}

}  // namespace efc::status
