// text::printable and text::excerpt: user text made safe for one diagnostic line.
#include <doctest/doctest.h>

#include "text/printable.hpp"

using efc::text::excerpt;
using efc::text::printable;

TEST_CASE("printable: line ends, tabs and other control bytes become escapes") {
  CHECK(printable("a\nb\r\nc\td") == "a\\nb\\r\\nc\\td");
  CHECK(printable(std::string("x\0y", 3)) == "x\\x00y");
  CHECK(printable("\x1B[31mred") == "\\x1B[31mred");
  CHECK(printable("del\x7F") == "del\\x7F");
}

TEST_CASE("printable: valid UTF-8 is kept, C1 controls and invalid bytes are escaped") {
  CHECK(printable("café «été» — 日本") == "café «été» — 日本");
  CHECK(printable("\xC2\x9B" "2J") == "\\u009B2J");
  CHECK(printable("\xC2\xA0") == "\xC2\xA0");  // no-break space is printable
  CHECK(printable("bad\xFF\xC3") == "bad\\xFF\\xC3");
  CHECK(printable("\xED\xA0\x80") == "\\xED\\xA0\\x80");  // a surrogate is not UTF-8
}

TEST_CASE("excerpt: cuts after a number of characters, not bytes, and says so") {
  CHECK(excerpt("short", 10) == "short");
  CHECK(excerpt("exactly10!", 10) == "exactly10!");
  CHECK(excerpt("eleven char", 10) == "eleven cha…");
  CHECK(excerpt("ééééé", 3) == "ééé…");
  CHECK(excerpt("", 0) == "");
}
