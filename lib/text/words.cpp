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

namespace {

// Calls `emit` with each word of `chunk` (no ASCII space inside), Unicode-normalised.
template <class Emit>
void unicode_words(std::string_view chunk, std::string& current, Emit&& emit) {
  const std::string norm = normalise(chunk);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(norm.data());
  utf8proc_ssize_t i = 0;
  const auto size = static_cast<utf8proc_ssize_t>(norm.size());
  while (i < size) {
    utf8proc_int32_t c = 0;
    const auto len = utf8proc_iterate(bytes + i, size - i, &c);
    i += len > 0 ? len : 1;
    if (len > 0 && is_word_char(c)) {
      append_utf8(current, static_cast<utf8proc_int32_t>(latin_for(static_cast<char32_t>(c))));
    } else if (!current.empty()) {
      emit(std::string_view(current));
      current.clear();
    }
  }
  if (!current.empty()) emit(std::string_view(current));
  current.clear();
}

// What normalising makes of the Latin-1 letter U+00C0 + `offset` (À to ÿ) when it is a plain
// ASCII letter once case-folded and its accent stripped; 0 for the others (Æ, Ø, ß, ×...).
char latin1_letter(unsigned offset) {
  static constexpr char kLetters[] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";
  return offset < 64 ? kLetters[offset] : '\0';
}

// The ASCII letter an accented Latin-1 letter at the start of `s` becomes, or 0.
char accented_letter(std::string_view s) {
  if (s.size() < 2 || static_cast<unsigned char>(s[0]) != 0xC3) return '\0';
  return latin1_letter(static_cast<unsigned char>(s[1]) - 0x80u);
}

// The length of a separator that normalising leaves a separator, at the start of `s` (not
// ASCII): no-break spaces, guillemets, typographic apostrophe, dashes, ellipsis; 0 otherwise.
std::size_t separator_length(std::string_view s) {
  static constexpr std::string_view kSeparators[] = {"\u00A0", "\u00AB", "\u00BB", "\u2019", "\u202F",
                                                     "\u2013", "\u2014", "\u2026"};
  for (const auto sep : kSeparators) {
    if (s.substr(0, sep.size()) == sep) return sep.size();
  }
  return 0;
}

// Whether `chunk` holds only ASCII, accented Latin-1 letters that become ASCII and the
// separators above: normalising it is then lower-casing and stripping accents.
bool is_latin(std::string_view chunk) {
  for (std::size_t i = 0; i < chunk.size();) {
    if (static_cast<unsigned char>(chunk[i]) < 0x80) {
      ++i;
    } else if (accented_letter(chunk.substr(i)) != '\0') {
      i += 2;
    } else if (const std::size_t n = separator_length(chunk.substr(i))) {
      i += n;
    } else {
      return false;
    }
  }
  return true;
}

// The words of a chunk that is_latin accepts, without utf8proc.
template <class Emit>
void latin_words(std::string_view chunk, std::string& current, Emit&& emit) {
  const auto end_word = [&] {
    if (!current.empty()) emit(std::string_view(current));
    current.clear();
  };
  for (std::size_t i = 0; i < chunk.size();) {
    const auto c = static_cast<unsigned char>(chunk[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current += static_cast<char>(c);
      ++i;
    } else if (c >= 'A' && c <= 'Z') {
      current += static_cast<char>(c - 'A' + 'a');
      ++i;
    } else if (c < 0x80) {
      end_word();
      ++i;
    } else if (const char letter = accented_letter(chunk.substr(i))) {
      current += letter;
      i += 2;
    } else {
      end_word();
      i += separator_length(chunk.substr(i));
    }
  }
  end_word();
}

bool is_ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Calls `emit` with each normalised word of `s`. Normalisation never joins characters across an
// ASCII space, so the text is normalised chunk by chunk, and utf8proc is only called on chunks
// holding more than ASCII and accented Latin-1 letters (most French words do not).
template <class Emit>
void for_each_word(std::string_view s, Emit&& emit) {
  std::string current;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    std::size_t end = i;
    while (end < s.size() && !is_ascii_space(s[end])) ++end;
    const std::string_view chunk = s.substr(i, end - i);
    if (is_latin(chunk)) {
      latin_words(chunk, current, emit);
    } else {
      unicode_words(chunk, current, emit);
    }
    i = end;
  }
}

constexpr std::uint64_t kFnvBasis = 14695981039346656037ULL;

}  // namespace

std::vector<std::string> normalized_words(std::string_view s) {
  std::vector<std::string> words;
  for_each_word(s, [&](std::string_view w) { words.emplace_back(w); });
  return words;
}

std::vector<std::uint64_t> shingles(std::string_view s, std::size_t n) {
  std::vector<std::uint64_t> word_hashes;
  for_each_word(s, [&](std::string_view w) { word_hashes.push_back(fnv1a(w, kFnvBasis)); });
  std::vector<std::uint64_t> out;
  if (n == 0 || word_hashes.size() < n) return out;
  for (std::size_t i = 0; i + n <= word_hashes.size(); ++i) {
    std::uint64_t h = kFnvBasis;
    for (std::size_t k = 0; k < n; ++k) h = (h ^ word_hashes[i + k]) * 1099511628211ULL;
    out.push_back(h);
  }
  return out;
}

}  // namespace efc::text
