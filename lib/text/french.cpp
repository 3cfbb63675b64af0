#include "text/french.hpp"

#include <array>

#include "text/language.hpp"

namespace efc::text {
namespace {

// Accented vowels that can start a French name, in UTF-8 (lower and upper case).
constexpr std::array<std::string_view, 30> kAccentedVowels = {
    "à", "â", "ä", "é", "è", "ê", "ë", "î", "ï", "ô", "ö", "ù", "û", "ü", "œ",
    "À", "Â", "Ä", "É", "È", "Ê", "Ë", "Î", "Ï", "Ô", "Ö", "Ù", "Û", "Ü", "Œ"};

bool is_plain_vowel(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'A': case 'E': case 'I': case 'O': case 'U':
      return true;
    default:
      return false;
  }
}

bool starts_with_vowel_sound(std::string_view s) {
  if (s.empty()) return false;
  const char c = s[0];
  if (is_plain_vowel(c) || c == 'h' || c == 'H') return true;  // names with an aspirated h are rare
  if (c == 'y' || c == 'Y') return s.size() > 1 && !is_plain_vowel(s[1]);  // Yves, but Yann
  for (std::string_view v : kAccentedVowels) {
    if (s.substr(0, v.size()) == v) return true;
  }
  return false;
}

}  // namespace

std::string french_de(std::string_view name) {
  if (has_title_with_article(name)) return "du " + std::string(name);
  return (starts_with_vowel_sound(name) ? "d'" : "de ") + std::string(name);
}

}  // namespace efc::text
