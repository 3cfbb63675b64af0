// The doctrine: the vocabulary gathered across all devices and sessions (CLI.md `doctrine`).
#pragma once

#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::bilan {

// The data of the doctrine, a shared document: built from the shared view of `view`'s
// dossier whatever `view` is. Terms sorted case- and accent-insensitively; spellings of one
// term (same text::fold_key) merged, each meaning kept once with where it appeared; first
// and last appearance by date, then device, then session.
render::Tree doctrine_data(const view::DossierView& view);

}  // namespace efc::bilan
