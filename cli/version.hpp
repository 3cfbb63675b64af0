// The version line of `efc --version`.
#pragma once

#include <string_view>

namespace efc::cli {

inline constexpr std::string_view kVersionLine = "efc 0.1.0 (dossier format 1)";

// The day this version was released: the date of efc(1) and of the package's changelog, and the
// file dates of the .deb unless SOURCE_DATE_EPOCH says otherwise (cmake/Packaging.cmake reads it).
inline constexpr std::string_view kReleaseDate = "2026-12-02";

}  // namespace efc::cli
