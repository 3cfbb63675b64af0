#include "view/visibility.hpp"

#include <set>

#include "format/kinds.hpp"

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

// Ids of the experiments of a device marked confidential in at least one session.
std::set<std::string> confidential_experiments(const model::Device& device) {
  std::set<std::string> ids;
  for (const auto& s : device.sessions) {
    for (const auto& e : s.experiments) {
      if (e.id && format::is_confidential(e)) ids.insert(*e.id);
    }
  }
  return ids;
}

// An experiment followed by id is one item: marked confidential in one session, it is
// confidential in every session, earlier and later mentions included.
void spread_confidential_experiments(model::Device& device) {
  const auto ids = confidential_experiments(device);
  if (ids.empty()) return;
  for (auto& s : device.sessions) {
    for (auto& e : s.experiments) {
      if (e.id && ids.count(*e.id) > 0 && !format::is_confidential(e)) e.confidential = {true, e.pos, true};
    }
  }
}

}  // namespace

AttendanceTotals DossierView::attendance(const std::string& device) const {
  const auto it = attendance_.find(device);
  return it == attendance_.end() ? AttendanceTotals{} : it->second;
}

DossierView make_view(const model::Dossier& d, Visibility v) {
  model::Dossier copy = d;
  if (v == Visibility::Shared) {
    for (auto& device : copy.devices) {
      spread_confidential_experiments(device);
      for (auto& session : device.sessions) format::session_record().redact(session);
    }
  }
  DossierView view(std::move(copy), v);
  for (const auto& device : d.devices) view.attendance_[device.file.folder] = count_attendance(device);
  return view;
}

Visibility visibility_of(const model::Audience& a) {
  return a.receives && *a.receives == "group" ? Visibility::Group : Visibility::Shared;
}

void visit_device_texts(const model::Device& device, const SessionTextVisitor& visit) {
  model::Device copy = device;
  spread_confidential_experiments(copy);
  for (const auto& s : copy.sessions) {
    format::session_record().visit_texts(s, [&](const format::TextVisit& t) { visit(s, t); });
  }
}

}  // namespace efc::view
