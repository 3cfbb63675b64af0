// yaml::check_flow_collections: flow collections refused before yaml-cpp reads them ahead.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "yaml/flow_guard.hpp"
#include "yaml/tree.hpp"

using efc::yaml::check_flow_collections;
using efc::yaml::Limits;

namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// "line:col rule: message" of the guard's problem, or "none".
std::string guard(const std::string& yaml, const Limits& limits = {}) {
  const auto p = check_flow_collections(yaml, limits);
  if (!p) return "none";
  return std::to_string(p->pos.line) + ":" + std::to_string(p->pos.column) + " " + std::string(efc::diag::rule_id(p->rule)) +
         ": " + p->message;
}

}  // namespace

TEST_CASE("flow guard: 4 MiB of opening brackets are refused at the 65th, without parsing") {
  const std::string yaml = "q: " + repeat("[", (4u << 20) - 8);
  const auto start = std::chrono::steady_clock::now();
  CHECK(guard(yaml) == "1:68 too-deep: nesting deeper than 64 levels");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
  const auto parsed = efc::yaml::parse(yaml);
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0].message == "nesting deeper than 64 levels");
  CHECK(parsed.document.root == nullptr);
}

TEST_CASE("flow guard: openers on separate lines, after '- ', anchors and tags count too") {
  CHECK(guard(repeat("[\n", 300)) == "65:1 too-deep: nesting deeper than 64 levels");
  CHECK(guard("- " + repeat("{a: ", 300)) == "1:259 too-deep: nesting deeper than 64 levels");
  CHECK(guard("a: &x !!seq " + repeat("[ ", 300)) == "1:141 too-deep: nesting deeper than 64 levels");
}

TEST_CASE("flow guard: nesting the tree builder can judge is left to it") {
  CHECK(guard(repeat("[", 256) + repeat("]", 256)) == "none");
  CHECK(guard(repeat("[", 257)) == "1:65 too-deep: nesting deeper than 64 levels");
}

TEST_CASE("flow guard: one flow collection of more than 200,000 values is refused at its opener") {
  CHECK(guard("a: 1\nq: [" + repeat("x, ", 200'000) + "x]\n") ==
        "2:4 too-deep: more than 200000 values in this '[' collection; the file is too large");
  CHECK(guard("q: {" + repeat("k: v, ", 200'001)) ==
        "1:4 too-deep: more than 200000 values in this '{' collection; the file is too large");
  CHECK(guard("q: [" + repeat("x, ", 199'998) + "x]\n") == "none");
}

TEST_CASE("flow guard: values are counted per outermost collection, not per file") {
  CHECK(guard(repeat("- [" + repeat("x, ", 999) + "x]\n", 300)) == "none");
}

TEST_CASE("flow guard: brackets in quotes, comments, block texts and plain texts do not count") {
  const std::string many = repeat("[{", 300);
  CHECK(guard("a: \"" + many + "\"\n") == "none");
  CHECK(guard("a: \"esc \\\" " + many + "\"\n") == "none");
  CHECK(guard("a: 'it''s " + many + "'\n") == "none");
  CHECK(guard("a: 'two\n  lines " + many + "'\n") == "none");
  CHECK(guard("a: x # " + many + "\n") == "none");
  CHECK(guard("# " + many + "\n") == "none");
  CHECK(guard("a: |\n  " + many + "\n\n  " + many + "\nb: 1\n") == "none");
  CHECK(guard("- >-\n    " + many + "\n- x\n") == "none");
  CHECK(guard("a: see " + many + "\n") == "none");
  CHECK(guard("a: l'équipe " + many + "\n") == "none");
  CHECK(guard(repeat("a: x [\n", 300)) == "none");
}

TEST_CASE("flow guard: a block text ends where its indentation does") {
  CHECK(guard("a: |\n  text\nb: " + repeat("[", 300)) == "3:68 too-deep: nesting deeper than 64 levels");
}
