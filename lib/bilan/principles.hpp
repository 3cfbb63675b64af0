// The charter of cooperation principles and what puts each to work (CLI.md `principles render`).
#pragma once

#include <optional>

#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::bilan {

// The data of the charter, a shared document: built from the shared view of `view`'s dossier
// whatever `view` is. Each principle lists the experiments (latest state, per device) and the
// arbitrations whose decision invoke it; `unused` lists those nobody invokes. nullopt when the
// dossier has no principles.yaml.
std::optional<render::Tree> charter_data(const view::DossierView& view);

}  // namespace efc::bilan
