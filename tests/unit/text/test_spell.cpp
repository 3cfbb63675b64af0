// text/spell: "did you mean" suggestions for unknown names.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/spell.hpp"

using efc::text::closest;
using efc::text::did_you_mean;

namespace {

const std::vector<std::string> kPersonKeys = {"id", "name", "organisation", "role"};

std::string closest_or_none(std::string_view word, const std::vector<std::string>& candidates) {
  return closest(word, candidates).value_or("none");
}

}  // namespace

TEST_CASE("spell: a typo finds the intended key") {
  CHECK(closest_or_none("organisatoin", kPersonKeys) == "organisation");
  CHECK(closest_or_none("organization", kPersonKeys) == "organisation");
  CHECK(closest_or_none("nom", kPersonKeys) == "name");  // the French word, two edits away
  CHECK(closest_or_none("nmae", kPersonKeys) == "name");
  CHECK(closest_or_none("rol", kPersonKeys) == "role");
  CHECK(closest_or_none("ID", kPersonKeys) == "id");  // two replacements: within the smallest limit
}

TEST_CASE("spell: nothing is suggested for a word far from every candidate") {
  CHECK(closest_or_none("telephone", kPersonKeys) == "none");
  CHECK(closest_or_none("participants", kPersonKeys) == "none");
  CHECK(closest_or_none("x", {}) == "none");
}

TEST_CASE("spell: the limit grows with the word: a third of its length, at least 2") {
  const std::vector<std::string> one = {"abcdefghijkl"};
  CHECK(closest_or_none("abcdefghiXYZ", one) == "abcdefghijkl");  // 3 edits on 12 letters: within 4
  CHECK(closest_or_none("abcdefgVWXYZ", one) == "none");          // 5 edits
  const std::vector<std::string> shorter = {"date"};
  CHECK(closest_or_none("dXXe", shorter) == "date");  // 2 edits on 4 letters: within 2
  CHECK(closest_or_none("XXXe", shorter) == "none");
}

TEST_CASE("spell: the closest candidate wins, the first one on a tie") {
  CHECK(closest_or_none("stake", {"stakes", "state"}) == "stakes");
  CHECK(closest_or_none("dat", {"date", "data"}) == "date");
  CHECK(closest_or_none("dat", {"data", "date"}) == "data");
}

TEST_CASE("spell: very long words get no suggestion (the work stays bounded)") {
  const std::string long_word(65, 'a');
  CHECK(closest_or_none(long_word, {std::string(65, 'a')}) == "none");
  CHECK(closest_or_none(std::string(64, 'a'), {std::string(64, 'a')}) == std::string(64, 'a'));
}

TEST_CASE("spell: did_you_mean is ready to append to a message, or empty") {
  CHECK(did_you_mean("organisatoin", kPersonKeys) == ", did you mean 'organisation'?");
  CHECK(did_you_mean("telephone", kPersonKeys) == "");
}
