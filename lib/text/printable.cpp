#include "text/printable.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace efc::text {
namespace {

std::string escape_ascii_control(unsigned char c) {
  switch (c) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return fmt::format("\\x{:02X}", c);
  }
}

}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out += escape_ascii_control(c);
      ++i;
      continue;
    }
    const std::size_t len = valid_length_at(s, i);
    if (len == 0) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
    } else if (len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(s[i + 1]));  // C1 control U+0080..U+009F
      i += 2;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

std::string excerpt(std::string_view s, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(s[i]))) continue;
    if (chars++ == max_chars) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

}  // namespace efc::text
