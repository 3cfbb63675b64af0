#include "text/json.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace efc::text {
namespace {

void append_ascii(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
      else out += c;
  }
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      append_ascii(out, s[i++]);
      continue;
    }
    const std::size_t len = valid_length_at(s, i);
    if (len == 0) {
      out += fmt::format("\\\\x{:02X}", c);  // JSON for the text \xFF, as text::printable shows it
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  out += '"';
  return out;
}

}  // namespace efc::text
