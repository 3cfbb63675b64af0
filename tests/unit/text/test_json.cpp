// text::JsonWriter: the one JSON writer (layouts, escaping, numbers, misuse).
#include <doctest/doctest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/json.hpp"

using efc::text::json_number;
using efc::text::JsonWriter;
using Layout = efc::text::JsonWriter::Layout;

namespace {

std::string quoted(std::string_view s) {
  JsonWriter w;
  return w.value(s).finish();
}

}  // namespace

TEST_CASE("JsonWriter: block layout indents nested objects and arrays by 2, one member a line") {
  JsonWriter w;
  w.begin_object().key("name").value("Ann").key("tags").begin_array().value("a").value("b").end_array();
  w.key("inner").begin_object().key("n").value(3).end_object().end_object();
  CHECK(w.finish() ==
        "{\n  \"name\": \"Ann\",\n  \"tags\": [\n    \"a\",\n    \"b\"\n  ],\n  \"inner\": {\n    \"n\": 3\n  }\n}\n");
}

TEST_CASE("JsonWriter: empty objects and arrays are written closed, in either layout") {
  JsonWriter w;
  w.begin_object().key("o").begin_object().end_object().key("a").begin_array().end_array();
  w.key("i").begin_array(Layout::Inline).end_array().end_object();
  CHECK(w.finish() == "{\n  \"o\": {},\n  \"a\": [],\n  \"i\": []\n}\n");
  CHECK(JsonWriter().begin_array().end_array().finish() == "[]\n");
  CHECK(JsonWriter().begin_object(Layout::Inline).end_object().finish() == "{}\n");
}

TEST_CASE("JsonWriter: inline layout keeps a container on one line, and what it holds too") {
  JsonWriter w;
  w.begin_array().begin_object(Layout::Inline).key("id").value("x").key("days").begin_array().value(1).value(2);
  w.end_array().key("sub").begin_object().key("k").value(true).end_object().end_object();
  w.begin_object(Layout::Inline).key("id").value("y").end_object().end_array();
  CHECK(w.finish() == "[\n  {\"id\": \"x\", \"days\": [1, 2], \"sub\": {\"k\": true}},\n  {\"id\": \"y\"}\n]\n");
}

TEST_CASE("JsonWriter: strings() writes an array of strings on one line unless asked otherwise") {
  JsonWriter w;
  w.begin_object().key("one_line").strings({"a", "b"}).key("none").strings({});
  w.key("block").strings({"c"}, Layout::Block).end_object();
  CHECK(w.finish() == "{\n  \"one_line\": [\"a\", \"b\"],\n  \"none\": [],\n  \"block\": [\n    \"c\"\n  ]\n}\n");
}

TEST_CASE("JsonWriter: scalars, null and optionals") {
  JsonWriter w;
  w.begin_array(Layout::Inline).value(true).value(false).null().value(-42).value(std::size_t{7});
  w.value(9'000'000'000LL).value(std::optional<bool>()).value(std::optional<std::string>("s")).end_array();
  CHECK(w.finish() == "[true, false, null, -42, 7, 9000000000, null, \"s\"]\n");
  CHECK(JsonWriter().value("text").finish() == "\"text\"\n");  // a literal is a string, not a bool
}

TEST_CASE("JsonWriter: decimals have at most 4 digits after the point and no trailing zero") {
  JsonWriter w;
  w.begin_array(Layout::Inline).value(2.0 / 3).value(1.0).value(2.5).value(0.0).value(-0.00001).value(10.0);
  CHECK(w.end_array().finish() == "[0.6667, 1, 2.5, 0, 0, 10]\n");
  CHECK(json_number(0.125) == "0.125");
  CHECK(json_number(-1.5) == "-1.5");
}

TEST_CASE("JsonWriter: quotes, backslashes and control characters are escaped, UTF-8 kept") {
  CHECK(quoted("say \"hi\" \\ done") == "\"say \\\"hi\\\" \\\\ done\"\n");
  CHECK(quoted("a\nb\rc\td") == "\"a\\nb\\rc\\td\"\n");
  CHECK(quoted(std::string("x\0y\x1B", 4)) == "\"x\\u0000y\\u001b\"\n");
  CHECK(quoted("café «été» — 日本") == "\"café «été» — 日本\"\n");
  JsonWriter w;
  w.begin_object(Layout::Inline).key("k\"ey\n").value(1).end_object();
  CHECK(w.finish() == "{\"k\\\"ey\\n\": 1}\n");
}

TEST_CASE("JsonWriter: a byte that is not UTF-8 becomes the text backslash x FF, as printable shows it") {
  CHECK(quoted("0\xFF.yaml") == "\"0\\\\xFF.yaml\"\n");
  CHECK(quoted("bad\xC3") == "\"bad\\\\xC3\"\n");                  // a sequence cut short
  CHECK(quoted("\xED\xA0\x80") == "\"\\\\xED\\\\xA0\\\\x80\"\n");  // a surrogate is not UTF-8
}

TEST_CASE("JsonWriter: misuse is a logic_error, never malformed output") {
  CHECK_THROWS_AS(JsonWriter().begin_object().value(1), std::logic_error);               // a value without its key
  CHECK_THROWS_AS(JsonWriter().begin_array().key("k"), std::logic_error);                // a key outside an object
  CHECK_THROWS_AS(JsonWriter().key("k"), std::logic_error);                              // at top level
  CHECK_THROWS_AS(JsonWriter().begin_object().key("a").key("b"), std::logic_error);      // two keys in a row
  CHECK_THROWS_AS(JsonWriter().begin_object().key("a").end_object(), std::logic_error);  // a key without value
  CHECK_THROWS_AS(JsonWriter().begin_object().end_array(), std::logic_error);            // the wrong end
  CHECK_THROWS_AS(JsonWriter().end_object(), std::logic_error);                          // nothing open
  CHECK_THROWS_AS(JsonWriter().begin_array().finish(), std::logic_error);                // not closed
  CHECK_THROWS_AS(JsonWriter().finish(), std::logic_error);                              // nothing written
  CHECK_THROWS_AS(JsonWriter().value(1).value(2), std::logic_error);                     // two top-level values
}

TEST_CASE("JsonWriter: finish() empties the writer for the next value") {
  JsonWriter w;
  CHECK(w.value(1).finish() == "1\n");
  CHECK(w.begin_array().end_array().finish() == "[]\n");
}
