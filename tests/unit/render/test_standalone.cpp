#include <doctest/doctest.h>

#include "render/template.hpp"

using namespace efc;

namespace {

// Renders `text` as a plain-text template with `data`, through the same preparation as built-ins.
std::string run(const std::string& text, const render::Tree& data, const std::string& partial = "") {
  render::TemplateSet set;
  set.set({"t.txt", render::strip_comment_lines(text), "test"});
  if (!partial.empty()) set.set({"_p", render::strip_comment_lines(partial), "test"});
  const auto r = render::render(set, "t.txt", data);
  REQUIRE(r.ok);
  return r.text;
}

render::Tree flags(bool x) {
  render::Tree d = render::Tree::object();
  d.set("x", render::Tree::boolean(x));
  render::Tree list = render::Tree::list();
  list.push("r1");
  list.push("r2");
  d.set("items", std::move(list));
  d.set("none", render::Tree::list());
  return d;
}

}  // namespace

TEST_CASE("standalone comment, section and partial lines leave no blank line, rendered or skipped") {
  CHECK(run("{{! a comment }}\nA\n", flags(true)) == "A\n");
  CHECK(run("  {{! indented comment }}  \nA\n", flags(true)) == "A\n");
  for (bool x : {true, false}) {
    CAPTURE(x);
    const std::string expected = x ? "A\nC\n" : "B\nC\n";
    CHECK(run("{{#x}}\nA\n{{/x}}\n{{^x}}\nB\n{{/x}}\nC\n", flags(x)) == expected);
  }
  CHECK(run("{{#items}}\n- {{.}}\n{{/items}}\n{{^items}}\nnone\n{{/items}}\n\n## Next\n", flags(true)) == "- r1\n- r2\n\n## Next\n");
  CHECK(run("{{#none}}\n- {{.}}\n{{/none}}\n{{^none}}\nnone\n{{/none}}\n\n## Next\n", flags(true)) == "none\n\n## Next\n");
  CHECK(run("X\n{{> _p}}\nY\n", flags(true), "p1\n{{#x}}\np2\n{{/x}}\n") == "X\np1\np2\nY\n");
}

TEST_CASE("sections inside a line keep the line, nested sections balance, broken text is still reported") {
  CHECK(run("Date: {{#x}}yes{{/x}}{{^x}}no{{/x}}.\n", flags(false)) == "Date: no.\n");
  CHECK(run("{{#items}}\n{{#x}}\n*\n{{/x}}\n- {{.}}\n{{/items}}\nend\n", flags(true)) == "*\n- r1\n*\n- r2\nend\n");
  render::TemplateSet set;
  set.set({"t.txt", "{{#x}}\nA\n{{/y}}\n", "broken.mustache"});
  const auto r = render::render(set, "t.txt", flags(true));
  CHECK_FALSE(r.ok);
  CHECK(r.error.rfind("broken.mustache: ", 0) == 0);
}
