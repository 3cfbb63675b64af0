// The one place that decides what an audience may see (FORMAT.md, "Visibility").
// Every renderer takes a DossierView, never a raw model::Dossier: a shared view holds
// no group text at all, so no template, however written, can print it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "format/field.hpp"
#include "format/visit.hpp"
#include "diag/diagnostic.hpp"
#include "model/model.hpp"

namespace efc::view {

using format::Visibility;

// Attendance of one device over its session files, counted before redaction: the only
// figure about presence a shared audience may read (who was absent is group text).
struct AttendanceTotals {
  long long present = 0;   // sum over sessions of the participants present
  long long expected = 0;  // sum over sessions of present + absent
};

// Why an item that may not be confidential is still kept in the group (fail closed).
enum class Doubt {
  FileHasErrors,       // its session file (or its device.yaml) has errors
  ItemHasErrors,       // an error, a tag or a duplicate key inside the item
  IdInDoubt,           // its id is confidential or in doubt in another mention
  IdInUnreadableFile,  // its id is written in a session file that could not be read
};

// An item left out of a shared view though not marked confidential, named by position only.
struct Withheld {
  std::string path;
  diag::Pos pos;
  Doubt reason;
};

class DossierView {
 public:
  const model::Dossier& dossier() const { return dossier_; }
  Visibility visibility() const { return visibility_; }
  bool is_shared() const { return visibility_ == Visibility::Shared; }
  // Totals of the device whose folder is `device` (zeros when unknown).
  AttendanceTotals attendance(const std::string& device) const;
  // Shared views: the items in doubt that were left out, in file order.
  const std::vector<Withheld>& withheld() const { return withheld_; }

 private:
  DossierView(model::Dossier d, Visibility v) : dossier_(std::move(d)), visibility_(v) {}
  friend DossierView make_view(model::Dossier&& d, Visibility v);

  model::Dossier dossier_;
  Visibility visibility_;
  std::map<std::string, AttendanceTotals> attendance_;
  std::vector<Withheld> withheld_;
};

// The dossier as an audience receiving `v` may see it. Every item whose confidentiality is in
// doubt is first marked so (`in_doubt`: see Doubt), in every view. For Shared: every group
// field of every file is emptied (its key forgotten) and every confidential or doubtful item is
// gone; an id confidential or in doubt in one mention is gone from every session; a response
// shows only beside an item the view holds, and none from a responses file with errors.
DossierView make_view(const model::Dossier& d, Visibility v);
// The same, made of `d` itself rather than of a copy of it, for a caller that no longer needs
// the loaded model (a document's memory is mostly its model: docs/benchmarks.md).
DossierView make_view(model::Dossier&& d, Visibility v);

// Marks in doubt, in place, every item of `device` a shared audience must not see though it is
// not marked confidential; returns them (make_view does it on its copy; rules use it too).
std::vector<Withheld> mark_doubts(model::Device& device);

// The visibility an audience receives ("shared" or "group"); Shared when unsure.
Visibility visibility_of(const model::Audience& a);

// The date of the first transmission of `device` (responses.yaml) to an audience that receives
// shared, on or after `from` when it is given; nullopt when there is none.
std::optional<model::Date> first_shared_transmission(const model::Device& device,
                                                     std::optional<model::Date> from = std::nullopt);

// Calls `visit` on every text of every session of a device (ids, refs and choices included)
// with its visibility, read from the same description and the same rules as make_view: the
// texts visited as Group are exactly those a shared view drops. The session passed is a copy
// living for the call; positions are those of the dossier. For rules comparing group and
// shared texts.
using SessionTextVisitor = std::function<void(const model::SessionFile&, const format::TextVisit&)>;
void visit_device_texts(const model::Device& device, const SessionTextVisitor& visit);

}  // namespace efc::view
