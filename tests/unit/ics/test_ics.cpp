#include <doctest/doctest.h>

#include "ics/ics.hpp"

using namespace efc;

namespace {

// The longest line of `text` in octets, CRLF excluded; false when a line ends without CR.
std::size_t longest_line(const std::string& text, bool& crlf_only) {
  std::size_t longest = 0, start = 0;
  crlf_only = true;
  while (start < text.size()) {
    const auto nl = text.find('\n', start);
    if (nl == 0 || text[nl - 1] != '\r') crlf_only = false;
    longest = std::max(longest, nl - 1 - start);
    start = nl + 1;
  }
  return longest;
}

std::string unfold(std::string s) {
  for (auto at = s.find("\r\n "); at != std::string::npos; at = s.find("\r\n ")) s.erase(at, 3);
  return s;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
  CHECK(ics::escape_text("a;b,c\\d") == "a\\;b\\,c\\\\d");
  CHECK(ics::escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  CHECK(ics::escape_text("tab\there\x01") == "tab here");
  CHECK(ics::escape_text("Séance : « bilan »") == "Séance : « bilan »");
}

TEST_CASE("lines fold at 75 octets with CRLF and a space, never inside a UTF-8 character") {
  CHECK(ics::fold_line("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string line = "DESCRIPTION:" + std::string(200, 'x');
  const std::string folded = ics::fold_line(line);
  bool crlf = false;
  CHECK(longest_line(folded, crlf) == 75);
  CHECK(crlf);
  CHECK(folded.substr(0, 77) == "DESCRIPTION:" + std::string(63, 'x') + "\r\n");
  CHECK(unfold(folded) == line + "\r\n");

  std::string accents = "DESCRIPTION:";
  for (int i = 0; i < 60; ++i) accents += "é";  // two octets each
  const std::string f = ics::fold_line(accents);
  CHECK(longest_line(f, crlf) <= 75);
  CHECK(unfold(f) == accents + "\r\n");
  std::size_t start = 0;
  while ((start = f.find("\r\n ", start)) != std::string::npos) {
    start += 3;
    if (start < f.size()) CHECK((static_cast<unsigned char>(f[start]) & 0xC0) != 0x80);
  }
}

TEST_CASE("an event gets floating DTSTART and DTEND, a date-only form without start, and a stable UID") {
  ics::Event e;
  e.uid = ics::session_uid("ch-rex", "chefs", 2);
  e.date = {2025, 3, 10};
  e.start = "14:00";
  e.minutes = 120;
  e.stamp = {2025, 3, 10};
  e.summary = "Séance 2, bilan; test";
  e.location = "Salle";
  e.description = "Ligne 1\nLigne 2";
  const std::string cal = ics::calendar({e}, "-//efc//efc agenda//EN");
  CHECK(cal ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//efc//efc agenda//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\nUID:ch-rex.chefs.2@efc\r\nDTSTAMP:20250310T000000Z\r\nDTSTART:20250310T140000\r\n"
        "DTEND:20250310T160000\r\nSUMMARY:Séance 2\\, bilan\\; test\r\nLOCATION:Salle\r\n"
        "DESCRIPTION:Ligne 1\\nLigne 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

  e.start = "23:00";
  CHECK(ics::calendar({e}, "x").find("DTEND:20250311T010000\r\n") != std::string::npos);
  e.start.reset();
  const std::string day = ics::calendar({e}, "x");
  CHECK(day.find("DTSTART;VALUE=DATE:20250310\r\nDTEND;VALUE=DATE:20250311\r\n") != std::string::npos);
}
