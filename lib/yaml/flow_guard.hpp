// A guard run on the raw bytes before yaml-cpp sees them (rule too-deep).
//
// yaml-cpp reads a whole flow collection ('[...]', '{...}') ahead before giving any of
// it to the tree builder, because the collection might turn out to be a mapping key:
// 4 MiB of '[' cost it 4 seconds and 1 GB, and the builder's limits come too late.
// This light lexer finds flow collections nested or filled beyond sane bounds first.
#pragma once

#include <optional>
#include <string_view>

#include "yaml/tree.hpp"

namespace efc::yaml {

// Flow collections open at once beyond which the file is refused unparsed; far above
// Limits::max_depth so that brackets in plain text never reach it.
inline constexpr std::size_t kMaxOpenFlow = 256;

// A too-deep problem when flow indicators nest deeper than kMaxOpenFlow or limits.max_depth,
// whichever is more (reported at the first opener past limits.max_depth), or when one
// outermost flow collection holds more than limits.max_nodes values (reported at its
// opener). Quoted texts, comments and block scalars are skipped; a bracket inside plain
// text only counts when it starts a value.
std::optional<Problem> check_flow_collections(std::string_view bytes, const Limits& limits);

}  // namespace efc::yaml
