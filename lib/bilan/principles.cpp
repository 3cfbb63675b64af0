#include "bilan/principles.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "render/template.hpp"
#include "text/language.hpp"

namespace efc::bilan {
namespace {

using render::Tree;

// The experiment tracks of every device, followed once, filed under each principle they invoke.
struct Invocations {
  struct Entry {
    const model::Device* device;
    ExperimentTrack track;
  };
  std::vector<Entry> entries;                                     // devices in order, tracks in order
  std::unordered_map<std::string, std::vector<std::size_t>> by_principle;  // indexes in `entries`
  std::unordered_map<std::string, std::vector<const model::ArbitrationFile*>> arbitrations;  // decided ones, in order
};

// Each distinct present id of `refs`, in order.
std::vector<std::string> distinct(const model::Texts& refs) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  for (const auto& r : refs) {
    if (r && seen.insert(*r).second) out.push_back(*r);
  }
  return out;
}

Invocations invocations(const model::Dossier& d) {
  Invocations out;
  for (const auto& device : d.devices) {
    for (auto& track : experiment_tracks(device)) {
      for (const auto& p : distinct(track.latest.principles)) out.by_principle[p].push_back(out.entries.size());
      out.entries.push_back({&device, std::move(track)});
    }
  }
  for (const auto& a : d.arbitrations) {
    if (!a.decision) continue;
    for (const auto& p : distinct(a.decision->principles)) out.arbitrations[p].push_back(&a);
  }
  return out;
}

Tree experiments_invoking(const Invocations& all, const std::string& id, const std::string& lang) {
  Tree list = Tree::list();
  const auto found = all.by_principle.find(id);
  if (found == all.by_principle.end()) return list;
  for (const std::size_t at : found->second) {
    const model::Device& device = *all.entries[at].device;
    const ExperimentTrack& track = all.entries[at].track;
    const model::Experiment& e = track.latest;
    Tree t = Tree::object();
    t.set("device", device.file.folder);
    t.set("device_title", device.file.title ? *device.file.title : device.file.folder);
    if (e.id) t.set("id", *e.id);
    t.set("text", e.text ? *e.text : "");
    const std::string status = e.status ? *e.status : "";
    t.set("status", status);
    t.set("status_label", status_label(status, lang));
    t.set("last_session", Tree::number(track.history.back().session));
    list.push(std::move(t));
  }
  return list;
}

Tree arbitrations_invoking(const Invocations& all, const std::string& id, const std::string& lang) {
  Tree list = Tree::list();
  const auto found = all.arbitrations.find(id);
  if (found == all.arbitrations.end()) return list;
  for (const model::ArbitrationFile* a : found->second) {
    Tree t = Tree::object();
    t.set("id", a->id ? *a->id : a->file_id);
    set_date(t, "date", a->date, lang);
    t.set("kind", a->kind ? *a->kind : "");
    const std::string outcome = a->decision->outcome ? *a->decision->outcome : "";
    t.set("outcome", outcome);
    t.set("outcome_label", outcome_label(outcome, lang));
    if (a->request && a->request->summary) t.set("summary", *a->request->summary);
    list.push(std::move(t));
  }
  return list;
}

Tree principle_tree(const Invocations& all, const model::Principle& p, const std::string& lang) {
  const std::string id = p.id ? *p.id : "";
  Tree t = Tree::object();
  t.set("id", id);
  t.set("title", p.title ? *p.title : id);
  t.set("statement", p.statement ? *p.statement : "");
  if (p.question) t.set("question", *p.question);
  Tree experiments = experiments_invoking(all, id, lang);
  Tree arbitrations = arbitrations_invoking(all, id, lang);
  t.set("invoked", Tree::boolean(!experiments.empty_list() || !arbitrations.empty_list()));
  set_list(t, "experiments", std::move(experiments));
  set_list(t, "arbitrations", std::move(arbitrations));
  return t;
}

// Who built the charter: people's names for people ids, the words as written otherwise.
std::vector<std::string> elaborated_with(const model::Dossier& d, const model::PrinciplesFile& p) {
  std::vector<std::string> names;
  for (const auto& w : p.elaborated_with) {
    if (w) names.push_back(d.person(*w) ? person_name(d, *w) : *w);
  }
  return names;
}

Tree build(const model::Dossier& d, const model::PrinciplesFile& p) {
  const std::string lang = d.lang();
  const std::string dossier_title = d.dossier && d.dossier->title ? *d.dossier->title : "";
  const std::string title = fmt::format("{} {}", lang == "en" ? "Charter of cooperation principles:" : "Charte des principes de coopération :", dossier_title);
  Tree data = Tree::object();
  data.set("lang", lang);
  data.set("title", title);
  data.set("dossier_title", dossier_title);
  set_date(data, "date", p.adopted, lang);
  data.set_template_only("front_matter", front_matter(title, p.adopted, lang));
  const std::string status = p.status ? *p.status : "";
  data.set("status", status);
  data.set("status_label", charter_status_label(status, lang));
  const std::vector<std::string> builders = elaborated_with(d, p);
  Tree builder_list = Tree::list();
  for (const auto& b : builders) builder_list.push(b);
  set_list(data, "elaborated_with", std::move(builder_list));
  if (!builders.empty()) data.set_template_only("elaborated_with_text", text::join_words(lang, builders));
  Tree validated = Tree::list();
  std::vector<std::string> validator_names;
  for (const auto& v : p.validated_by) {
    if (!v) continue;
    validated.push(person_tree(d, *v));
    validator_names.push_back(person_name(d, *v));
  }
  set_list(data, "validated_by", std::move(validated));
  if (!validator_names.empty()) data.set_template_only("validated_by_text", text::join_words(lang, validator_names));
  set_date(data, "adopted", p.adopted, lang);
  Tree principles = Tree::list();
  Tree unused = Tree::list();
  const Invocations all = invocations(d);
  for (const auto& principle : p.principles) {
    Tree t = principle_tree(all, principle, lang);
    if (t.get("invoked")->text() == "false") {
      Tree u = Tree::object();
      u.set("id", t.get("id")->text());
      u.set("title", t.get("title")->text());
      unused.push(std::move(u));
    }
    principles.push(std::move(t));
  }
  set_list(data, "principles", std::move(principles));
  set_list(data, "unused", std::move(unused));
  return data;
}

}  // namespace

std::optional<render::Tree> charter_data(const view::DossierView& view) {
  if (!view.is_shared()) return charter_data(view::make_view(view.dossier(), view::Visibility::Shared));
  const model::Dossier& d = view.dossier();
  if (!d.principles) return std::nullopt;
  return build(d, *d.principles);
}

}  // namespace efc::bilan
