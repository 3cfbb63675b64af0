// Reads every file of a dossier into the typed model, collecting diagnostics.
#pragma once

#include <string>

#include "diag/diagnostic.hpp"
#include "format/context.hpp"
#include "io/filesystem.hpp"
#include "model/model.hpp"

namespace efc::load {

struct Loaded {
  model::Dossier dossier;
  format::RefTable refs;
  diag::Diagnostics diagnostics;  // structural findings only; rules come later
};

// Loads the dossier whose dossier.yaml is in `root`. `display` is how `root`
// is shown in diagnostics ("" for the current folder, "../", "dossiers/a/").
Loaded load_dossier(const io::FileSystem& fs, const std::string& root, const std::string& display);

}  // namespace efc::load
