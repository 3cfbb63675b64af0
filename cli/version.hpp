// The version line of `efc --version`.
#pragma once

#include <string_view>

namespace efc::cli {

inline constexpr std::string_view kVersionLine = "efc 0.1.0 (dossier format 1)";

}  // namespace efc::cli
