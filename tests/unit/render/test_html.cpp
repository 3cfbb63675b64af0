// HTML templates (".html"): values are HTML-escaped, and nothing but the chart markup our code
// builds (charts.NAME.svg) may be printed unescaped, in the template or in a partial it includes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/template.hpp"

using efc::render::Rendered;
using efc::render::TemplateSet;
using efc::render::TemplateSource;
using efc::render::Tree;

namespace {

TemplateSet html_set(const std::vector<TemplateSource>& sources) {
  TemplateSet set;
  for (const auto& s : sources) set.set(s);
  return set;
}

}  // namespace

TEST_CASE("html: values are escaped in .html templates, the chart slot is printed as built") {
  const auto set = html_set({{"page.html", "<h1>{{title}}</h1>{{{charts.a.svg}}}", "built-in"}});
  Tree charts = Tree::object();
  Tree a = Tree::object();
  a.set("svg", "<svg><title>t</title></svg>");
  charts.set("a", a);
  Tree v = Tree::object();
  v.set("title", "<script>x</script> & 'q' \"d\"");
  v.set("charts", charts);
  const Rendered r = efc::render::render(set, "page.html", v);
  REQUIRE(r.ok);
  CHECK(r.text == "<h1>&lt;script&gt;x&lt;/script&gt; &amp; &#39;q&#39; &quot;d&quot;</h1><svg><title>t</title></svg>");
}

TEST_CASE("html: a value printed unescaped that is not a chart slot is a problem of the set") {
  for (const char* text : {"{{{title}}}", "{{& title}}", "{{{charts.a}}}", "{{{charts.a.svg.x}}}", "{{{charts..svg}}}",
                           "{{{ charts.A.svg }}}"}) {
    const auto set = html_set({{"page.html", text, "templates/page.html.mustache"}});
    REQUIRE(set.problems().size() == 1);
    CHECK(set.problems().front().rfind("templates/page.html.mustache: '", 0) == 0);
    CHECK(set.problems().front().find("would print a value unescaped in an HTML page") != std::string::npos);
    CHECK_FALSE(efc::render::render(set, "page.html", Tree::object()).ok);
  }
  CHECK(html_set({{"page.html", "{{{ charts.a_1.svg }}}", "t"}}).problems().empty());
}

TEST_CASE("html: a partial included by an HTML page is held to the same rule, whatever its name") {
  const auto set = html_set({{"page.html", "{{> _leak}}", "t/page"}, {"_leak", "{{{title}}}", "t/_leak"}});
  REQUIRE(set.problems().size() == 1);
  CHECK(set.problems().front().rfind("t/_leak: 'title'", 0) == 0);
  // The same partial in a Markdown document only is not concerned (front matter uses {{{ }}}).
  CHECK(html_set({{"doc.md", "{{> _leak}}", "t/doc"}, {"_leak", "{{{title}}}", "t/_leak"}}).problems().empty());
}

TEST_CASE("html: the built-in pages of both languages are sound and share one style sheet") {
  for (const char* lang : {"fr", "en"}) {
    const auto set = TemplateSet::builtin(lang);
    CHECK(set.problems().empty());
    for (const char* name : {"bilan.html", "status.html", "arbitration-impact.html", "arbitration-report.html"}) {
      const auto* t = set.find(name);
      REQUIRE_MESSAGE(t != nullptr, name);
      CHECK(t->text.find("{{> _style.html}}") != std::string::npos);
      CHECK(t->text.find(std::string("<html lang=\"") + lang + "\">") != std::string::npos);
    }
    REQUIRE(set.find("_style.html") != nullptr);
    CHECK(set.find("_style.html")->origin == "built-in common/_style.html.mustache");
  }
}
