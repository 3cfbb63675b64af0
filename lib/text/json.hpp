// Minimal JSON writing helpers (efc only writes JSON, never reads it).
#pragma once

#include <string>
#include <string_view>

namespace efc::text {

// A JSON string literal, quotes included; control characters escaped. Always valid UTF-8:
// a byte that is not UTF-8 (a file name) becomes the text "\xFF", as text::printable shows it.
std::string json_quote(std::string_view s);

}  // namespace efc::text
