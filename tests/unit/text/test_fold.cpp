// text/fold: case- and accent-insensitive forms for sorting and merging terms.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/fold.hpp"

using efc::text::fold;
using efc::text::fold_key;
using efc::text::folded_less;

TEST_CASE("fold lowers case and drops French accents") {
  CHECK(fold("Équité") == "equite");
  CHECK(fold("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ") == "aaaceeeeiioouuuy");
  CHECK(fold("àâäçéèêëîïôöùûüÿ") == "aaaceeeeiioouuuy");
  CHECK(fold("Œuvre cœur Æther") == "oeuvre coeur aether");
  CHECK(fold("lit d’aval") == "lit d'aval");
  CHECK(fold("Straße ñ ø") == "strasse n o");
  CHECK(fold("x × y ÷ z") == "x × y ÷ z");
}

TEST_CASE("fold_key merges spellings that differ by case, accents, hyphens and spacing") {
  CHECK(fold_key("Faire-tampon !") == "faire tampon");
  CHECK(fold_key("  faire   tampon ") == "faire tampon");
  CHECK(fold_key("Lit d’aval") == fold_key("lit d'aval"));
  CHECK(fold_key("« Glissement » de tâches…") == "glissement de taches");
  CHECK(fold_key("Hold-the-line") == fold_key("hold the line"));
  CHECK(fold_key("!?") == "");
}

TEST_CASE("folded_less sorts as a reader expects, deterministically") {
  std::vector<std::string> terms = {"renfort", "Équité", "écart", "Zèle", "faire tampon", "Faire tampon", "abri"};
  std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return folded_less(a, b); });
  CHECK(terms == std::vector<std::string>{"abri", "écart", "Équité", "Faire tampon", "faire tampon", "renfort", "Zèle"});
}
