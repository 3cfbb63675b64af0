#include "portfolio/portfolio.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "agenda/agenda.hpp"
#include "check/check.hpp"
#include "rex/loop.hpp"
#include "text/i18n.hpp"

namespace efc::portfolio {
namespace {

// The dossiers of one place, or why there are none.
std::string locate_one(const io::FileSystem& fs, const Place& place, std::vector<std::string>& roots) {
  const std::string shown = place.shown.empty() ? "." : place.shown;
  const io::EntryType type = fs.type(place.path);
  if (type == io::EntryType::Other) return text::trf("no such file or folder: {}", shown);
  if (const auto root = check::find_root(fs, place.path)) {
    roots.push_back(*root);
    return "";
  }
  const auto below = type == io::EntryType::Directory ? check::find_roots_below(fs, place.path) : std::vector<std::string>{};
  if (below.empty()) return text::trf("no dossier in {}: no dossier.yaml in it, in a folder below it or above it", shown);
  roots.insert(roots.end(), below.begin(), below.end());
  return "";
}

std::string shown_path(const std::string& display) {
  if (display.empty()) return ".";
  return display.back() == '/' ? display.substr(0, display.size() - 1) : display;
}

std::string text_or_empty(const model::Text& t) { return t ? *t : std::string(); }

std::string dossier_id(const model::Dossier& d) { return d.dossier ? text_or_empty(d.dossier->id) : std::string(); }

std::string device_title(const model::Device& device) {
  return device.file.title ? *device.file.title : device.file.folder;
}

// Whether `a` comes before `b` in a calendar: date, then start (a whole day first), then device.
bool earlier(const Session& a, const Session& b) {
  return std::tie(a.date, a.start, a.device, a.number) < std::tie(b.date, b.start, b.device, b.number);
}

DeviceProgress progress(const model::Device& device, const model::Date& today, std::vector<Session>& upcoming) {
  DeviceProgress p{device.file.folder, device_title(device)};
  if (device.file.planned_sessions) p.planned = *device.file.planned_sessions;
  for (const auto& s : device.sessions) {
    if (!s.date) continue;
    if (*s.date < today) {
      ++p.held;
    } else {
      upcoming.push_back({p.id, p.title, s.file_number, *s.date,
                          s.start ? std::optional<std::string>(*s.start) : std::nullopt});
    }
  }
  return p;
}

long long waiting_items(const model::Device& device, const model::Date& today) {
  long long n = 0;
  for (const auto& item : rex::raised_items(device)) {
    if (rex::is_waiting(item) && !(today < *item.went_up)) ++n;
  }
  return n;
}

// "Mission : TITLE" in the dossier's language: which client a session is for.
std::string mission_line(const model::Dossier& d) {
  const std::string title = d.dossier ? text_or_empty(d.dossier->title) : std::string();
  if (title.empty()) return "";
  return (d.lang() == "en" ? "Mission: " : "Mission : ") + title;
}

DossierEvents events_of(const view::DossierView& view, long long errors, const model::Date& today, const std::string& path) {
  const model::Dossier& d = view.dossier();
  DossierEvents out{path, dossier_id(d), errors, {}};
  const std::string description = mission_line(d);
  for (const auto& device : d.devices) {
    for (const auto& s : device.sessions) {
      if (!s.date || *s.date < today) continue;
      if (auto e = agenda::agenda_event(view, device.file.folder, s.file_number, description)) out.events.push_back(std::move(*e));
    }
  }
  return out;
}

// What an agenda of the portfolio reads: dossier.yaml and every device; no charter, no arbitration.
load::Scope calendar_scope() { return {true, "", false, false}; }

}  // namespace

Located locate(const io::FileSystem& fs, const std::vector<Place>& places) {
  Located out;
  for (const auto& place : places) {
    out.refusal = locate_one(fs, place, out.roots);
    if (!out.refusal.empty()) return {{}, out.refusal};
  }
  std::sort(out.roots.begin(), out.roots.end());
  out.roots.erase(std::unique(out.roots.begin(), out.roots.end()), out.roots.end());
  return out;
}

DossierSummary summarise(const view::DossierView& view, const diag::Diagnostics& diagnostics, const model::Date& today,
                         const std::string& path) {
  const model::Dossier& d = view.dossier();
  DossierSummary s;
  s.path = path;
  s.id = dossier_id(d);
  s.title = d.dossier ? text_or_empty(d.dossier->title) : std::string();
  s.lang = d.lang();
  std::vector<Session> upcoming;
  for (const auto& device : d.devices) {
    s.devices.push_back(progress(device, today, upcoming));
    s.waiting += waiting_items(device, today);
  }
  s.upcoming = static_cast<long long>(upcoming.size());
  if (!upcoming.empty()) s.next = *std::min_element(upcoming.begin(), upcoming.end(), earlier);
  for (const auto& a : d.arbitrations) {
    if (!a.decision) ++s.open_arbitrations;
  }
  s.errors = diagnostics.errors();
  s.warnings = diagnostics.warnings();
  return s;
}

std::vector<DossierSummary> summarise_all(const io::FileSystem& fs, const std::vector<check::DossierRef>& dossiers,
                                          const model::Date& today, unsigned threads) {
  std::vector<DossierSummary> out(dossiers.size());
  check::for_each_parallel(dossiers.size(), threads, [&](std::size_t i) {
    load::Loaded loaded = check::load_and_check(fs, dossiers[i].root, dossiers[i].display);
    const auto view = view::make_view(std::move(loaded.dossier), view::Visibility::Shared);
    out[i] = summarise(view, loaded.diagnostics, today, shown_path(dossiers[i].display));
  });
  return out;
}

std::vector<DossierEvents> upcoming_all(const io::FileSystem& fs, const std::vector<check::DossierRef>& dossiers,
                                        const model::Date& today, unsigned threads) {
  std::vector<DossierEvents> out(dossiers.size());
  check::for_each_parallel(dossiers.size(), threads, [&](std::size_t i) {
    load::Loaded loaded = check::load_and_check(fs, dossiers[i].root, dossiers[i].display, calendar_scope());
    const auto view = view::make_view(std::move(loaded.dossier), view::Visibility::Shared);
    out[i] = events_of(view, loaded.diagnostics.errors(), today, shown_path(dossiers[i].display));
  });
  return out;
}

Merged merge_events(const std::vector<DossierEvents>& dossiers) {
  Merged out;
  std::map<std::string, std::string> owner;  // dossier id -> the path of the first dossier using it
  for (const auto& d : dossiers) {
    if (d.errors > 0) {
      out.left_out.push_back(text::ntrf("{}: left out of the calendar: {} error in dossier.yaml or rex/ (efc validate {})",
                                        "{}: left out of the calendar: {} errors in dossier.yaml or rex/ (efc validate {})",
                                        static_cast<unsigned long>(d.errors), d.path, d.errors, d.path));
      continue;
    }
    if (d.id.empty()) {
      out.left_out.push_back(text::trf("{}: left out of the calendar: dossier.yaml has no id", d.path));
      continue;
    }
    const auto [it, first] = owner.emplace(d.id, d.path);
    if (!first) {
      out.left_out.push_back(
          text::trf("{}: left out of the calendar: its id '{}' is already the id of {}; give each dossier its own", d.path, d.id,
                    it->second));
      continue;
    }
    out.events.insert(out.events.end(), d.events.begin(), d.events.end());
  }
  std::sort(out.events.begin(), out.events.end(), [](const ics::Event& a, const ics::Event& b) {
    return std::tie(a.date, a.start, a.uid) < std::tie(b.date, b.start, b.uid);
  });
  return out;
}

std::string common_lang(const std::vector<DossierSummary>& dossiers) {
  if (dossiers.empty()) return "fr";
  const bool same = std::all_of(dossiers.begin(), dossiers.end(), [&](const auto& d) { return d.lang == dossiers.front().lang; });
  return same ? dossiers.front().lang : "fr";
}

}  // namespace efc::portfolio
