// The one place that decides what an audience may see (FORMAT.md, "Visibility").
// Every renderer takes a DossierView, never a raw model::Dossier: a shared view holds
// no group text at all, so no template, however written, can print it.
#pragma once

#include "format/field.hpp"
#include "model/model.hpp"

namespace efc::view {

using format::Visibility;

class DossierView {
 public:
  const model::Dossier& dossier() const { return dossier_; }
  Visibility visibility() const { return visibility_; }
  bool is_shared() const { return visibility_ == Visibility::Shared; }

 private:
  DossierView(model::Dossier d, Visibility v) : dossier_(std::move(d)), visibility_(v) {}
  friend DossierView make_view(const model::Dossier& d, Visibility v);

  model::Dossier dossier_;
  Visibility visibility_;
};

// The dossier as an audience receiving `v` may see it. For Shared: every group field of
// every session is emptied and every item marked `confidential: true` is gone.
DossierView make_view(const model::Dossier& d, Visibility v);

// The visibility an audience receives ("shared" or "group"); Shared when unsure.
Visibility visibility_of(const model::Audience& a);

}  // namespace efc::view
