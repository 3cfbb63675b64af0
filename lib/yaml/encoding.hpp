// Checks on raw bytes before any YAML parsing (rule bad-encoding).
#pragma once

#include <string_view>
#include <vector>

#include "yaml/tree.hpp"

namespace efc::yaml {

// Invalid UTF-8, NUL and other control bytes, lone CR line ends: first of each, positioned.
std::vector<Problem> check_encoding(std::string_view bytes);

// 1-based line and character column of a byte offset.
Pos position_of(std::string_view bytes, std::size_t offset);

}  // namespace efc::yaml
