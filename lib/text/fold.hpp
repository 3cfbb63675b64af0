// Case- and accent-insensitive forms of text, for sorting and merging terms and keywords.
#pragma once

#include <string>
#include <string_view>

namespace efc::text {

// Lower case without accents: "Équité" -> "equite", "Œuvre" -> "oeuvre" (ASCII, Latin-1, œ, ÿ);
// typographic apostrophes become "'". Other characters are kept as they are.
std::string fold(std::string_view s);

// fold(), then every run of characters that are neither letters nor digits (spaces,
// apostrophes, hyphens, punctuation) becomes one space, trimmed: "Faire-tampon !" and
// "faire tampon" give the same key.
std::string fold_key(std::string_view s);

// Orders texts by fold_key, then by fold, then byte-wise: deterministic and human.
bool folded_less(std::string_view a, std::string_view b);

}  // namespace efc::text
