// efc(1): the man page, generated from the same texts as --help (descriptions, options, footers).
#pragma once

#include <string>
#include <vector>

#include "commands.hpp"

namespace efc::cli {

// The page in roff (man macros), every command of `commands` with its options and examples.
// Deterministic: dated with the release date and versioned from version.hpp. The texts that
// concern every command (exit codes, environment) come once, from help.hpp.
std::string man_page(const std::vector<CommandInfo>& commands);

}  // namespace efc::cli
