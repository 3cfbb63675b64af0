// render/tree: the one data tree behind both the templates and the JSON outputs.
#include <doctest/doctest.h>

#include <optional>
#include <stdexcept>

#include "render/template.hpp"
#include "render/tree.hpp"

using efc::render::Tree;

namespace {

Tree sample() {
  Tree person = Tree::object();
  person.set("name", "Ann \"A\" \\ B");
  person.set("present", Tree::number(3));
  person.set("is_group", Tree::boolean(false));
  Tree list = Tree::list();
  list.push("x").push("y");
  Tree root = Tree::object();
  root.set("zeta", "last written first");
  root.set("person", std::move(person));
  root.set("items", std::move(list));
  root.set("empty", Tree::list());
  root.set_template_only("front_matter", "\"quoted\"");
  return root;
}

}  // namespace

TEST_CASE("to_json keeps insertion order, types numbers and booleans, and leaves out template-only keys") {
  CHECK(efc::render::to_json(sample()) ==
        "{\n"
        "  \"zeta\": \"last written first\",\n"
        "  \"person\": {\n"
        "    \"name\": \"Ann \\\"A\\\" \\\\ B\",\n"
        "    \"present\": 3,\n"
        "    \"is_group\": false\n"
        "  },\n"
        "  \"items\": [\n"
        "    \"x\",\n"
        "    \"y\"\n"
        "  ],\n"
        "  \"empty\": []\n"
        "}\n");
}

TEST_CASE("a tree gives templates everything, template-only keys included, numbers as text") {
  efc::render::TemplateSet set;
  set.set({"t.txt", "{{zeta}}|{{person.name}}|{{person.present}}|{{#items}}{{.}};{{/items}}|{{{front_matter}}}|"
                    "{{^person.is_group}}shared{{/person.is_group}}|{{^empty}}none{{/empty}}", "test"});
  const auto r = efc::render::render(set, "t.txt", sample());
  REQUIRE(r.ok);
  CHECK(r.text == "last written first|Ann \"A\" \\ B|3|x;y;|\"quoted\"|shared|none");
}

TEST_CASE("a tree moved into render() gives the templates what a kept tree gives, and is emptied") {
  efc::render::TemplateSet set;
  set.set({"t.txt", "{{zeta}}|{{person.name}}|{{person.present}}|{{#items}}{{.}};{{/items}}|{{{front_matter}}}|"
                    "{{^person.is_group}}shared{{/person.is_group}}|{{^empty}}none{{/empty}}", "test"});
  const Tree kept = sample();
  const auto from_kept = efc::render::render(set, "t.txt", kept);
  Tree moved = sample();
  const auto from_moved = efc::render::render(set, "t.txt", std::move(moved));
  REQUIRE(from_kept.ok);
  REQUIRE(from_moved.ok);
  CHECK(from_moved.text == from_kept.text);
  CHECK(from_kept.text == "last written first|Ann \"A\" \\ B|3|x;y;|\"quoted\"|shared|none");
  CHECK(kept.get("person")->get("name")->text() == "Ann \"A\" \\ B");  // read, not emptied
  CHECK(moved.entries().empty());  // NOLINT(bugprone-use-after-move): emptied on purpose
}

TEST_CASE("keys are fixed snake_case names: anything else is a bug and throws") {
  Tree t = Tree::object();
  CHECK_NOTHROW(t.set("next_steps", "ok"));
  CHECK_NOTHROW(t.set("a2", "ok"));
  CHECK_THROWS_AS(t.set("_partial", "no"), std::logic_error);  // would shadow a partial
  CHECK_THROWS_AS(t.set("Title", "no"), std::logic_error);
  CHECK_THROWS_AS(t.set("a.b", "no"), std::logic_error);       // would read as a dotted path
  CHECK_THROWS_AS(t.set("", "no"), std::logic_error);
  CHECK_THROWS_AS(t.set("user text", "no"), std::logic_error);
  Tree s("text");
  CHECK_THROWS_AS(s.set("a", "no"), std::logic_error);
  CHECK_THROWS_AS(s.push("no"), std::logic_error);
}

TEST_CASE("set replaces a key in place") {
  Tree t = Tree::object();
  t.set("a", "1").set("b", "2").set("a", "3");
  CHECK(efc::render::to_json(t) == "{\n  \"a\": \"3\",\n  \"b\": \"2\"\n}\n");
}

TEST_CASE("yaml_quote gives a double-quoted scalar that cannot end early") {
  CHECK(efc::render::yaml_quote("plain") == "\"plain\"");
  CHECK(efc::render::yaml_quote("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"");
  CHECK(efc::render::yaml_quote("two\nlines\t") == "\"two\\nlines\\t\"");
  CHECK(efc::render::yaml_quote(std::string("bell\x07", 5)) == "\"bell\\x07\"");
  CHECK(efc::render::yaml_quote("---\n: x # y") == "\"---\\n: x # y\"");
}

TEST_CASE("a missing value is null in JSON and false for templates, never taken from an outer key") {
  Tree inner = Tree::object();
  inner.set("role", Tree::null());
  inner.set("name", Tree::or_null(std::optional<std::string>("Ann")));
  inner.set("date", Tree::or_null(std::optional<std::string>()));
  Tree root = Tree::object();
  root.set("role", "outer role");  // a missing role must not be read from here
  root.set("person", std::move(inner));
  CHECK(efc::render::to_json(root) == "{\n  \"role\": \"outer role\",\n  \"person\": {\n    \"role\": null,\n    \"name\": \"Ann\",\n    \"date\": null\n  }\n}\n");
  efc::render::TemplateSet set;
  set.set({"t.txt", "{{#person}}{{name}}{{role}}{{#role}} ({{role}}){{/role}}{{^date}}, no date{{/date}}{{/person}}", "test"});
  const auto r = efc::render::render(set, "t.txt", root);
  REQUIRE(r.ok);
  CHECK(r.text == "Ann, no date");
}
