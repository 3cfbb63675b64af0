// render::markdown_escape: user text cannot break the layout of a Markdown document.
#include <doctest/doctest.h>

#include "render/template.hpp"

using efc::render::markdown_escape;

TEST_CASE("markdown_escape: inline markup is backslashed") {
  CHECK(markdown_escape("*bold* _em_ `code`") == "\\*bold\\* \\_em\\_ \\`code\\`");
  CHECK(markdown_escape("<em>x</em> &amp; &#38;") == "\\<em\\>x\\</em\\> \\&amp; \\&#38;");
  CHECK(markdown_escape("[link](http://x) ![img](y)") == "\\[link\\](http://x) \\!\\[img\\](y)");
  CHECK(markdown_escape("{{notes}} {{{title}}}") == "\\{\\{notes\\}\\} \\{\\{\\{title\\}\\}\\}");
  CHECK(markdown_escape("a \\ b") == "a \\\\ b");
  CHECK(markdown_escape("ends with \\") == "ends with \\\\");
}

TEST_CASE("markdown_escape: pandoc's own syntax is backslashed too") {
  CHECK(markdown_escape("$x$ ^sup^ ~sub~ @cite") == "\\$x\\$ \\^sup\\^ \\~sub\\~ \\@cite");
}

TEST_CASE("markdown_escape: a pipe cannot split a table cell") {
  CHECK(markdown_escape("a | b") == "a \\| b");
  CHECK(markdown_escape("a \\| b") == "a \\\\\\| b");
}

TEST_CASE("markdown_escape: line breaks and runs of spaces become one space, ends trimmed") {
  CHECK(markdown_escape("first line\nsecond line\n") == "first line second line");
  CHECK(markdown_escape("para one\r\n\r\npara two") == "para one para two");
  CHECK(markdown_escape("    indented code") == "indented code");
  CHECK(markdown_escape("a\t\tb  ") == "a b");
  CHECK(markdown_escape("hard break  \nnext") == "hard break next");
  CHECK(markdown_escape("") == "");
  CHECK(markdown_escape(" \n ") == "");
}

TEST_CASE("markdown_escape: what would start a block at the start of a line is backslashed") {
  CHECK(markdown_escape("# heading") == "\\# heading");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("+ item") == "\\+ item");
  CHECK(markdown_escape("> quote") == "\\> quote");
  CHECK(markdown_escape("1. first") == "1\\. first");
  CHECK(markdown_escape("12) twelfth") == "12\\) twelfth");
  CHECK(markdown_escape("a. fancy") == "a\\. fancy");
  CHECK(markdown_escape("(a) fancy") == "\\(a) fancy");
  CHECK(markdown_escape("===") == "\\===");
  CHECK(markdown_escape("---") == "\\---");
  CHECK(markdown_escape("***") == "\\*\\*\\*");
  CHECK(markdown_escape(": definition") == "\\: definition");
  CHECK(markdown_escape("% title block") == "\\% title block");
  CHECK(markdown_escape("```") == "\\`\\`\\`");
  CHECK(markdown_escape("\n- item after a line break") == "\\- item after a line break");
}

TEST_CASE("markdown_escape: no backslash where the character means nothing (issue 14)") {
  CHECK(markdown_escape("Travail & Coopération") == "Travail & Coopération");
  CHECK(markdown_escape("R&D, &c") == "R&D, &c");
  CHECK(markdown_escape("-1") == "-1");
  CHECK(markdown_escape("+33 4 78 00 00 00") == "+33 4 78 00 00 00");
  CHECK(markdown_escape("Urgent !") == "Urgent !");
  CHECK(markdown_escape("#RDC") == "#RDC");
  CHECK(markdown_escape("Salle n°2 #RDC") == "Salle n°2 #RDC");
  CHECK(markdown_escape("(séance 1)") == "(séance 1)");
  CHECK(markdown_escape("-") == "\\-");
  CHECK(markdown_escape("- -") == "\\- -");
  CHECK(markdown_escape("## titre") == "\\## titre");
  CHECK(markdown_escape("(12) douze") == "\\(12) douze");
  CHECK(markdown_escape("(@) exemple") == "\\(\\@) exemple");
}

TEST_CASE("markdown_escape: ordinary text and non-ASCII letters are left alone") {
  CHECK(markdown_escape("Lits d'aval : 3 - 4, fin.") == "Lits d'aval : 3 - 4, fin.");
  CHECK(markdown_escape("Équité « réelle » — été") == "Équité « réelle » — été");
  CHECK(markdown_escape("2025-06-02") == "2025-06-02");
}
