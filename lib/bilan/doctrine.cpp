#include "bilan/doctrine.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "render/template.hpp"
#include "text/fold.hpp"
#include "text/language.hpp"

namespace efc::bilan {
namespace {

using render::Tree;

// One appearance of a term in a session.
struct Appearance {
  const model::Device* device;
  const model::SessionFile* session;
  std::string term;
  std::string meaning;

  int number() const { return static_cast<int>(session->number ? *session->number : session->file_number); }
  // Chronological order; the device folder and session number break ties.
  auto order() const { return std::make_tuple(session->date ? *session->date : model::Date{}, device->file.folder, number()); }
};

struct Entry {
  std::vector<Appearance> appearances;  // chronological
};

Tree where(const Appearance& a, std::string_view lang) {
  Tree t = Tree::object();
  t.set("device", a.device->file.folder);
  t.set("device_title", a.device->file.title ? *a.device->file.title : a.device->file.folder);
  t.set("session", Tree::number(a.number()));
  set_date(t, "date", a.session->date, lang);
  return t;
}

// Meanings in order of first appearance, each once (same fold_key = same meaning).
Tree meanings(const Entry& e, std::string_view lang) {
  Tree list = Tree::list();
  std::unordered_set<std::string> seen;
  for (const auto& a : e.appearances) {
    if (!seen.insert(text::fold_key(a.meaning)).second) continue;
    Tree m = where(a, lang);
    m.set("meaning", a.meaning);
    list.push(std::move(m));
  }
  return list;
}

// Spellings other than the one shown, in order of appearance.
std::vector<std::string> variants(const Entry& e) {
  std::vector<std::string> others;
  std::unordered_set<std::string> seen{e.appearances.front().term};
  for (const auto& a : e.appearances) {
    if (seen.insert(a.term).second) others.push_back(a.term);
  }
  return others;
}

Tree term_tree(const Entry& e, std::string_view lang) {
  Tree t = Tree::object();
  t.set("term", e.appearances.front().term);
  const std::vector<std::string> others = variants(e);
  Tree variant_list = Tree::list();
  for (const auto& v : others) variant_list.push(v);
  set_list(t, "variants", std::move(variant_list));
  set_joined(t, "variants_text", others);
  set_list(t, "meanings", meanings(e, lang));
  t.set("appearances", Tree::number(static_cast<long long>(e.appearances.size())));
  t.set_template_only("once", Tree::boolean(e.appearances.size() == 1));
  t.set("first", where(e.appearances.front(), lang));
  t.set("last", where(e.appearances.back(), lang));
  return t;
}

std::map<std::string, Entry> collect(const model::Dossier& d) {
  std::vector<Appearance> all;
  for (const auto& device : d.devices) {
    for (const auto& s : device.sessions) {
      for (const auto& v : s.vocabulary) {
        if (v.term) all.push_back({&device, &s, *v.term, v.meaning ? *v.meaning : ""});
      }
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const Appearance& a, const Appearance& b) { return a.order() < b.order(); });
  std::map<std::string, Entry> entries;
  for (auto& a : all) {
    const std::string key = text::fold_key(a.term);
    entries[key.empty() ? a.term : key].appearances.push_back(std::move(a));  // "?!" is a term too
  }
  return entries;
}

// The last session date of the dossier: the doctrine is as of then.
model::DateValue last_date(const model::Dossier& d) {
  model::DateValue last;
  for (const auto& device : d.devices) {
    for (const auto& s : device.sessions) {
      if (s.date && (!last || *last < *s.date)) last = s.date;
    }
  }
  return last;
}

Tree build(const model::Dossier& d) {
  const std::string lang = d.lang();
  const std::string dossier_title = d.dossier && d.dossier->title ? *d.dossier->title : "";
  const std::string title = fmt::format("{} {}", lang == "en" ? "Doctrine:" : "Lexique commun :", dossier_title);
  const auto entries = collect(d);
  std::vector<const Entry*> sorted;
  for (const auto& [key, e] : entries) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) {
    return text::folded_less(a->appearances.front().term, b->appearances.front().term);
  });
  Tree terms = Tree::list();
  for (const Entry* e : sorted) terms.push(term_tree(*e, lang));
  Tree data = Tree::object();
  data.set("lang", lang);
  data.set("title", title);
  data.set("dossier_title", dossier_title);
  set_date(data, "date", last_date(d), lang);
  data.set_template_only("front_matter", front_matter(title, last_date(d), lang));
  data.set("term_count", Tree::number(static_cast<long long>(sorted.size())));
  const auto term_total = static_cast<long long>(sorted.size());
  data.set_template_only("terms_text", lang == "en" ? text::count_of(lang, term_total, "term", "terms")
                                                   : text::count_of(lang, term_total, "terme", "termes"));
  set_list(data, "terms", std::move(terms));
  return data;
}

}  // namespace

render::Tree doctrine_data(const view::DossierView& view) {
  if (view.is_shared()) return build(view.dossier());
  const view::DossierView shared = view::make_view(view.dossier(), view::Visibility::Shared);
  return build(shared.dossier());
}

}  // namespace efc::bilan
