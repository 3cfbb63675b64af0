// The one place that decides what an audience may see (FORMAT.md, "Visibility").
// Every renderer takes a DossierView, never a raw model::Dossier: a shared view holds
// no group text at all, so no template, however written, can print it.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "format/field.hpp"
#include "format/record.hpp"
#include "model/model.hpp"

namespace efc::view {

using format::Visibility;

// Attendance of one device over its session files, counted before redaction: the only
// figure about presence a shared audience may read (who was absent is group text).
struct AttendanceTotals {
  long long present = 0;   // sum over sessions of the participants present
  long long expected = 0;  // sum over sessions of present + absent
};

class DossierView {
 public:
  const model::Dossier& dossier() const { return dossier_; }
  Visibility visibility() const { return visibility_; }
  bool is_shared() const { return visibility_ == Visibility::Shared; }
  // Totals of the device whose folder is `device` (zeros when unknown).
  AttendanceTotals attendance(const std::string& device) const;

 private:
  DossierView(model::Dossier d, Visibility v) : dossier_(std::move(d)), visibility_(v) {}
  friend DossierView make_view(const model::Dossier& d, Visibility v);

  model::Dossier dossier_;
  Visibility visibility_;
  std::map<std::string, AttendanceTotals> attendance_;
};

// The dossier as an audience receiving `v` may see it. For Shared: every group field of
// every session is emptied (its key forgotten) and every item marked `confidential: true` is
// gone; an experiment id marked confidential in one session is gone from every session.
DossierView make_view(const model::Dossier& d, Visibility v);

// The visibility an audience receives ("shared" or "group"); Shared when unsure.
Visibility visibility_of(const model::Audience& a);

// Calls `visit` on every text of every session of a device (ids, refs and choices included)
// with its visibility, read from the same description and the same rules as make_view: the
// texts visited as Group are exactly those a shared view drops. The session passed is a copy
// living for the call; positions are those of the dossier. For rules comparing group and
// shared texts.
using SessionTextVisitor = std::function<void(const model::SessionFile&, const format::TextVisit&)>;
void visit_device_texts(const model::Device& device, const SessionTextVisitor& visit);

}  // namespace efc::view
