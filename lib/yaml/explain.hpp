// yaml-cpp's words for the syntax faults people make most, told in their terms: what happened
// and how to write it, at the line of the fault. The source lines are scanned again to tell
// which fault it is; anything else keeps the parser's words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "yaml/tree.hpp"

namespace efc::yaml {

// A clearer problem for yaml-cpp's message `parser_message` at `pos` in `bytes` (the file's
// text), or nullopt when the fault is none of those known:
// - ': ' inside a plain text ("illegal map value"): quote the text or use '|';
// - a quoted text closed too early ('L'heure': "end of map not found"): double the quote;
// - a key without its colon, which yaml-cpp reports on the next line.
std::optional<Problem> explain_syntax(std::string_view bytes, std::string_view parser_message, Pos pos);

}  // namespace efc::yaml
