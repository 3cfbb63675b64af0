// text/language: counts, lists, times and names as a native reader writes them (issue 20).
#include <doctest/doctest.h>

#include "text/language.hpp"

using namespace efc::text;

TEST_CASE("takes_plural: gettext's plural forms, 0 and 1 singular in French only") {
  CHECK_FALSE(takes_plural("fr", 0));
  CHECK_FALSE(takes_plural("fr", 1));
  CHECK(takes_plural("fr", 2));
  CHECK(takes_plural("en", 0));
  CHECK_FALSE(takes_plural("en", 1));
  CHECK(takes_plural("en", 2));
}

TEST_CASE("count_of: the number and the agreeing noun") {
  CHECK(count_of("fr", 1, "partie entendue", "parties entendues") == "1 partie entendue");
  CHECK(count_of("fr", 0, "terme", "termes") == "0 terme");
  CHECK(count_of("fr", 3, "terme", "termes") == "3 termes");
  CHECK(count_of("en", 0, "term", "terms") == "0 terms");
  CHECK(count_of("en", 1, "term", "terms") == "1 term");
}

TEST_CASE("join_words: commas, then et or and before the last") {
  CHECK(join_words("fr", {}).empty());
  CHECK(join_words("fr", {"A"}) == "A");
  CHECK(join_words("fr", {"A", "B"}) == "A et B");
  CHECK(join_words("fr", {"A", "B", "C"}) == "A, B et C");
  CHECK(join_words("en", {"A", "B", "C"}) == "A, B and C");
}

TEST_CASE("time_of_day: 14 h, 14 h 10 and 9 h 05 in French, unchanged in English") {
  CHECK(time_of_day("fr", "14:00") == "14 h");
  CHECK(time_of_day("fr", "14:10") == "14 h 10");
  CHECK(time_of_day("fr", "09:05") == "9 h 05");
  CHECK(time_of_day("en", "14:10") == "14:10");
  CHECK(time_of_day("fr", "soon") == "soon");
  CHECK(time_of_day("fr", "25:00") == "25:00");
}

TEST_CASE("time_span and duration") {
  CHECK(time_span("fr", "14:00", "16:00") == "de 14 h à 16 h");
  CHECK(time_span("en", "14:00", "16:00") == "from 14:00 to 16:00");
  CHECK(duration("fr", 45) == "45 min");
  CHECK(duration("fr", 120) == "2 h");
  CHECK(duration("fr", 90) == "1 h 30");
  CHECK(duration("en", 90) == "1 h 30 min");
}

TEST_CASE("named and by_whom: the article of a title in French sentences") {
  CHECK(named("fr", "Dr Yves Moreau") == "le Dr Yves Moreau");
  CHECK(named("fr", "Mme Nathalie Garnier") == "Mme Nathalie Garnier");
  CHECK(named("en", "Dr Yves Moreau") == "Dr Yves Moreau");
  CHECK(by_whom("fr", {"Lucie Martin", "Dr Claire Dupont"}) == "par Lucie Martin et le Dr Claire Dupont");
  CHECK(by_whom("en", {"Lucie Martin", "Dr Claire Dupont"}) == "by Lucie Martin and Dr Claire Dupont");
}
