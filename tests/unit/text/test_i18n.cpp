// text/i18n: messages through gettext; lib/ alone (no use_user_language) speaks the msgids.
#include <doctest/doctest.h>

#include "text/i18n.hpp"

using namespace efc::text;

TEST_CASE("tr: without use_user_language, the msgid itself") {
  const char* msgid = "the decision has no rationale";
  CHECK_FALSE(translating());
  CHECK(tr(msgid) == msgid);
}

TEST_CASE("trf: the English format string, formatted") {
  CHECK(trf("party '{}' has no stakes", "acme") == "party 'acme' has no stakes");
  CHECK(trf("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8", 0xe9) == "invalid UTF-8 byte 0xE9; save the file as UTF-8");
}

TEST_CASE("ntrf: English plural forms, 0 plural and 1 singular") {
  CHECK(ntrf("{} error", "{} errors", 0, 0) == "0 errors");
  CHECK(ntrf("{} error", "{} errors", 1, 1) == "1 error");
  CHECK(ntrf("{} error", "{} errors", 2, 2) == "2 errors");
}

TEST_CASE("format_translated: a translation that does not fit its arguments falls back to the msgid") {
  const char* msgid = "session {} has {} stories";
  CHECK(format_translated(msgid, "la séance {0} compte {1} récits", fmt::make_format_args(2, 3)) ==
        "la séance 2 compte 3 récits");
  CHECK(format_translated(msgid, "la séance {} compte {} récits {}", fmt::make_format_args(2, 3)) == "session 2 has 3 stories");
  CHECK(format_translated(msgid, "la séance {x}", fmt::make_format_args(2, 3)) == "session 2 has 3 stories");
}

TEST_CASE("mark: the msgid, for tables translated later") {
  constexpr const char* stored = mark("done");
  CHECK(std::string(stored) == "done");
}
