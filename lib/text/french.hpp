// Small points of French grammar that documents need when they put a name into a sentence.
#pragma once

#include <string>
#include <string_view>

namespace efc::text {

// "de " + `name`, elided to "d'" before a vowel (accented or not), a mute h, or a "y" before a
// consonant: "de Karim Benali", "d'Olivier Berthier", "d'Hélène", "d'Yves", "de Yann",
// "du Dr Yves Moreau" (a title that takes the article contracts it).
std::string french_de(std::string_view name);

}  // namespace efc::text
