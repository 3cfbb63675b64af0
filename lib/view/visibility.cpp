#include "view/visibility.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "format/texts.hpp"

namespace efc::view {
namespace {

AttendanceTotals count_attendance(const model::Device& device) {
  AttendanceTotals totals;
  for (const auto& s : device.sessions) {
    const auto present = static_cast<long long>(s.present.size());
    totals.present += present;
    totals.expected += present + static_cast<long long>(s.absent.size());
  }
  return totals;
}

// Calls `f` on every item of a session (model::SessionFile, const or not) that can be marked confidential.
template <class Session, class F>
void for_each_item(Session& s, F&& f) {
  for (auto& x : s.stories) f(x);
  for (auto& x : s.questions) f(x);
  for (auto& x : s.hypotheses) f(x);
  for (auto& x : s.experiments) f(x);
  for (auto& x : s.vocabulary) f(x);
}

// The id an item is followed by across sessions, if it has one.
template <class U>
const model::Text* item_id(const U& item) {
  if constexpr (requires { item.id; }) return item.id ? &item.id : nullptr;
  else return nullptr;
}

void doubt(std::vector<Withheld>& out, const model::SessionFile& s, auto& item, Doubt why) {
  if (format::is_confidential(item)) return;  // already kept in the group
  item.in_doubt = true;
  out.push_back({s.path, item.pos, why});
}

bool file_in_doubt(const model::Device& device, const model::SessionFile& s) { return s.has_errors || device.file.has_errors; }

// Items of a file with errors, and items in doubt since loading.
void mark_items(const model::Device& device, model::SessionFile& s, std::vector<Withheld>& out) {
  const bool in_doubt = file_in_doubt(device, s);
  for_each_item(s, [&](auto& item) {
    if (item.in_doubt) out.push_back({s.path, item.pos, Doubt::ItemHasErrors});
    else if (in_doubt) doubt(out, s, item, Doubt::FileHasErrors);
  });
}

// The ids that put every mention of an item in doubt: confidential or in doubt in one mention
// (mark_items done or not: an item of a file with errors counts), or written in a session
// file that could not be read.
struct DoubtfulIds {
  std::set<std::string> group;
  std::set<std::string> unreadable;
};

DoubtfulIds doubtful_ids(const model::Device& device) {
  DoubtfulIds ids;
  for (const auto& s : device.sessions) {
    const bool in_doubt = file_in_doubt(device, s);
    for_each_item(s, [&](const auto& item) {
      if (const auto* id = item_id(item); id && (in_doubt || format::is_confidential(item))) ids.group.insert(**id);
    });
  }
  ids.unreadable.insert(device.words_of_unreadable_sessions.begin(), device.words_of_unreadable_sessions.end());
  return ids;
}

// An item followed by id is one item: confidential or in doubt in one mention, in doubt in all;
// so is an id written in a session file that could not be read.
void mark_ids(const DoubtfulIds& ids, model::SessionFile& s, std::vector<Withheld>& out) {
  for_each_item(s, [&](auto& item) {
    const auto* id = item_id(item);
    if (id == nullptr) return;
    if (ids.group.count(**id) > 0) doubt(out, s, item, Doubt::IdInDoubt);
    else if (ids.unreadable.count(**id) > 0) doubt(out, s, item, Doubt::IdInUnreadableFile);
  });
}

// A session file with errors shares nothing: its bilan texts (not items) are emptied too.
void withhold_texts_of_files_in_doubt(model::Device& device, std::vector<Withheld>& out) {
  for (auto& s : device.sessions) {
    if (!s.has_errors && !device.file.has_errors) continue;
    for (auto* list : {&s.produced, &s.lessons, &s.perspectives, &s.next_steps}) {
      for (const auto& t : *list) out.push_back({s.path, t.pos, Doubt::FileHasErrors});
      list->clear();
    }
  }
}

// The ids of the items a view still holds, after redaction.
std::set<std::string> visible_item_ids(const model::Device& device) {
  std::set<std::string> ids;
  for (const auto& s : device.sessions) {
    for (const auto* list : {&s.questions, &s.hypotheses}) {
      for (const auto& item : *list) {
        if (item.id) ids.insert(*item.id);
      }
    }
    for (const auto& e : s.experiments) {
      if (e.id) ids.insert(*e.id);
    }
  }
  return ids;
}

// Shared views, after redaction: a response shows only beside an item the view holds (else it
// would tell that a group item went up), and a responses file with errors shares nothing.
void withhold_responses(model::Device& device, std::vector<Withheld>& out) {
  if (!device.responses) return;
  model::ResponsesFile& r = *device.responses;
  if (r.has_errors || device.file.has_errors) {
    for (const auto& t : r.transmissions) out.push_back({r.path, t.pos, Doubt::FileHasErrors});
    for (const auto& x : r.responses) out.push_back({r.path, x.pos, Doubt::FileHasErrors});
    r.transmissions.clear();
    r.responses.clear();
    return;
  }
  const std::set<std::string> visible = visible_item_ids(device);
  std::erase_if(r.responses, [&](const model::Response& x) {
    if (x.to && visible.count(*x.to) > 0) return false;
    out.push_back({r.path, x.pos, Doubt::IdInDoubt});
    return true;
  });
}

// The stake of a cross-actor device is shared unless confidential; in a device file with errors,
// or with an error inside, it may be confidential without saying so: kept in the group.
void withhold_stake_in_doubt(model::Device& device, std::vector<Withheld>& out) {
  auto& stake = device.file.initial_stake;
  if (!stake || (stake->confidential && *stake->confidential)) return;  // redaction drops it
  if (!device.file.has_errors && !stake->in_doubt) return;
  out.push_back({device.file.path, stake->pos, stake->in_doubt ? Doubt::ItemHasErrors : Doubt::FileHasErrors});
  stake.reset();
}

}  // namespace

AttendanceTotals DossierView::attendance(const std::string& device) const {
  const auto it = attendance_.find(device);
  return it == attendance_.end() ? AttendanceTotals{} : it->second;
}

std::vector<Withheld> mark_doubts(model::Device& device) {
  std::vector<Withheld> out;
  const DoubtfulIds ids = doubtful_ids(device);
  for (auto& s : device.sessions) mark_items(device, s, out);
  for (auto& s : device.sessions) mark_ids(ids, s, out);
  return out;
}

DossierView make_view(const model::Dossier& d, Visibility v) { return make_view(model::Dossier(d), v); }

DossierView make_view(model::Dossier&& d, Visibility v) {
  // Attendance is counted before redaction (a shared view forgets who was there).
  std::map<std::string, AttendanceTotals> attendance;
  for (const auto& device : d.devices) attendance[device.file.folder] = count_attendance(device);
  model::Dossier seen = std::move(d);
  std::vector<Withheld> withheld;
  for (auto& device : seen.devices) {
    auto doubts = mark_doubts(device);
    if (v == Visibility::Shared) {
      withhold_texts_of_files_in_doubt(device, doubts);
      withhold_stake_in_doubt(device, doubts);
    }
    withheld.insert(withheld.end(), doubts.begin(), doubts.end());
  }
  if (v == Visibility::Shared) {
    format::redact_all(seen);
    for (auto& device : seen.devices) withhold_responses(device, withheld);
  }
  DossierView view(std::move(seen), v);
  if (v == Visibility::Shared) {
    std::stable_sort(withheld.begin(), withheld.end(), [](const Withheld& a, const Withheld& b) {
      return std::tie(a.path, a.pos.line, a.pos.column) < std::tie(b.path, b.pos.line, b.pos.column);
    });
    view.withheld_ = std::move(withheld);
  }
  view.attendance_ = std::move(attendance);
  return view;
}

Visibility visibility_of(const model::Audience& a) {
  return a.receives && *a.receives == "group" ? Visibility::Group : Visibility::Shared;
}

std::optional<model::Date> first_shared_transmission(const model::Device& device, std::optional<model::Date> from) {
  if (!device.responses) return std::nullopt;
  std::optional<model::Date> first;
  for (const auto& t : device.responses->transmissions) {
    const model::Audience* a = t.audience ? device.file.audience(*t.audience) : nullptr;
    if (!t.date || a == nullptr || visibility_of(*a) == Visibility::Group || (from && *t.date < *from)) continue;
    if (!first || *t.date < *first) first = *t.date;
  }
  return first;
}

void visit_device_texts(const model::Device& device, const SessionTextVisitor& visit) {
  // One session copied at a time, marked as mark_doubts marks it in the whole device.
  const DoubtfulIds ids = doubtful_ids(device);
  std::vector<Withheld> unused;
  for (const auto& original : device.sessions) {
    model::SessionFile s = original;
    mark_items(device, s, unused);
    mark_ids(ids, s, unused);
    unused.clear();
    format::visit_session_texts(s, [&](const format::TextVisit& t) { visit(s, t); });
  }
}

}  // namespace efc::view
