// Making user text safe to print on one terminal line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace efc::text {

// `s` with every control character (C0, DEL, C1) and every invalid UTF-8 byte written
// as an escape (\n, \t, \r, \xNN, \u0085), so that it stays on one line and cannot
// drive a terminal. Valid printable UTF-8 is kept as is.
std::string printable(std::string_view s);

// The first `max_chars` characters of valid UTF-8 `s`, with "…" when it was longer.
std::string excerpt(std::string_view s, std::size_t max_chars);

}  // namespace efc::text
