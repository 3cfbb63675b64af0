// page::*_charts: each chart drawn from the document's own data, with a title and a sentence;
// a shared bilan's attendance stays one overall figure, whatever else the tree holds.
#include <doctest/doctest.h>

#include <string>

#include "page/charts.hpp"

using efc::render::Tree;

namespace {

Tree attendance(long long present, long long expected) {
  Tree t = Tree::object();
  t.set("present", Tree::number(present));
  t.set("expected", Tree::number(expected));
  return t;
}

Tree session(long long number, long long present, long long expected) {
  Tree t = attendance(present, expected);
  t.set("number", Tree::number(number));
  return t;
}

std::string text(const Tree& charts, const char* chart, const char* key) { return charts.get(chart)->get(key)->text(); }

}  // namespace

TEST_CASE("page: a shared bilan's attendance chart is the one overall figure") {
  Tree bilan = Tree::object();
  bilan.set("attendance", attendance(18, 20));
  const Tree charts = efc::page::bilan_charts(bilan, "fr");
  CHECK(text(charts, "attendance", "title") == "Assiduité sur l'ensemble de la série");
  CHECK(text(charts, "attendance", "summary") ==
        "18 présences sur 20 attendues sur l'ensemble de la série ; le détail par séance reste au groupe.");
  const std::string svg = text(charts, "attendance", "svg");
  CHECK(svg.find(">Toutes les séances</text>") != std::string::npos);
  CHECK(svg.find("Séance 1") == std::string::npos);
  Tree one = Tree::object();
  one.set("attendance", attendance(1, 1));
  CHECK(text(efc::page::bilan_charts(one, "fr"), "attendance", "summary") ==
        "1 présence sur 1 attendue sur l'ensemble de la série ; le détail par séance reste au groupe.");
}

TEST_CASE("page: a group bilan charts attendance per session, with a sentence listing each") {
  Tree bilan = Tree::object();
  Tree a = attendance(7, 8);
  Tree sessions = Tree::list();
  sessions.push(session(1, 4, 4));
  sessions.push(session(2, 3, 4));
  a.set("sessions", std::move(sessions));
  bilan.set("attendance", std::move(a));
  const Tree charts = efc::page::bilan_charts(bilan, "en");
  CHECK(text(charts, "attendance", "title") == "Attendance per session");
  CHECK(text(charts, "attendance", "summary") ==
        "Participants present at each session, out of those expected: session 1, 4 of 4; session 2, 3 of 4.");
  CHECK(text(charts, "attendance", "svg").find(">3 / 4</text>") != std::string::npos);
}

TEST_CASE("page: themes are drawn from the themes of the data, labels escaped") {
  Tree bilan = Tree::object();
  Tree themes = Tree::list();
  Tree theme = Tree::object();
  theme.set("keyword", "nuit & <garde>");
  theme.set("count", Tree::number(3));
  themes.push(std::move(theme));
  bilan.set("themes", std::move(themes));
  const Tree charts = efc::page::bilan_charts(bilan, "fr");
  CHECK(text(charts, "themes", "svg").find(">nuit &amp; &lt;garde&gt;</text>") != std::string::npos);
  CHECK(text(charts, "themes", "summary") ==
        "Mots-clés des récits, avec le nombre de récits qui portent chacun : nuit & <garde> (3).");
}

TEST_CASE("page: the impact chart gives two rows per request and names the newly missed promise") {
  efc::queue::Impact impact;
  impact.start = 100;
  impact.position = 1;
  impact.effort = 2;
  impact.finish_as_is = 104;
  impact.finish_first = 101;
  efc::queue::Slip kept{"r-1", "Un", 102, 104, 2, 110, false, false, true};
  efc::queue::Slip missed{"r-2", "Deux", 106, 106, 0, std::nullopt, false, false, true};
  missed.promised = 105;
  missed.finish_before = 105;
  missed.newly_missed = true;
  missed.slip_days = 1;
  impact.slips = {kept, missed};
  const Tree charts = efc::page::impact_charts(impact, "r-9 · Client", "fr");
  const std::string svg = text(charts, "queue", "svg");
  CHECK(svg.find(">r-9 · Client</text>") != std::string::npos);
  CHECK(svg.find(">r-2 · Deux</text>") != std::string::npos);
  CHECK(svg.find(">en tête : manquée</text>") != std::string::npos);
  CHECK(svg.find(">en tête : +2 j</text>") != std::string::npos);
  CHECK(text(charts, "queue", "summary") ==
        "Avec r-9 · Client en tête, 2 des 2 autres demandes finissent plus tard, de 2 jours ouvrés au plus ; "
        "un engagement ne serait plus tenu : r-2.");
  CHECK(svg.find(">engagement qui ne serait plus tenu</text>") != std::string::npos);
  CHECK(svg.find("nouvellement") == std::string::npos);
  impact.slips[0].newly_missed = true;
  CHECK(text(efc::page::impact_charts(impact, "r-9 · Client", "fr"), "queue", "summary") ==
        "Avec r-9 · Client en tête, 2 des 2 autres demandes finissent plus tard, de 2 jours ouvrés au plus ; "
        "2 engagements ne seraient plus tenus : r-1 et r-2.");
}

TEST_CASE("page: the loop chart's sentence agrees remontée with its count") {
  Tree bilan = Tree::object();
  Tree loop = Tree::object();
  Tree items = Tree::list();
  Tree question = Tree::object();
  question.set("kind", "question");
  question.set("waiting", Tree::boolean(true));
  items.push(std::move(question));
  for (int i = 0; i < 2; ++i) {
    Tree hypothesis = Tree::object();
    hypothesis.set("kind", "hypothesis");
    items.push(std::move(hypothesis));
  }
  loop.set("items", std::move(items));
  bilan.set("loop", std::move(loop));
  CHECK(text(efc::page::bilan_charts(bilan, "fr"), "loop", "summary") ==
        "Questions : 1 remontée, 0 avec une réponse, 1 en attente ; "
        "hypothèses : 2 remontées, 0 avec une réponse, 0 en attente.");
}
