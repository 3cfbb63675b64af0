#include "text/fold.hpp"

#include <array>
#include <tuple>

namespace efc::text {
namespace {

// Base letters of U+00C0..U+00FF ("" keeps the character: × and ÷).
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",  // F0-FF
};

// Appends the folded form of the character at s[i]; returns its length in bytes.
std::size_t fold_one(std::string_view s, std::size_t i, std::string& out) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return 1;
  }
  const std::string_view rest = s.substr(i);
  if (c == 0xC3 && rest.size() >= 2) {
    const auto c2 = static_cast<unsigned char>(rest[1]);
    if (c2 >= 0x80 && c2 <= 0xBF && *kLatin1[c2 - 0x80] != '\0') {
      out += kLatin1[c2 - 0x80];
      return 2;
    }
  }
  if (rest.substr(0, 2) == "\xC5\x92" || rest.substr(0, 2) == "\xC5\x93") {  // Œ œ
    out += "oe";
    return 2;
  }
  if (rest.substr(0, 2) == "\xC5\xB8") {  // Ÿ
    out += "y";
    return 2;
  }
  if (rest.substr(0, 3) == "\xE2\x80\x99" || rest.substr(0, 3) == "\xE2\x80\x98") {  // ’ ‘
    out += '\'';
    return 3;
  }
  out += static_cast<char>(c);
  return 1;
}

bool is_key_char(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

// Multi-byte spaces and punctuation that separate words in keys: no-break spaces, « », dashes, ….
std::size_t separator_length(std::string_view s, std::size_t i) {
  for (std::string_view sep : {"\xC2\xA0", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xAF", "\xE2\x80\x93", "\xE2\x80\x94",
                               "\xE2\x80\xA6", "\xE2\x80\x9C", "\xE2\x80\x9D"}) {
    if (s.substr(i, sep.size()) == sep) return sep.size();
  }
  return 0;
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) i += fold_one(s, i, out);
  return out;
}

std::string fold_key(std::string_view s) {
  const std::string folded = fold(s);
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t sep = separator_length(folded, i);
    const auto c = static_cast<unsigned char>(folded[i]);
    if (sep == 0 && is_key_char(c)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += folded[i++];
      continue;
    }
    pending_space = true;
    i += sep == 0 ? 1 : sep;
  }
  return out;
}

bool folded_less(std::string_view a, std::string_view b) {
  return std::forward_as_tuple(fold_key(a), fold(a), a) < std::forward_as_tuple(fold_key(b), fold(b), b);
}

}  // namespace efc::text
