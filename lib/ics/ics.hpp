// iCalendar (RFC 5545) writing: CRLF line ends, lines folded at 75 octets, TEXT escaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.hpp"

namespace efc::ics {

// One meeting. Times are "floating" (local to whoever reads the calendar, no time zone):
// a session happens at 14:00 where it takes place.
struct Event {
  std::string uid;
  model::Date date;
  std::optional<std::string> start;  // "HH:MM"; without it the event is a whole day
  long long minutes = 0;             // length; the end may fall on the next day
  model::Date stamp;                 // DTSTAMP, written as midnight UTC of that day
  std::string summary, description, location;
};

// A TEXT value escaped: backslash, ';' and ',' backslashed, line breaks as "\n", other control
// characters dropped.
std::string escape_text(std::string_view s);

// One content line ("NAME:value", no line end) folded: CRLF + space before the 76th octet,
// never inside a UTF-8 sequence; ends with CRLF.
std::string fold_line(std::string_view line);

// "DOSSIER.DEVICE.N@efc": the same session always gets the same UID.
std::string session_uid(std::string_view dossier, std::string_view device, long long number);

// A VCALENDAR holding `events`, with PRODID `prodid`.
std::string calendar(const std::vector<Event>& events, std::string_view prodid);

}  // namespace efc::ics
