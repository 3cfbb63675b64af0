// render::TemplateSet and render(): overrides replace built-ins, partials are only files of the
// set, never names taken from the data, cycles are refused, and problems name their file.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/filesystem.hpp"
#include "render/template.hpp"

using efc::render::Rendered;
using efc::render::TemplateSet;
using efc::render::TemplateSource;
using efc::render::Tree;

namespace {

TemplateSet set_of(const std::vector<TemplateSource>& sources) {
  TemplateSet set;
  for (const auto& s : sources) set.set(s);
  return set;
}

}  // namespace

TEST_CASE("template: values are Markdown-escaped in .md templates, user text cannot add markup") {
  const auto set = set_of({{"doc.md", "# {{title}}\n", "built-in"}});
  Tree v = Tree::object();
  v.set("title", "*bold* <b>x</b> {{secret}}\nnext line");
  const Rendered r = efc::render::render(set, "doc.md", v);
  REQUIRE(r.ok);
  CHECK(r.text == "# \\*bold\\* \\<b\\>x\\</b\\> \\{\\{secret\\}\\} next line\n");
}

TEST_CASE("template: a partial is a file of the set named _NAME, included by name") {
  const auto set = set_of({{"doc.md", "{{> _head}}body\n", "built-in"}, {"_head", "head\n", "built-in"}});
  CHECK(set.problems().empty());
  const Rendered r = efc::render::render(set, "doc.md", Tree::object());
  REQUIRE(r.ok);
  CHECK(r.text == "head\nbody\n");
}

TEST_CASE("template: a partial cannot be named by the data") {
  // kainjow resolves partials through the data context: a value holding a template must not be used.
  const auto set = set_of({{"doc.md", "{{> story}}\n", "templates/doc.md.mustache"}});
  CHECK(set.problems() == std::vector<std::string>{
                              "templates/doc.md.mustache: partial 'story' is not a template of the set "
                              "(partials are files named _NAME)"});
  Tree v = Tree::object();
  v.set("story", "SECRET");
  const Rendered r = efc::render::render(set, "doc.md", v);
  CHECK_FALSE(r.ok);
  CHECK(r.text.find("SECRET") == std::string::npos);
}

TEST_CASE("template: partials that include each other are refused, naming the file") {
  const auto set = set_of({{"doc.md", "{{> _a}}\n", "built-in"},
                           {"_a", "{{> _b}}\n", "templates/_a.mustache"},
                           {"_b", "{{> _a}}\n", "templates/_b.mustache"}});
  CHECK(set.problems() == std::vector<std::string>{"templates/_b.mustache: partial '_a' includes itself (directly or not)"});
  CHECK_FALSE(efc::render::render(set, "doc.md", Tree::object()).ok);
}

TEST_CASE("template: a broken template is an error naming its file") {
  const auto set = set_of({{"doc.md", "{{#items}}open\n", "templates/fr/doc.md.mustache"}});
  const auto problems = set.problems();
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().rfind("templates/fr/doc.md.mustache: ", 0) == 0);
  const Rendered r = efc::render::render(set, "doc.md", Tree::object());
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("templates/fr/doc.md.mustache") != std::string::npos);
}

TEST_CASE("template: an override replaces the built-in of the same name, per language or for all") {
  efc::io::MemoryFileSystem fs;
  fs.add("t/en/bilan.md.mustache", "english override\n");
  fs.add("t/_title.mustache", "shared partial\n");
  TemplateSet set = TemplateSet::builtin("en");
  set.add_overrides(fs, "t", "en");
  REQUIRE(set.find("bilan.md") != nullptr);
  CHECK(set.find("bilan.md")->text == "english override\n");
  CHECK(set.find("bilan.md")->origin == "t/en/bilan.md.mustache");
  REQUIRE(set.find("_title") != nullptr);
  CHECK(set.find("_title")->origin == "t/_title.mustache");
}

TEST_CASE("template: partials included many times are checked once and an output bomb is refused") {
  // Seven levels, each including the next 40 times: 40^7 expansions if rendered.
  std::vector<TemplateSource> sources{{"doc.md", "", "built-in"}};
  for (int level = 0; level < 7; ++level) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "{{> _p" + std::to_string(level) + "}}";
    if (level == 0) sources[0].text = text;
    else sources.push_back({"_p" + std::to_string(level - 1), text, "templates/_p" + std::to_string(level - 1) + ".mustache"});
  }
  sources.push_back({"_p6", "x", "templates/_p6.mustache"});
  const auto set = set_of(sources);
  CHECK(set.problems() == std::vector<std::string>{"templates/_p3.mustache: its partials expand more than 10000 times"});
  CHECK_FALSE(efc::render::render(set, "doc.md", Tree::object()).ok);
}

TEST_CASE("template: an override over 1 MiB is a problem naming its file, never cut") {
  efc::io::MemoryFileSystem fs;
  fs.add("t/doc.md.mustache", std::string(efc::render::kMaxTemplateBytes, 'x') + "y");
  fs.add("t/ok.md.mustache", std::string(efc::render::kMaxTemplateBytes, 'x'));
  TemplateSet set;
  set.add_overrides(fs, "t", "en");
  REQUIRE(set.problems().size() == 1);
  CHECK(set.problems().front() ==
        "t/doc.md.mustache: larger than the limit of 1048576 bytes (1 MiB); a template is never cut: shorten it, or "
        "move parts of it into partials");
  CHECK_FALSE(efc::render::render(set, "ok.md", Tree::object()).ok);  // the set is unusable as a whole
}

TEST_CASE("template: every built-in template parses, so a set checks the syntax of its overrides only") {
  for (const char* lang : {"fr", "en"}) {
    const auto set = TemplateSet::builtin(lang);
    CHECK(set.problems().empty());
    REQUIRE(set.all().size() > 10);
    for (const auto& t : set.all()) {
      CHECK(t.builtin);
      CHECK(efc::render::syntax_problem(t) == "");
    }
  }
}

TEST_CASE("template: a broken template marked built-in is still refused when rendered, or reached as a partial") {
  const auto set = set_of({{"doc.md", "{{#open}}\n", "built-in", true},
                           {"page.md", "{{> _part}}\n", "built-in", true},
                           {"_part", "{{#open}}\n", "built-in", true}});
  CHECK(set.problems().empty());  // the syntax of built-ins is this file's test above
  CHECK_FALSE(efc::render::render(set, "doc.md", Tree::object()).ok);
  CHECK_FALSE(efc::render::render(set, "page.md", Tree::object()).ok);
}
