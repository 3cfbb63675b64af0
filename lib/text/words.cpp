#include "text/words.hpp"

namespace efc::text {
namespace {

bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }

// Appends the lower-case form of the character at s[i]; returns its byte length.
std::size_t append_lower(std::string_view s, std::size_t i, std::string& out) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return 1;
  }
  // U+00C0..U+00DE (but U+00D7) are Latin-1 capitals: C3 80..C3 9E, lower case is +0x20.
  if (c == 0xC3 && i + 1 < s.size()) {
    const auto c2 = static_cast<unsigned char>(s[i + 1]);
    out += static_cast<char>(c);
    out += static_cast<char>(c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97 ? c2 + 0x20 : c2);
    return 2;
  }
  out += static_cast<char>(c);
  return 1;
}

// Punctuation outside ASCII that separates words: « » ’ – — … “ ” and no-break spaces.
std::size_t separator_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c != 0xC2 && c != 0xE2) return 0;
  static constexpr std::string_view kSeparators[] = {"\xC2\xAB", "\xC2\xBB", "\xC2\xA0", "\xE2\x80\x99", "\xE2\x80\x93",
                                                     "\xE2\x80\x94", "\xE2\x80\xA6", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xAF"};
  for (std::string_view sep : kSeparators) {
    if (s.substr(i, sep.size()) == sep) return sep.size();
  }
  return 0;
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::vector<std::string> normalized_words(std::string_view s) {
  std::vector<std::string> words;
  std::string current;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t sep = separator_length(s, i);
    if (sep == 0 && is_word_byte(static_cast<unsigned char>(s[i]))) {
      i += append_lower(s, i, current);
      continue;
    }
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
    i += sep == 0 ? 1 : sep;
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::vector<std::uint64_t> shingles(std::string_view s, std::size_t n) {
  const auto words = normalized_words(s);
  std::vector<std::uint64_t> out;
  if (n == 0 || words.size() < n) return out;
  std::vector<std::uint64_t> word_hashes;
  for (const auto& w : words) word_hashes.push_back(fnv1a(w, 14695981039346656037ULL));
  for (std::size_t i = 0; i + n <= words.size(); ++i) {
    std::uint64_t h = 14695981039346656037ULL;
    for (std::size_t k = 0; k < n; ++k) h = (h ^ word_hashes[i + k]) * 1099511628211ULL;
    out.push_back(h);
  }
  return out;
}

}  // namespace efc::text
