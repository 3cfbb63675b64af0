// text/words: normalised words and shingles, for the rule group-text-shared.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/words.hpp"

using efc::text::normalized_words;
using efc::text::shingles;

namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : "|") + w;
  return out;
}

}  // namespace

TEST_CASE("words: split on spaces and punctuation, lower-cased") {
  CHECK(joined(normalized_words("The Night-Shift, at 2 a.m.!")) == "the|night|shift|at|2|a|m");
  CHECK(joined(normalized_words("  \n\t ")) == "");
  CHECK(joined(normalized_words("")) == "");
}

TEST_CASE("words: French letters stay in words, lowered, without their accents") {
  CHECK(joined(normalized_words("ÉQUIPE de nuit à l'hôpital")) == "equipe|de|nuit|a|l|hopital");
  CHECK(joined(normalized_words("Ça ÀÉÈÊÎÔÙÇ")) == "ca|aeeeiouc");
}

TEST_CASE("words: a copy in another Unicode form gives the same words") {
  const std::string plain = joined(normalized_words("the night nurse came"));
  CHECK(joined(normalized_words("the night nurse came")) == plain);
  CHECK(joined(normalized_words("THE NIGHT NURSE CAME")) == plain);
  CHECK(joined(normalized_words("the ni\u200bght nur\u00adse ca\u2060me")) == plain);        // zero-width, soft hyphen
  CHECK(joined(normalized_words("the\u2009night\u3000nurse\u00a0came")) == plain);           // Unicode spaces
  CHECK(joined(normalized_words("the\u2010night\u2011nurse\u2014came")) == plain);           // dashes
  CHECK(joined(normalized_words("th\u0435 night nurs\u0435 c\u0430m\u0435")) == plain);     // Cyrillic е, а
  CHECK(joined(normalized_words("the night nurse c\u03b1me")) == plain);                      // Greek α
  CHECK(joined(normalized_words("\uff54\uff48\uff45 night nurse came")) == plain);          // full-width
  CHECK(joined(normalized_words("e\u0301quipe")) == joined(normalized_words("\u00e9quipe")));  // NFD and NFC
}

TEST_CASE("words: French quotes, apostrophes, dashes, ellipsis and no-break spaces separate words") {
  CHECK(joined(normalized_words("«\u00A0bonjour\u00A0» l\u2019équipe\u2014demain\u2026 “oui”\u202Fnon\u2013si")) ==
        "bonjour|l|equipe|demain|oui|non|si");
}

TEST_CASE("shingles: one hash per run of n consecutive words") {
  CHECK(shingles("one two three four", 2).size() == 3);
  CHECK(shingles("one two three four", 4).size() == 1);
  CHECK(shingles("one two three", 4).empty());
  CHECK(shingles("one two three", 0).empty());
}

TEST_CASE("shingles: case and punctuation do not hide a repeated run") {
  const auto a = shingles("Le service, social ferme à seize heures le vendredi", 8);
  const auto b = shingles("le SERVICE social ferme... à seize heures, le vendredi", 8);
  REQUIRE(a.size() == 2);
  CHECK(a == b);
}

TEST_CASE("shingles: word order and word boundaries matter") {
  const auto a = shingles("one two three four", 4);
  CHECK(a != shingles("two one three four", 4));
  CHECK(a != shingles("onetwo three four x", 4));
  CHECK(shingles("ab c", 2) != shingles("a bc", 2));
}

// Chunks of ASCII and accented Latin-1 letters skip utf8proc: the same words as the full path.
TEST_CASE("words: the Latin-1 shortcut gives what full normalisation gives") {
  CHECK(joined(normalized_words("l\u2019équipe « de nuit » — soignée\u2026 ÿ Ý")) == "l|equipe|de|nuit|soignee|y|y");
  CHECK(joined(normalized_words("l\u2019\u00e9quipe\u00a0\u00e0\u202fl\u2013h\u00f4pital")) == "l|equipe|a|l|hopital");
  // Letters that do not become ASCII send their chunk to utf8proc, whole.
  CHECK(joined(normalized_words("Straße Æther Øst cœur")) == "strasse|æther|øst|cœur");
  CHECK(joined(normalized_words("e\u0301quipe caf\u00e9\u200bcr\u00e8me")) == "equipe|cafecreme");  // NFD, zero-width
  CHECK(joined(normalized_words("2×3 ÷ 4")) == "2|3|4");
}
