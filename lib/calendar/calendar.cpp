#include "calendar/calendar.hpp"

#include <charconv>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "format/scalars.hpp"
#include "text/i18n.hpp"

namespace efc::calendar {

// Howard Hinnant's days_from_civil / civil_from_days, by hand rather than with std::chrono's
// year_month_day: SOURCE_DATE_EPOCH may name a day beyond the years std::chrono::year holds
// (up to 32767), and the refusal still shows that day.
long long days_from_civil(const model::Date& d) {
  const long long y = d.month <= 2 ? d.year - 1 : d.year;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long mp = (d.month + 9) % 12;
  const long long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

model::Date civil_from_days(long long days) {
  const long long z = days + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), month, day};
}

model::Date add_days(const model::Date& d, long long n) { return civil_from_days(days_from_civil(d) + n); }

namespace {

// The last second of the date range of format::in_date_range, since 1970.
long long last_second() { return days_from_civil({format::kLastYear + 1, 1, 1}) * 86400 - 1; }

// `date`, or an error when it falls outside the date range: files written on that day would be refused.
diag::Result<model::Date> in_range(const model::Date& date, std::string_view source) {
  if (format::in_date_range(date)) return date;
  return diag::refused(
      source == "the system clock"
          ? text::trf(
                "the system clock gives the day {}, outside the dates efc accepts ({}); set the clock, or SOURCE_DATE_EPOCH",
                date.iso(), format::date_range_text())
          : text::trf("{} gives the day {}, outside the dates efc accepts ({}); set it to a number of seconds from 0 to {}",
                      source, date.iso(), format::date_range_text(), last_second()));
}

}  // namespace

diag::Result<model::Date> today_from(const char* source_date_epoch, long long now_seconds) {
  if (source_date_epoch == nullptr) {
    const auto now = static_cast<std::time_t>(now_seconds);
    std::tm local{};
    if (::localtime_r(&now, &local) == nullptr) return in_range(civil_from_days(now_seconds / 86400), "the system clock");
    return in_range(model::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}, "the system clock");
  }
  const std::string_view s = source_date_epoch;
  long long seconds = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), seconds);
  if (s.empty() || s.size() > 12 || ec != std::errc{} || end != s.data() + s.size() || s.front() == '-') {
    return diag::refused(text::trf("SOURCE_DATE_EPOCH must be a number of seconds since 1970, found '{}'", s));
  }
  return in_range(civil_from_days(seconds / 86400), fmt::format("SOURCE_DATE_EPOCH={}", s));
}

diag::Result<model::Date> today() {
  return today_from(std::getenv("SOURCE_DATE_EPOCH"), static_cast<long long>(std::time(nullptr)));
}

std::optional<int> minutes_of_day(const std::string& hhmm) {
  if (!format::is_valid_time(hhmm)) return std::nullopt;
  return ((hhmm[0] - '0') * 10 + (hhmm[1] - '0')) * 60 + (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
}

std::optional<std::string> add_minutes(const std::string& hhmm, long long minutes) {
  const auto start = minutes_of_day(hhmm);
  if (!start) return std::nullopt;
  const long long total = ((*start + minutes) % 1440 + 1440) % 1440;
  return fmt::format("{:02}:{:02}", total / 60, total % 60);
}

}  // namespace efc::calendar
