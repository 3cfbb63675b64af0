#include "bilan/parts.hpp"

#include <algorithm>
#include <unordered_map>

#include "bilan/labels.hpp"
#include "exercise/labels.hpp"
#include "format/visit.hpp"
#include "text/language.hpp"

namespace efc::bilan {

render::Tree person_tree(const model::Dossier& d, const std::string& id) {
  render::Tree t = render::Tree::object();
  t.set("id", id);
  const model::Person* p = d.person(id);
  t.set("name", p && p->name ? model::shown_name(*p) : id);
  t.set("role", p ? render::Tree::or_null(p->role) : render::Tree::null());
  const model::Organisation* o = p && p->organisation ? d.organisation(*p->organisation) : nullptr;
  t.set("organisation", o && o->name ? render::Tree(*o->name)
                        : p && p->organisation ? render::Tree(*p->organisation) : render::Tree::null());
  return t;
}

std::string person_name(const model::Dossier& d, const std::string& id) {
  const model::Person* p = d.person(id);
  return p && p->name ? model::shown_name(*p) : id;
}

void set_date(render::Tree& object, std::string_view key, const model::DateValue& date, std::string_view lang) {
  object.set(key, date ? render::Tree(date->iso()) : render::Tree::null());
  object.set(std::string(key) + "_long", date ? render::Tree(long_date(*date, lang)) : render::Tree::null());
  if (date) object.set_template_only(std::string(key) + "_short", short_date(*date, lang));
}

void set_list(render::Tree& object, std::string_view key, render::Tree list) {
  object.set_template_only("has_" + std::string(key), render::Tree::boolean(!list.empty_list()));
  object.set(key, std::move(list));
}

void set_joined(render::Tree& object, std::string_view key, const std::vector<std::string>& texts, std::string_view separator) {
  if (!texts.empty()) object.set_template_only(key, joined(texts, separator));
}

render::Tree text_list(const model::Texts& texts) {
  render::Tree list = render::Tree::list();
  for (const auto& t : texts) {
    if (t) list.push(*t);
  }
  return list;
}

std::string joined(const std::vector<std::string>& texts, std::string_view separator) {
  std::string out;
  for (const auto& t : texts) {
    if (!out.empty()) out += separator;
    out += t;
  }
  return out;
}

std::vector<ExperimentTrack> experiment_tracks(const model::Device& device) {
  std::vector<ExperimentTrack> tracks;
  std::vector<const model::Experiment*> last;  // per track: its last mention, copied once at the end
  std::unordered_map<std::string, std::size_t> by_id;  // index in `tracks` of each id: one pass, no search
  for (const auto& s : device.sessions) {
    for (const auto& e : s.experiments) {
      std::size_t at = tracks.size();
      if (e.id) at = by_id.try_emplace(*e.id, tracks.size()).first->second;
      if (at == tracks.size()) {
        tracks.emplace_back();
        last.push_back(nullptr);
      }
      ExperimentTrack& track = tracks[at];
      last[at] = &e;
      track.confidential = track.confidential || format::is_confidential(e);
      track.history.push_back({static_cast<int>(s.number ? *s.number : s.file_number), s.date, e.status ? *e.status : ""});
    }
  }
  for (std::size_t i = 0; i < tracks.size(); ++i) tracks[i].latest = *last[i];
  return tracks;
}

model::DateValue document_date(const model::Device& device) {
  for (const auto& s : device.sessions) {
    if (s.is_bilan() && s.date) return s.date;
  }
  for (auto it = device.sessions.rbegin(); it != device.sessions.rend(); ++it) {
    if (it->date) return it->date;
  }
  return {};
}

render::Tree open_experiment_tree(const model::Dossier& d, const rex::ExperimentState& e, std::string_view lang) {
  render::Tree t = render::Tree::object();
  t.set("id", render::Tree::or_null(e.latest.id));
  t.set("text", render::Tree::or_null(e.latest.text));
  t.set("owner", render::Tree::or_null(e.latest.owner));
  t.set("owner_name", e.latest.owner ? render::Tree(person_name(d, *e.latest.owner)) : render::Tree::null());
  if (e.latest.owner) t.set_template_only("owner_by", text::by_whom(lang, {person_name(d, *e.latest.owner)}));
  const std::string status = e.latest.status ? *e.latest.status : "proposed";
  t.set("status", status);
  t.set("status_label", status_label(status, lang));
  t.set("session", render::Tree::number(e.session));
  return t;
}

render::Tree front_matter(const std::string& title, const model::DateValue& date, std::string_view lang) {
  render::Tree fm = render::Tree::object();
  fm.set("title", render::yaml_quote(render::markdown_escape(title)));
  if (date) fm.set("date", render::yaml_quote(long_date(*date, lang)));  // as the reader writes it: "2 juin 2025"
  fm.set("lang", render::yaml_quote(lang));
  return fm;
}

render::Tree response_tree(const model::Dossier& d, const model::Response& r, std::string_view lang) {
  render::Tree t = render::Tree::object();
  set_date(t, "date", r.date, lang);
  const std::string decision = r.decision ? *r.decision : "";
  t.set("decision", decision);
  t.set("decision_label", decision_label(decision, lang));
  std::vector<std::string> names;
  t.set("by", people_tree(d, r.by, names));
  if (!names.empty()) t.set_template_only("by_names", text::join_words(lang, names));
  t.set("text", render::Tree::or_null(r.text));
  set_date(t, "review_on", r.review_on, lang);
  return t;
}

render::Tree people_tree(const model::Dossier& d, const model::Texts& ids, std::vector<std::string>& names) {
  render::Tree list = render::Tree::list();
  for (const auto& id : ids) {
    if (!id) continue;
    list.push(person_tree(d, *id));
    names.push_back(person_name(d, *id));
  }
  return list;
}

namespace {

bool names(const model::Texts& ids, const std::string& id) {
  return std::any_of(ids.begin(), ids.end(), [&](const model::Text& t) { return t && *t == id; });
}

std::string organisation_name(const model::Dossier& d, const std::string& id) {
  const model::Organisation* o = d.organisation(id);
  return o && o->name ? *o->name : id;
}

}  // namespace

render::Tree frame_tree(const model::Dossier& d, const model::DeviceFile& f, std::string_view lang) {
  if (!f.kind || *f.kind != "cross-actor") return render::Tree::null();
  std::vector<std::string> ids;
  for (const auto& p : f.participants) {
    const model::Person* person = p ? d.person(*p) : nullptr;
    if (person == nullptr || !person->organisation) continue;
    if (std::find(ids.begin(), ids.end(), *person->organisation) == ids.end()) ids.push_back(*person->organisation);
  }
  render::Tree t = render::Tree::object();
  render::Tree organisations = render::Tree::list();
  std::vector<std::string> shown;
  for (const auto& id : ids) {
    render::Tree o = render::Tree::object();
    o.set("id", id);
    o.set("name", organisation_name(d, id));
    o.set("carries", render::Tree::boolean(names(f.carried_by, id)));
    organisations.push(std::move(o));
    shown.push_back(organisation_name(d, id));
  }
  t.set("organisations", std::move(organisations));
  set_joined(t, "organisation_names", shown);
  if (f.initial_stake && f.initial_stake->kind && f.initial_stake->text) {
    render::Tree stake = render::Tree::object();
    stake.set("kind", *f.initial_stake->kind);
    stake.set("kind_label", exercise::stake_kind_label(*f.initial_stake->kind, lang));
    stake.set("text", *f.initial_stake->text);
    t.set("stake", std::move(stake));
  } else {
    t.set("stake", render::Tree::null());
  }
  t.set("voluntary", f.voluntary ? render::Tree::boolean(*f.voluntary) : render::Tree::null());
  t.set_template_only("not_voluntary", render::Tree::boolean(f.voluntary && !*f.voluntary));
  set_list(t, "trust_measures", text_list(f.trust_measures));
  render::Tree carriers = render::Tree::list();
  shown.clear();
  for (const auto& c : f.carried_by) {
    if (!c) continue;
    render::Tree o = render::Tree::object();
    o.set("id", *c);
    o.set("name", organisation_name(d, *c));
    carriers.push(std::move(o));
    shown.push_back(organisation_name(d, *c));
  }
  t.set("carried_by", std::move(carriers));
  set_joined(t, "carried_by_names", shown);
  return t;
}

}  // namespace efc::bilan
