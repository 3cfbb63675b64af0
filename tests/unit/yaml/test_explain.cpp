// yaml/explain: yaml-cpp's words for common faults, told in the user's terms at the fault's line
// (through yaml::parse, as every file is read).
#include <doctest/doctest.h>

#include <string>

#include "yaml/tree.hpp"

using efc::yaml::parse;

namespace {

// The single problem of a parse as "line:col message", with its message for group text after " | ".
std::string only_problem(const std::string& text) {
  const auto r = parse(text);
  if (r.problems.size() != 1) return std::to_string(r.problems.size()) + " problems";
  const auto& p = r.problems.front();
  return std::to_string(p.pos.line) + ":" + std::to_string(p.pos.column) + " " + std::string(efc::diag::rule_id(p.rule)) + ": " +
         p.message + (p.sealed_message.empty() ? "" : " | " + p.sealed_message);
}

const std::string kColonFix =
    "put the whole text in quotes (\"...\"), or write it on the lines after '|' (one level further in)";

}  // namespace

TEST_CASE("explain: ': ' in a plain text (French typography) says to quote the text or use '|'") {
  CHECK(only_problem("hypotheses:\n  - text: Hypothèse : les initiatives\n") ==
        "2:21 yaml-syntax: a text cannot hold ': ' (a colon then a space) as it is: YAML reads it as the start of a key; " +
            kColonFix);
  CHECK(only_problem("place: Salle: conseil\n") ==
        "1:13 yaml-syntax: a text cannot hold ': ' (a colon then a space) as it is: YAML reads it as the start of a key; " +
            kColonFix);
}

TEST_CASE("explain: a key indented under a plain value is told as such, at the key's colon") {
  CHECK(only_problem("a: 1\n  b: 2\n") ==
        "2:4 yaml-syntax: this line is indented further than the key above, so YAML reads it as the rest of that key's "
        "text, where ': ' cannot stand; give this key the indentation of the keys around it, or, if it is text, " +
            kColonFix);
}

TEST_CASE("explain: a quoted text closed by an apostrophe inside it, at that apostrophe") {
  CHECK(only_problem("title: 'L'heure du repas'\n") ==
        "1:10 yaml-syntax: this quote ends the quoted text, and what follows it on the line cannot be read; inside '...' "
        "write an apostrophe twice (L''heure), or put the text in double quotes (\"L'heure du repas\")");
  CHECK(only_problem("stories:\n  - title: \"Le \"repas\" du soir\"\n    real: x\n") ==
        "2:16 yaml-syntax: this quote ends the quoted text, and what follows it on the line cannot be read; inside "
        "\"...\" write a quote as \\\", or put the text in single quotes");
  // Doubled apostrophes and a comment after the closing quote are fine.
  CHECK(parse("title: 'L''heure' # ok\nb: 1\n").problems.empty());
}

TEST_CASE("explain: a key without its colon is reported on its own line, not the next one") {
  CHECK(only_problem("number: 2\nkind regular\npresent: [a]\n") ==
        "2:1 yaml-syntax: 'kind regular' has no ':' after its key, so YAML reads it as a text running on to the next "
        "line; write 'kind: regular' | this line has no ':' after its key, so YAML reads it as a text running on to the "
        "next line; write the key, a colon and a space, then the value");
  CHECK(only_problem("stories:\n  - narrator bernard\n    title: x\n").substr(0, 60) ==
        "2:5 yaml-syntax: 'narrator bernard' has no ':' after its key");
  CHECK(only_problem("notes |\n  Un texte\n  suivi : de deux-points\n").substr(0, 70) ==
        "1:1 yaml-syntax: 'notes |' has no ':' after its key, so YAML reads it ");
  // A text running on over several lines before the key without colon: that key is named.
  CHECK(only_problem("text: Une grille\n  purement individuelle\nkind regular\npresent: x\n").substr(0, 60) ==
        "3:1 yaml-syntax: 'kind regular' has no ':' after its key, so");
}
