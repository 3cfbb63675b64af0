// UTF-8 helpers: validation and character counting on raw bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace efc::text {

// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, truncated...), if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

// Length of the valid UTF-8 sequence starting at byte `i` of `s` (1 to 4), or 0 when the
// byte there starts none (a stray continuation byte, a truncated or overlong sequence, 0xFF...).
std::size_t valid_length_at(std::string_view s, std::size_t i);

// Number of characters (code points) in valid UTF-8; a stray byte counts as one.
std::size_t char_count(std::string_view utf8);

// Whether `c` continues a UTF-8 sequence (10xxxxxx).
inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace efc::text
