#include "format/scalars.hpp"
#include "text/i18n.hpp"

#include <algorithm>
#include <chrono>

namespace efc::format {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  const auto id_char = [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; };
  return s.front() != '-' && std::all_of(s.begin(), s.end(), id_char);
}

std::optional<model::Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  const model::Date date{to_int(y), to_int(m), to_int(d)};
  if (date.year < 1) return std::nullopt;
  const std::chrono::year_month_day civil{std::chrono::year{date.year}, std::chrono::month{static_cast<unsigned>(date.month)},
                                          std::chrono::day{static_cast<unsigned>(date.day)}};
  if (!civil.ok()) return std::nullopt;  // the month, and the day in that month and year
  return date;
}

bool in_date_range(const model::Date& d) { return d.year >= kFirstYear && d.year <= kLastYear; }

std::string date_range_text() { return text::trf("from {}-01-01 to {}-12-31", kFirstYear, kLastYear); }

bool is_valid_time(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return false;
  const auto h = s.substr(0, 2), m = s.substr(3, 2);
  return all_digits(h) && all_digits(m) && to_int(h) < 24 && to_int(m) < 60;
}

std::optional<std::string> normalize_time(std::string_view s) {
  const std::string padded = s.size() == 4 ? "0" + std::string(s) : std::string(s);
  if (!is_valid_time(padded)) return std::nullopt;
  return padded;
}

IntegerError parse_integer(std::string_view s, long long& out) {
  if (!all_digits(s)) return IntegerError::NotANumber;
  if (s.size() > 1 && s.front() == '0') return IntegerError::LeadingZero;
  if (s.size() > 9) return IntegerError::TooLarge;
  out = 0;
  for (char c : s) out = out * 10 + (c - '0');
  return IntegerError::None;
}

}  // namespace efc::format
