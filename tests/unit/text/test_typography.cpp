// text::typeset_french: the spaces of French typography and the apostrophe, never in markup,
// URLs, times, code or front matter.
#include <doctest/doctest.h>

#include <string>

#include "text/typography.hpp"

using efc::text::Markup;
using efc::text::typeset_french;

namespace {

const std::string kNb = "\u00A0";      // no-break space
const std::string kNarrow = "\u202F";  // narrow no-break space

std::string plain(const std::string& s) { return typeset_french(s, Markup::Plain); }
std::string html(const std::string& s) { return typeset_french(s, Markup::Html); }
std::string markdown(const std::string& s) { return typeset_french(s, Markup::Markdown); }

}  // namespace

TEST_CASE("typography: the space before each mark") {
  CHECK(plain("Dossier : CHU") == "Dossier" + kNb + ": CHU");
  CHECK(plain("50 %") == "50" + kNb + "%");
  CHECK(plain("a ; b ? c ! d") == "a" + kNarrow + "; b" + kNarrow + "? c" + kNarrow + "! d");
  CHECK(plain("« texte »") == "«" + kNarrow + "texte" + kNarrow + "»");
  CHECK(plain("«texte»") == "«" + kNarrow + "texte" + kNarrow + "»");
  CHECK(plain("50%") == "50" + kNb + "%");
}

TEST_CASE("typography: times, colons without a space and spaces already right stay as they are") {
  CHECK(plain("de 14:00 à 16:00") == "de 14:00 à 16:00");
  CHECK(plain("Note: x") == "Note: x");
  const std::string right = "Dossier" + kNb + ": a" + kNarrow + "; «" + kNarrow + "b" + kNarrow + "»";
  CHECK(plain(right) == right);
  // A narrow space before a colon becomes the full one, a no-break space before ";" the narrow one.
  CHECK(plain("a" + kNarrow + ": b" + kNb + "; c") == "a" + kNb + ": b" + kNarrow + "; c");
  CHECK(plain(": en tête de ligne") == ": en tête de ligne");
  CHECK(plain("a\n: b") == "a\n: b");
}

TEST_CASE("typography: apostrophes between letters only") {
  CHECK(plain("le récit d'Olivier, l'équipe, aujourd'hui") == "le récit d’Olivier, l’équipe, aujourd’hui");
  CHECK(plain("'cité' et 'x") == "'cité' et 'x");
  CHECK(html("d&#39;Olivier") == "d’Olivier");
  CHECK(html("&#39;cité&#39;") == "&#39;cité&#39;");
}

TEST_CASE("typography: URLs are copied as they are") {
  CHECK(plain("voir https://exemple.fr/a?b=1&c=l'x ou www.exemple.fr/d'a !") ==
        "voir https://exemple.fr/a?b=1&c=l'x ou www.exemple.fr/d'a" + kNarrow + "!");
  CHECK(plain("mailto:a@b.fr ?") == "mailto:a@b.fr" + kNarrow + "?");
}

TEST_CASE("typography: HTML markup, styles and code are left alone") {
  CHECK(html("<p class=\"a : b\" title='l'a'>Thèmes : x</p>") == "<p class=\"a : b\" title='l'a'>Thèmes" + kNb + ": x</p>");
  CHECK(html("<style>\nbody { margin : 0 ; width: 50% }\n</style><p>50 %</p>") ==
        "<style>\nbody { margin : 0 ; width: 50% }\n</style><p>50" + kNb + "%</p>");
  CHECK(html("<code>a : b</code> c : d") == "<code>a : b</code> c" + kNb + ": d");
  CHECK(html("<!-- a : b --><svg><text x=\"1\">en tête : +5 j</text></svg>") ==
        "<!-- a : b --><svg><text x=\"1\">en tête" + kNb + ": +5 j</text></svg>");
  CHECK(html("R&amp;D ; x &lt; y") == "R&amp;D" + kNarrow + "; x &lt; y");
}

TEST_CASE("typography: Markdown front matter, code and escapes") {
  const std::string front = "---\ntitle: \"Bilan : séance\"\ndate: 2025-03-04\n---\n";
  CHECK(markdown(front + "# Bilan : séance\n") == front + "# Bilan" + kNb + ": séance\n");
  CHECK(markdown("a `x : y` b : c") == "a `x : y` b" + kNb + ": c");
  CHECK(markdown("```\na : b\n```\nc : d\n") == "```\na : b\n```\nc" + kNb + ": d\n");
  CHECK(markdown("Urgent \\! et ![image](https://x.fr/a b)") == "Urgent" + kNarrow + "\\! et ![image](https://x.fr/a b)");
  CHECK(markdown("| Date | Heure |\n|---|---|\n| 04/03/2025 | 14:00 |\n") ==
        "| Date | Heure |\n|---|---|\n| 04/03/2025 | 14:00 |\n");
  CHECK(markdown("[le site](https://exemple.fr/l'a) d'Anne") == "[le site](https://exemple.fr/l'a) d’Anne");
}
