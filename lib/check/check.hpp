// Validation of whole dossiers: finding them, loading them, running every rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "io/filesystem.hpp"
#include "load/loader.hpp"

namespace efc::check {

// The dossier root holding `start` (absolute), found by walking up as git does.
std::optional<std::string> find_root(const io::FileSystem& fs, const std::string& start);

// Dossier roots below `folder` (absolute), sorted; hidden folders are skipped.
std::vector<std::string> find_roots_below(const io::FileSystem& fs, const std::string& folder);

// Loads the dossier in `root` and runs every rule; `display` prefixes paths in diagnostics.
// With a narrower `scope`, only the files read are checked.
load::Loaded load_and_check(const io::FileSystem& fs, const std::string& root, const std::string& display,
                            const load::Scope& scope = load::Scope::everything());

}  // namespace efc::check
