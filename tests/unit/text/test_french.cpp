// text/french: "de" elided before a vowel sound, as a French reader expects (issue 14).
#include <doctest/doctest.h>

#include "text/french.hpp"

using efc::text::french_de;

TEST_CASE("french_de: elided before a vowel, an accented vowel, a mute h, a y before a consonant") {
  CHECK(french_de("Olivier Berthier") == "d'Olivier Berthier");
  CHECK(french_de("Anne Lefèvre") == "d'Anne Lefèvre");
  CHECK(french_de("Émilie Roux") == "d'Émilie Roux");
  CHECK(french_de("Hélène Fabre") == "d'Hélène Fabre");
  CHECK(french_de("Yves Moreau") == "d'Yves Moreau");
  CHECK(french_de("Œdipe") == "d'Œdipe");
}

TEST_CASE("french_de: kept before a consonant, a y before a vowel, a digit or nothing") {
  CHECK(french_de("Karim Benali") == "de Karim Benali");
    CHECK(french_de("Yann Le Goff") == "de Yann Le Goff");
  CHECK(french_de("3M") == "de 3M");
  CHECK(french_de("") == "de ");
}

TEST_CASE("french_de: contracted to du before a title that takes the article") {
  CHECK(french_de("Dr Yves Moreau") == "du Dr Yves Moreau");
  CHECK(french_de("Pr Anne Roy") == "du Pr Anne Roy");
  CHECK(french_de("Mme Nathalie Garnier") == "de Mme Nathalie Garnier");
}
