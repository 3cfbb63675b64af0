// yaml::check_encoding and the byte checks parse() runs first (rule bad-encoding).
#include <doctest/doctest.h>

#include <string>

#include "yaml/encoding.hpp"
#include "yaml/tree.hpp"

using efc::yaml::check_encoding;
using efc::yaml::parse;
using efc::yaml::position_of;
using efc::yaml::Problem;

namespace {

// Every problem as "line:col rule: message", one per line.
std::string describe(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) {
    out += std::to_string(p.pos.line) + ":" + std::to_string(p.pos.column) + " " + std::string(efc::diag::rule_id(p.rule)) +
           ": " + p.message + "\n";
  }
  return out;
}

// A string holding these exact bytes, NUL included.
template <std::size_t N>
std::string bytes(const char (&s)[N]) {
  return std::string(s, N - 1);
}

}  // namespace

TEST_CASE("encoding: clean UTF-8 with tabs, LF and CRLF line ends passes") {
  CHECK(describe(check_encoding("a: é\tà\nb: «x»\r\nc: 😀\n")) == "");
}

TEST_CASE("encoding: an invalid UTF-8 byte is positioned by characters before it") {
  CHECK(describe(check_encoding("a: ok\nété: \xC3\x28\n")) ==
        "2:6 bad-encoding: invalid UTF-8 byte 0xC3; save the file as UTF-8\n");
  // Latin-1 text, the usual mistake of an editor.
  CHECK(describe(check_encoding("title: caf\xE9\n")) == "1:11 bad-encoding: invalid UTF-8 byte 0xE9; save the file as UTF-8\n");
}

TEST_CASE("encoding: overlong forms, surrogates, out-of-range and truncated sequences are refused") {
  CHECK(describe(check_encoding("a: \xC0\xAF\n")) == "1:4 bad-encoding: invalid UTF-8 byte 0xC0; save the file as UTF-8\n");
  CHECK(describe(check_encoding("a: \xE0\x80\xAF\n")) == "1:4 bad-encoding: invalid UTF-8 byte 0xE0; save the file as UTF-8\n");
  CHECK(describe(check_encoding("a: \xED\xA0\x80\n")) == "1:4 bad-encoding: invalid UTF-8 byte 0xED; save the file as UTF-8\n");
  CHECK(describe(check_encoding("a: \xF4\x90\x80\x80\n")) == "1:4 bad-encoding: invalid UTF-8 byte 0xF4; save the file as UTF-8\n");
  CHECK(describe(check_encoding("a: \xE2\x82")) == "1:4 bad-encoding: invalid UTF-8 byte 0xE2; save the file as UTF-8\n");
  CHECK(describe(check_encoding("a: \x80\n")) == "1:4 bad-encoding: invalid UTF-8 byte 0x80; save the file as UTF-8\n");
}

TEST_CASE("encoding: a NUL byte is refused") {
  CHECK(describe(check_encoding(bytes("a: b\0c\n"))) == "1:5 bad-encoding: NUL byte in the file\n");
}

TEST_CASE("encoding: control bytes other than tab, LF and CR are refused") {
  CHECK(describe(check_encoding("a: b\n\x07: c\n")) == "2:1 bad-encoding: control character 0x07 in the file\n");
  CHECK(describe(check_encoding("a: \x1B[1m\n")) == "1:4 bad-encoding: control character 0x1B in the file\n");
  CHECK(describe(check_encoding("a: \x7F\n")) == "1:4 bad-encoding: control character 0x7F in the file\n");
  CHECK(describe(check_encoding("a: \x0C\n")) == "1:4 bad-encoding: control character 0x0C in the file\n");
}

TEST_CASE("encoding: a lone CR line end is refused, CRLF is not") {
  CHECK(describe(check_encoding("a: 1\rb: 2\n")) == "1:5 bad-encoding: lone CR line end; use LF or CRLF line ends\n");
  CHECK(describe(check_encoding("a: 1\r\nb: 2\r")) == "2:5 bad-encoding: lone CR line end; use LF or CRLF line ends\n");
  CHECK(describe(check_encoding("a: 1\r\nb: 2\r\n")) == "");
}

TEST_CASE("encoding: each kind of fault is reported once, at its first occurrence") {
  CHECK(describe(check_encoding(bytes("\xFF\n\0\n\x01\n\r\r"))) ==
        "1:1 bad-encoding: invalid UTF-8 byte 0xFF; save the file as UTF-8\n"
        "2:1 bad-encoding: NUL byte in the file\n"
        "4:1 bad-encoding: lone CR line end; use LF or CRLF line ends\n");
}

TEST_CASE("encoding: parse() checks the bytes first and builds no tree from a bad file") {
  const auto r = parse(bytes("a: 1\nb: \0\n"));
  CHECK(describe(r.problems) == "2:4 bad-encoding: NUL byte in the file\n");
  CHECK(r.document.root == nullptr);
}

TEST_CASE("encoding: a UTF-8 byte order mark is accepted and does not shift columns") {
  const auto r = parse("\xEF\xBB\xBFid: x\nnom: é\n");
  CHECK(r.problems.empty());
  REQUIRE(r.document.root != nullptr);
  const auto& first = r.document.root->entries.at(0);
  CHECK(first.key->text == "id");
  CHECK(first.key->pos.column == 1);
  CHECK(first.value->pos.column == 5);
  CHECK(r.document.root->find("nom")->text == "é");
}

TEST_CASE("encoding: position_of counts lines from 1 and characters, not bytes") {
  const std::string s = "ab\nçé: x\n";
  CHECK(position_of(s, 0).line == 1);
  CHECK(position_of(s, 0).column == 1);
  CHECK(position_of(s, 3).line == 2);
  CHECK(position_of(s, 3).column == 1);
  const auto x = position_of(s, s.find('x'));
  CHECK(x.line == 2);
  CHECK(x.column == 5);
  const auto end = position_of(s, 1000);
  CHECK(end.line == 3);
  CHECK(end.column == 1);
}
