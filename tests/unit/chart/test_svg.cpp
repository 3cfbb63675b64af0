// chart::bar_chart and chart::timeline: well-formed SVG, every given text escaped (labels,
// titles, notes, legend), long labels shortened, values placed on their scale.
#include <doctest/doctest.h>

#include <string>

#include "chart/svg.hpp"

using namespace efc::chart;

namespace {

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

constexpr const char* kHostile = "<script>alert('x')</script> & \"quoted\"";

}  // namespace

TEST_CASE("chart: xml_escape replaces the five characters with a meaning in markup") {
  CHECK(xml_escape("a<b>&\"c'd") == "a&lt;b&gt;&amp;&quot;c&#39;d");
  CHECK(xml_escape("Séance 1 — « bilan »") == "Séance 1 — « bilan »");
}

TEST_CASE("chart: shorten cuts on characters, not bytes, and marks the cut") {
  CHECK(shorten("écrire", 10) == "écrire");
  CHECK(shorten("éééééé", 4) == "ééé…");
  CHECK(shorten("un deux trois", 4) == "un…");
  CHECK(shorten("abc", 3) == "abc");
}

TEST_CASE("chart: a bar chart has its title, one bar per segment, the values after the bars") {
  BarChart c{"chart-t", "Thèmes, par nombre de récits", {}, {}, 0};
  c.rows.push_back({"organisation", {{3, Fill::Dark}}, "3"});
  c.rows.push_back({"nuit", {{1, Fill::Dark}, {1, Fill::Blank}}, "1 / 2"});
  const std::string svg = bar_chart(c);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("<title id=\"chart-t-title\">Thèmes, par nombre de récits</title>") != std::string::npos);
  CHECK(svg.find("aria-labelledby=\"chart-t-title\"") != std::string::npos);
  CHECK(count(svg, "<rect x=") == 3);
  // The largest total (3) fills the bar area (720 - 230 - 80 = 410 units).
  CHECK(svg.find("<rect x=\"230\" y=\"14\" width=\"410\"") != std::string::npos);
  CHECK(svg.find(">1 / 2</text>") != std::string::npos);
  CHECK(svg.substr(svg.size() - 6) == "</svg>");
}

TEST_CASE("chart: every text given to a chart is escaped, in text and attributes") {
  BarChart b{"chart-b", kHostile, {{kHostile, {{1, Fill::Hatched}}, kHostile}}, {{Fill::Dark, {}, kHostile}}, 0};
  Timeline t{"chart-l", kHostile, 0, 10, {{5, kHostile}}, {{kHostile, {{1, 2, Fill::Light}}, {{3, Shape::Cross}}, kHostile, true}},
             {{{}, Shape::Ring, kHostile}}, 4.0, kHostile};
  for (const std::string& svg : {bar_chart(b), timeline(t)}) {
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("'x'") == std::string::npos);
    CHECK(svg.find("\"quoted\"") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    // Every '<' opens or closes one of the chart's own elements.
    for (auto at = svg.find('<'); at != std::string::npos; at = svg.find('<', at + 1)) {
      const std::size_t start = svg[at + 1] == '/' ? at + 2 : at + 1;
      const std::string name = svg.substr(start, svg.find_first_of(" >/", start) - start);
      CHECK_MESSAGE(std::string(" svg title defs pattern rect line text circle path ").find(" " + name + " ") != std::string::npos, name);
    }
  }
}

TEST_CASE("chart: long labels are shortened to their column, the whole text stays in the title elsewhere") {
  const std::string label(200, 'x');
  const std::string svg = bar_chart({"chart-x", "t", {{label, {{1, Fill::Dark}}, "1"}}, {}, 0});
  CHECK(svg.find(label) == std::string::npos);
  CHECK(svg.find("xxx…</text>") != std::string::npos);
}

TEST_CASE("chart: a time line places spans and marks on its axis, clamps what is outside, draws today") {
  Timeline t{"chart-s", "Séances", 0, 10, {{0, "début"}, {10, "fin"}}, {}, {}, 5.0, "aujourd'hui"};
  t.rows.push_back({"dispositif", {{0, 5, Fill::Dark}}, {{2.5, Shape::Dot}, {20, Shape::Ring}}, "2 sur 5", false});
  const std::string svg = timeline(t);
  // The axis runs from x = 230 to 720 - 140 = 580: 35 units per step of 1.
  CHECK(svg.find("<rect x=\"230\" y=\"28\" width=\"175\"") != std::string::npos);
  CHECK(svg.find("<circle cx=\"317.5\"") != std::string::npos);
  CHECK(svg.find("<circle cx=\"580\"") != std::string::npos);  // 20 clamped to the end
  CHECK(svg.find("stroke-dasharray=\"4 3\"") != std::string::npos);
  CHECK(svg.find(">aujourd&#39;hui</text>") != std::string::npos);
  CHECK(svg.find(">2 sur 5</text>") != std::string::npos);
}

TEST_CASE("chart: patterns are named after the chart, so two charts of a page do not clash") {
  const std::string a = bar_chart({"chart-a", "a", {{"r", {{1, Fill::Hatched}}, ""}}, {}, 0});
  const std::string b = bar_chart({"chart-b", "b", {{"r", {{1, Fill::Hatched}}, ""}}, {}, 0});
  CHECK(a.find("id=\"chart-a-hatch\"") != std::string::npos);
  CHECK(a.find("url(#chart-a-hatch)") != std::string::npos);
  CHECK(b.find("id=\"chart-b-hatch\"") != std::string::npos);
}
