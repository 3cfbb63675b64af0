#include "text/words.hpp"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace efc::text {
namespace {

// Unicode normalisation that a copy cannot dodge: compatibility forms (NFKC: no-break and
// ideographic spaces, ligatures, full-width letters), case folding, marks stripped (accents,
// NFD or not), default-ignorable characters dropped (zero-width spaces, soft hyphens) and
// "lumped" punctuation (every space and dash class to one).
constexpr auto kNormalise = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                           UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE |
                                                           UTF8PROC_LUMP);

// Cyrillic and Greek letters that pass for Latin ones once case-folded (after the Unicode
// confusables list, for the letters of Latin-script languages). A documented table rather than
// ICU's spoof checker: a few dozen letters, no 30 MiB data library in a static binary.
struct Confusable {
  char32_t code;
  char latin;
};
constexpr Confusable kConfusables[] = {
    // Cyrillic
    {U'\u0430', 'a'}, {U'\u0432', 'b'}, {U'\u0435', 'e'}, {U'\u0451', 'e'}, {U'\u043A', 'k'}, {U'\u043C', 'm'},
    {U'\u043D', 'h'}, {U'\u043E', 'o'}, {U'\u0440', 'p'}, {U'\u0441', 'c'}, {U'\u0442', 't'}, {U'\u0443', 'y'},
    {U'\u0445', 'x'}, {U'\u0455', 's'}, {U'\u0456', 'i'}, {U'\u0457', 'i'}, {U'\u0458', 'j'}, {U'\u0501', 'd'},
    {U'\u051B', 'q'}, {U'\u051D', 'w'}, {U'\u04BB', 'h'}, {U'\u04CF', 'l'},
    // Greek
    {U'\u03B1', 'a'}, {U'\u03B2', 'b'}, {U'\u03B5', 'e'}, {U'\u03B7', 'n'}, {U'\u03B9', 'i'}, {U'\u03BA', 'k'},
    {U'\u03BD', 'v'}, {U'\u03BF', 'o'}, {U'\u03C1', 'p'}, {U'\u03C4', 't'}, {U'\u03C5', 'u'}, {U'\u03C7', 'x'},
    {U'\u03B3', 'y'}, {U'\u03C9', 'w'}, {U'\u03C2', 'c'}, {U'\u03F2', 'c'}, {U'\u03F3', 'j'}, {U'\u03BC', 'u'},
};

char32_t latin_for(char32_t c) {
  for (const auto& k : kConfusables) {
    if (k.code == c) return static_cast<char32_t>(k.latin);
  }
  return c;
}

bool is_word_char(utf8proc_int32_t c) {
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

void append_utf8(std::string& out, utf8proc_int32_t c) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(c, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// `s` normalised as above; `s` unchanged when it is not valid UTF-8 (the loader refuses those).
std::string normalise(std::string_view s) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                              &mapped, kNormalise);
  if (n < 0) return std::string(s);
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
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
  const std::string norm = normalise(s);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(norm.data());
  std::vector<std::string> words;
  std::string current;
  utf8proc_ssize_t i = 0;
  const auto size = static_cast<utf8proc_ssize_t>(norm.size());
  while (i < size) {
    utf8proc_int32_t c = 0;
    const auto len = utf8proc_iterate(bytes + i, size - i, &c);
    i += len > 0 ? len : 1;
    if (len > 0 && is_word_char(c)) {
      append_utf8(current, static_cast<utf8proc_int32_t>(latin_for(static_cast<char32_t>(c))));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
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
