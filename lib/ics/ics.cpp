#include "ics/ics.hpp"

#include <fmt/format.h>

#include "calendar/calendar.hpp"

namespace efc::ics {
namespace {

constexpr std::size_t kMaxOctets = 75;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string basic_date(const model::Date& d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); }

std::string date_time(const model::Date& d, int minutes_of_day) {
  return fmt::format("{}T{:02}{:02}00", basic_date(d), minutes_of_day / 60, minutes_of_day % 60);
}

void add_line(std::string& out, std::string_view line) { out += fold_line(line); }

void add_times(std::string& out, const Event& e) {
  const auto start = e.start ? calendar::minutes_of_day(*e.start) : std::nullopt;
  if (!start) {
    add_line(out, "DTSTART;VALUE=DATE:" + basic_date(e.date));
    add_line(out, "DTEND;VALUE=DATE:" + basic_date(calendar::add_days(e.date, 1)));
    return;
  }
  const long long end = *start + e.minutes;
  add_line(out, "DTSTART:" + date_time(e.date, *start));
  add_line(out, "DTEND:" + date_time(calendar::add_days(e.date, end / 1440), static_cast<int>(end % 1440)));
}

void add_event(std::string& out, const Event& e) {
  add_line(out, "BEGIN:VEVENT");
  add_line(out, "UID:" + escape_text(e.uid));
  add_line(out, "DTSTAMP:" + basic_date(e.stamp) + "T000000Z");
  add_times(out, e);
  add_line(out, "SUMMARY:" + escape_text(e.summary));
  if (!e.location.empty()) add_line(out, "LOCATION:" + escape_text(e.location));
  if (!e.description.empty()) add_line(out, "DESCRIPTION:" + escape_text(e.description));
  add_line(out, "END:VEVENT");
}

}  // namespace

std::string escape_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      if (c == '\t') out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string fold_line(std::string_view line) {
  std::string out;
  std::size_t budget = kMaxOctets;  // the first line has 75 octets; later ones 74 after the space
  while (line.size() > budget) {
    std::size_t cut = budget;
    while (cut > 0 && is_continuation(static_cast<unsigned char>(line[cut]))) --cut;
    if (cut == 0) cut = budget;  // not UTF-8 at all: cut at the octet limit rather than loop
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    budget = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string session_uid(std::string_view dossier, std::string_view device, long long number) {
  return fmt::format("{}.{}.{}@efc", dossier, device, number);
}

std::string calendar(const std::vector<Event>& events, std::string_view prodid) {
  std::string out;
  add_line(out, "BEGIN:VCALENDAR");
  add_line(out, "VERSION:2.0");
  add_line(out, "PRODID:" + std::string(prodid));
  add_line(out, "CALSCALE:GREGORIAN");
  add_line(out, "METHOD:PUBLISH");
  for (const auto& e : events) add_event(out, e);
  add_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace efc::ics
