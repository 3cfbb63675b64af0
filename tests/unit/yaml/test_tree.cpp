// yaml::parse: the positioned tree and the problems of the YAML layer.
#include <doctest/doctest.h>

#include <string>

#include "yaml/tree.hpp"

using efc::diag::Pos;
using efc::yaml::Kind;
using efc::yaml::Limits;
using efc::yaml::Node;
using efc::yaml::parse;
using efc::yaml::ParseResult;

namespace {

// The single problem of a parse, as "line:col rule: message", or a note when there are 0 or 2+.
std::string only_problem(const ParseResult& r) {
  if (r.problems.size() != 1) return std::to_string(r.problems.size()) + " problems";
  const auto& p = r.problems.front();
  return std::to_string(p.pos.line) + ":" + std::to_string(p.pos.column) + " " + std::string(efc::diag::rule_id(p.rule)) + ": " +
         p.message;
}

std::string at(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

std::string at(const Node* n) { return n == nullptr ? "no node" : at(n->pos); }

// A string of `n` copies of `s`.
std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("tree: positions are 1-based, columns count characters on UTF-8 lines") {
  const auto r = parse("id: x\ncafé: [thé, x]\nnom: «été»\n");
  REQUIRE(r.problems.empty());
  REQUIRE(r.document.root != nullptr);
  const Node& root = *r.document.root;
  CHECK(at(&root) == "1:1");
  CHECK(at(root.entries[0].key) == "1:1");
  CHECK(at(root.entries[0].value) == "1:5");
  CHECK(at(root.entries[1].key) == "2:1");
  const Node* list = root.find("café");
  REQUIRE(list != nullptr);
  CHECK(at(list) == "2:7");
  REQUIRE(list->items.size() == 2);
  CHECK(at(list->items[0]) == "2:8");
  CHECK(at(list->items[1]) == "2:13");  // 15 if bytes were counted
  CHECK(at(root.find("nom")) == "3:6");
}

TEST_CASE("tree: nested block mappings keep the column of their first key") {
  const auto r = parse("people:\n  - id: ann\n    name: Ann\n");
  REQUIRE(r.problems.empty());
  const Node* people = r.document.root->find("people");
  REQUIRE(people != nullptr);
  REQUIRE(people->items.size() == 1);
  const Node* ann = people->items[0];
  CHECK(ann->is_mapping());
  CHECK(at(ann) == "2:5");
  CHECK(at(ann->find("name")) == "3:11");
}

TEST_CASE("tree: a duplicate key is reported with both positions and the first value is kept") {
  const auto r = parse("a: 1\nb: 2\na: 3\n");
  CHECK(only_problem(r) == "3:1 duplicate-key: duplicate key 'a' (first at line 1, column 1); only one can be kept");
  REQUIRE(r.document.root != nullptr);
  CHECK(r.document.root->entries.size() == 2);
  CHECK(r.document.root->find("a")->text == "1");
}

TEST_CASE("tree: duplicate keys are found in nested mappings too, with character columns") {
  const auto r = parse("x:\n  é: 1\n  é: 2\n");
  CHECK(only_problem(r) == "3:3 duplicate-key: duplicate key 'é' (first at line 2, column 3); only one can be kept");
}

TEST_CASE("tree: quoted and plain scalars are told apart") {
  const auto r = parse("a: 017\nb: \"017\"\nc: '017'\nd: |\n  017\ne: 017 # comment\n");
  REQUIRE(r.problems.empty());
  const Node& root = *r.document.root;
  CHECK(root.find("a")->plain);
  CHECK(root.find("a")->text == "017");
  CHECK_FALSE(root.find("b")->plain);
  CHECK(root.find("b")->text == "017");
  CHECK_FALSE(root.find("c")->plain);
  CHECK_FALSE(root.find("d")->plain);
  CHECK(root.find("d")->text == "017\n");
  CHECK(root.find("e")->plain);
  CHECK(root.find("e")->text == "017");
}

TEST_CASE("tree: explicit tags are kept and refused, and !!str is plain text") {
  const auto r = parse("a: !!int 3\nb: !!str 4\n");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message == "YAML tags such as 'tag:yaml.org,2002:int' are not supported; remove the tag");
  CHECK(r.document.root->find("a")->tag == "tag:yaml.org,2002:int");
  CHECK(r.document.root->find("b")->tag == "");
  CHECK_FALSE(r.document.root->find("b")->plain);
}

TEST_CASE("tree: an empty value is null, positioned at its key") {
  const auto r = parse("a:\nb: 1\nc:\n  d:\n");
  REQUIRE(r.problems.empty());
  const Node& root = *r.document.root;
  CHECK(root.find("a")->is_null());
  CHECK(at(root.find("a")) == "1:1");
  const Node* d = root.find("c")->find("d");
  REQUIRE(d != nullptr);
  CHECK(d->is_null());
  CHECK(at(d) == "4:3");
}

TEST_CASE("tree: null, ~ and the quoted text 'null' are different") {
  const auto r = parse("a: null\nb: ~\nc: \"null\"\n");
  REQUIRE(r.problems.empty());
  CHECK(r.document.root->find("a")->is_null());
  CHECK(r.document.root->find("b")->is_null());
  CHECK(r.document.root->find("c")->is_scalar());
  CHECK(r.document.root->find("c")->text == "null");
}

TEST_CASE("tree: an empty file has no root and no problem") {
  const auto r = parse("");
  CHECK(r.problems.empty());
  CHECK(r.document.root == nullptr);
  const auto comments = parse("# only a comment\n");
  CHECK(comments.problems.empty());
  CHECK(comments.document.root == nullptr);
}

TEST_CASE("tree: an alias shares the anchored node instead of copying it") {
  const auto r = parse("a: &x [1, 2]\nb: *x\n");
  REQUIRE(r.problems.empty());
  const Node* a = r.document.root->find("a");
  const Node* b = r.document.root->find("b");
  REQUIRE(a != nullptr);
  CHECK(a == b);
  CHECK(r.document.nodes.size() == 6);  // root, two keys, the list and its two items
  CHECK(r.document.root->expanded_size == 1 + 2 + 3 + 3);
}

TEST_CASE("tree: alias expansion is bounded: a billion laughs is too-deep, found fast") {
  std::string yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    const std::string prev = "*a" + std::to_string(i - 1);
    yaml += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
    for (int k = 1; k < 10; ++k) yaml += ", " + prev;
    yaml += "]\n";
  }
  const auto r = parse(yaml);
  CHECK(r.document.root == nullptr);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].rule == efc::diag::Rule::TooDeep);
  CHECK(r.problems[0].message == "more than 200000 values once aliases are expanded; the file is too large");
  CHECK(r.problems[0].pos.line == 6);  // 10^5 values per alias of line 6: the sixth one passes the limit
}

TEST_CASE("tree: the size limit counts values once aliases are expanded") {
  Limits small;
  small.max_nodes = 10;
  const auto r = parse("a: &x [1, 2, 3]\nb: *x\nc: *x\n", small);
  // 6 values for line 1, the key b, then 4 more through the alias: 11.
  CHECK(only_problem(r) == "2:4 too-deep: more than 10 values once aliases are expanded; the file is too large");
  CHECK(r.document.root == nullptr);
}

TEST_CASE("tree: a self-referencing alias is too-deep, not a crash or a hang") {
  const auto r = parse("a: &x [*x]\n");
  CHECK(only_problem(r) == "1:8 too-deep: alias *x refers to a node that contains it");
  CHECK(r.document.root == nullptr);
  const auto in_map = parse("a: &m\n  b: *m\n");
  CHECK(only_problem(in_map) == "2:6 too-deep: alias *m refers to a node that contains it");
}

TEST_CASE("tree: an alias to an unknown anchor is a yaml-syntax error") {
  const auto r = parse("a: *nowhere\n");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].rule == efc::diag::Rule::YamlSyntax);
  CHECK(r.problems[0].pos.line == 1);
  CHECK(r.document.root == nullptr);
}

TEST_CASE("tree: nesting beyond the depth limit is too-deep") {
  const auto ok = parse(repeat("[", 64) + repeat("]", 64) + "\n");
  CHECK(ok.problems.empty());
  const auto r = parse(repeat("[", 65) + repeat("]", 65) + "\n");
  CHECK(only_problem(r) == "1:65 too-deep: nesting deeper than 64 levels");
  CHECK(r.document.root == nullptr);
  std::string blocks;
  for (int i = 0; i < 70; ++i) blocks += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
  const auto block = parse(blocks);
  CHECK(only_problem(block) == "65:129 too-deep: nesting deeper than 64 levels");
}

TEST_CASE("tree: yaml-cpp's own recursion guard is translated to too-deep") {
  Limits no_depth_limit;
  no_depth_limit.max_depth = 1'000'000;
  const auto r = parse(repeat("[", 3000) + repeat("]", 3000) + "\n", no_depth_limit);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].rule == efc::diag::Rule::TooDeep);
  CHECK(r.problems[0].message == "nesting too deep for the YAML parser");
  CHECK(at(r.problems[0].pos) == "1:499");  // the last list opened (yaml-cpp counts 4 per level), not past the end
}

TEST_CASE("tree: a file larger than the byte limit is too-deep before parsing") {
  Limits tiny;
  tiny.max_bytes = 8;
  const auto r = parse("a: 123456789\n", tiny);
  CHECK(only_problem(r) == "1:1 too-deep: file larger than the limit of 8 bytes");
}

TEST_CASE("tree: two documents in one file are bad-encoding at the second") {
  const auto r = parse("a: 1\n---\nb: 2\n");
  CHECK(only_problem(r) == "2:1 bad-encoding: more than one YAML document in the file (a second '---'); keep one");
  CHECK(r.document.root == nullptr);
  const auto explicit_one = parse("---\na: 1\n...\n");
  CHECK(explicit_one.problems.empty());
  CHECK(explicit_one.document.root != nullptr);
}

TEST_CASE("tree: a syntax error is yaml-syntax, positioned where the parser stopped or at an unclosed bracket") {
  const auto r = parse("a: 1\n  b: 2\n");
  CHECK(only_problem(r).substr(0, 70) == "2:4 yaml-syntax: this line is indented further than the key above, so ");
  CHECK(r.document.root == nullptr);
  const auto flow = parse("é: [1, 2\nb: 3\n");
  CHECK(only_problem(flow) == "1:4 yaml-syntax: this '[' list is never closed with ']'");
  const auto map = parse("café: {c: 1\n");
  CHECK(only_problem(map) == "1:7 yaml-syntax: this '{' mapping is never closed with '}'");
  const auto nested = parse("x: [[1, 2], [3\n");
  CHECK(only_problem(nested) == "1:13 yaml-syntax: this '[' list is never closed with ']'");
  const auto in_block = parse("- ok\n- {a: 1, b: [2, 3]\n");
  CHECK(only_problem(in_block) == "2:3 yaml-syntax: this '{' mapping is never closed with '}'");
  // A bracket inside quotes or a comment does not close the list.
  const auto quoted = parse("a: [\"x]\", 'y]', b # ]\nc: d\n");
  CHECK(only_problem(quoted) == "1:4 yaml-syntax: this '[' list is never closed with ']'");
}

TEST_CASE("tree: a closed bracket with something else wrong inside keeps the parser's words") {
  // Valid YAML that yaml-cpp cannot read, and a comment inside a flow list: the bracket is closed.
  const auto implicit_key = parse("{\"foo\"\n: \"bar\"}\n");
  REQUIRE_FALSE(implicit_key.problems.empty());
  CHECK(implicit_key.problems.back().rule == efc::diag::Rule::YamlSyntax);
  CHECK(implicit_key.problems.back().message == "end of map flow not found");
  const auto comment = parse("key: [ word1\n#  xxx\n  word2 ]\n");
  CHECK(only_problem(comment) == "3:3 yaml-syntax: end of sequence flow not found");
}

TEST_CASE("tree: a quoted text never closed is yaml-syntax at its quote, not the rest of the file swallowed") {
  const auto dq = parse("title: \"Mission\nlang: en\nplace: Room 2\n");
  CHECK(only_problem(dq) == "1:8 yaml-syntax: this quoted text is never closed with \"");
  CHECK(dq.document.root == nullptr);
  const auto sq = parse("a: ok\nb: 'it''s\nc: d\n");
  CHECK(only_problem(sq) == "2:4 yaml-syntax: this quoted text is never closed with '");
  const auto key = parse("\"é: 1\n");
  CHECK(only_problem(key) == "1:1 yaml-syntax: this quoted text is never closed with \"");
}

TEST_CASE("tree: quoted texts closed on a later line or holding escaped quotes are fine") {
  const auto r = parse("a: \"two\n  lines\"\nb: \"say \\\"hi\\\"\"\nc: 'it''s'\nd: \"back\\\\\"\ne: ''\n");
  REQUIRE(r.problems.empty());
  const Node& root = *r.document.root;
  CHECK(root.find("a")->text == "two lines");
  CHECK(root.find("b")->text == "say \"hi\"");
  CHECK(root.find("c")->text == "it's");
  CHECK(root.find("d")->text == "back\\");
  CHECK(root.find("e")->text == "");
  CHECK(at(root.find("e")) == "6:4");
}

TEST_CASE("tree: a key that is not a text is bad-type at the key") {
  const auto r = parse("? [a]\n: 1\nb: 2\n");
  CHECK(only_problem(r) == "1:3 bad-type: a key must be a plain text, not a list, a mapping or an empty value");
  REQUIRE(r.document.root != nullptr);
  CHECK(r.document.root->entries.size() == 1);
}

TEST_CASE("tree: a tag on a mapping, a sequence or a document is refused and flags its parents") {
  const ParseResult r = parse("--- !secret\nitems:\n  - !confidential\n    text: a\nlist: !!omap\n  - a: b\n");
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[0].message ==
        "YAML tags such as '!secret' are not supported; remove the tag; to keep an item in the group, write 'confidential: true'");
  CHECK(r.problems[1].message ==
        "YAML tags such as '!confidential' are not supported; remove the tag; to keep an item in the group, write "
        "'confidential: true'");
  CHECK(r.problems[2].message == "YAML tags such as 'tag:yaml.org,2002:omap' are not supported; remove the tag");
  CHECK(r.problems[2].sealed_message == "YAML tags are not supported; remove the tag");
  REQUIRE(r.document.root != nullptr);
  CHECK(r.document.root->flagged);
  CHECK(r.document.root->find("items")->items.at(0)->flagged);
}

TEST_CASE("tree: a duplicate key flags its mapping, and its message has a form that quotes nothing") {
  const ParseResult r = parse("a:\n  x: 1\n  x: 2\nb: {y: 1}\n");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].sealed_message == "duplicate key (first at line 2, column 3); only one can be kept");
  CHECK(r.document.root->find("a")->flagged);
  CHECK_FALSE(r.document.root->find("b")->flagged);
}

TEST_CASE("tree: a collection knows where its last value starts") {
  const ParseResult r = parse("a:\n  - x\n  - {k: v, z: last}\nb: 1\n");
  CHECK(at(r.document.root->find("a")->last) == "3:15");
  CHECK(at(r.document.root->last) == "4:4");
}
