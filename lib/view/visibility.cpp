#include "view/visibility.hpp"

#include "format/kinds.hpp"

namespace efc::view {

DossierView make_view(const model::Dossier& d, Visibility v) {
  model::Dossier copy = d;
  if (v == Visibility::Shared) {
    for (auto& device : copy.devices) {
      for (auto& session : device.sessions) format::session_record().redact(session);
    }
  }
  return DossierView(std::move(copy), v);
}

Visibility visibility_of(const model::Audience& a) {
  return a.receives && *a.receives == "group" ? Visibility::Group : Visibility::Shared;
}

}  // namespace efc::view
