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
  CHECK(closest_or_none("nom", kPersonKeys) == "none");  // two edits on three letters: too far
  CHECK(closest_or_none("nmae", kPersonKeys) == "name");
  CHECK(closest_or_none("rol", kPersonKeys) == "role");
}

TEST_CASE("spell: nothing is suggested for a word far from every candidate") {
  CHECK(closest_or_none("telephone", kPersonKeys) == "none");
  CHECK(closest_or_none("participants", kPersonKeys) == "none");
  CHECK(closest_or_none("x", {}) == "none");
}

TEST_CASE("spell: swapping two neighbouring letters is one edit") {
  CHECK(closest_or_none("fiar", {"fair", "trust"}) == "fair");
  CHECK(closest_or_none("titel", {"title", "date"}) == "title");
  CHECK(closest_or_none("narartor", {"narrator"}) == "narrator");
}

TEST_CASE("spell: short words get one edit, so unrelated short ids are not suggested") {
  CHECK(closest_or_none("zoe", {"ann", "bob", "fay"}) == "none");
  CHECK(closest_or_none("de", {"fr", "en"}) == "none");
  CHECK(closest_or_none("a", {"id"}) == "none");
  CHECK(closest_or_none("faye", {"ann", "fay"}) == "fay");
  CHECK(closest_or_none("r-9", {"r-1"}) == "r-1");
}

TEST_CASE("spell: the limit grows with the word: one edit in three letters, at least one") {
  const std::vector<std::string> one = {"abcdefghijkl"};
  CHECK(closest_or_none("abcdefghiXYZ", one) == "abcdefghijkl");  // 3 edits on 12 letters: within 4
  CHECK(closest_or_none("abcdefgVWXYZ", one) == "none");          // 5 edits
  const std::vector<std::string> shorter = {"date"};
  CHECK(closest_or_none("dXte", shorter) == "date");  // 1 edit on 4 letters: within 1
  CHECK(closest_or_none("dXXe", shorter) == "none");
  CHECK(closest_or_none("bobby", {"bob"}) == "bob");  // 2 edits on 5 letters: within 2
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
