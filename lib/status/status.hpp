// The one screen of `efc status`: the three registers of support to cooperation, open
// experiments and arbitrations, and how many findings `efc validate` has.
#pragma once

#include <optional>

#include "diag/diagnostic.hpp"
#include "model/model.hpp"
#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::status {

// The data of the status screen (template status.txt, and the JSON form). Keys are listed in
// docs/templates.md. Sessions dated before `today` count as held; the first one dated `today` or
// later is the next. nullopt when the view is not shared (the status screen is shown around).
std::optional<render::Tree> status_data(const view::DossierView& view, const diag::Diagnostics& diagnostics,
                                        const model::Date& today);

}  // namespace efc::status
