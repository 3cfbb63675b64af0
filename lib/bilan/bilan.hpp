// The bilan of a REX device for one audience (FORMAT.md "Visibility", CLI.md `bilan render`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::bilan {

// The audience a bilan is for: the one asked for, else the first that receives `shared`.
struct AudienceChoice {
  const model::Audience* audience = nullptr;
  std::string error;  // when none: what is wrong, naming the known audiences
};
AudienceChoice choose_audience(const model::DeviceFile& device, const std::optional<std::string>& requested);

// The data of the bilan of device `device` (its folder id) for audience `audience`, read from
// `view` only. The view must be the audience's (make_view(d, visibility_of(audience))): a view
// showing more than the audience receives, an unknown device or audience give nullopt.
// Keys: README of docs/confidentiality.md and the built-in templates bilan.md.
std::optional<render::Tree> bilan_data(const view::DossierView& view, const std::string& device, const std::string& audience);

}  // namespace efc::bilan
