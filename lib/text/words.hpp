// Word-level text comparison, for the rule group-text-shared.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace efc::text {

// Words of `s` in a form copies cannot dodge: Unicode NFKC, case-folded, accents and
// zero-width characters removed, Cyrillic and Greek look-alikes read as Latin letters;
// every space, dash and punctuation separates words.
std::vector<std::string> normalized_words(std::string_view s);

// Hashes of every run of `n` consecutive words of `s` (none when it has fewer words).
std::vector<std::uint64_t> shingles(std::string_view s, std::size_t n);

}  // namespace efc::text
