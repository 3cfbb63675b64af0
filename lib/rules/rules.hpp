// The rules of CLI.md run over a loaded dossier; structural ones ran while loading.
#pragma once

#include "diag/diagnostic.hpp"
#include "load/loader.hpp"

namespace efc::rules {

// Adds every finding of every rule to `out` (unsorted).
void check_all(const load::Loaded& loaded, diag::Diagnostics& out);

}  // namespace efc::rules
