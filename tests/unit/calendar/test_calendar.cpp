#include <doctest/doctest.h>

#include "calendar/calendar.hpp"

using namespace efc;

TEST_CASE("days and dates convert both ways across months, leap days and the epoch") {
  CHECK(calendar::days_from_civil({1970, 1, 1}) == 0);
  CHECK(calendar::days_from_civil({1969, 12, 31}) == -1);
  CHECK(calendar::days_from_civil({2026, 1, 1}) == 20454);
  CHECK(calendar::civil_from_days(20454) == model::Date{2026, 1, 1});
  CHECK(calendar::add_days({2024, 2, 28}, 1) == model::Date{2024, 2, 29});
  CHECK(calendar::add_days({2025, 2, 28}, 1) == model::Date{2025, 3, 1});
  CHECK(calendar::add_days({2025, 12, 31}, 1) == model::Date{2026, 1, 1});
  CHECK(calendar::add_days({2025, 3, 1}, -1) == model::Date{2025, 2, 28});
  for (long long d = -800; d < 800; d += 7) CHECK(calendar::days_from_civil(calendar::civil_from_days(d)) == d);
}

TEST_CASE("today comes from SOURCE_DATE_EPOCH read as UTC, and a malformed value is refused") {
  CHECK(*calendar::today_from("1767225600", 0).date == model::Date{2026, 1, 1});
  CHECK(*calendar::today_from("1767311999", 0).date == model::Date{2026, 1, 1});
  CHECK(*calendar::today_from("0", 0).date == model::Date{1970, 1, 1});
  for (const char* bad : {"", "-5", "12ab", "1.5", "+5", "9999999999999"}) {
    const auto t = calendar::today_from(bad, 0);
    CHECK_FALSE(t.date);
    CHECK(t.error == std::string("SOURCE_DATE_EPOCH must be a number of seconds since 1970, found '") + bad + "'");
  }
  CHECK(calendar::today_from(nullptr, 1767225600 + 12 * 3600).date.has_value());
}

TEST_CASE("clock times add minutes and wrap at midnight") {
  CHECK(*calendar::add_minutes("14:00", 120) == "16:00");
  CHECK(*calendar::add_minutes("09:05", 55) == "10:00");
  CHECK(*calendar::add_minutes("23:30", 45) == "00:15");
  CHECK_FALSE(calendar::add_minutes("24:00", 5));
  CHECK(*calendar::minutes_of_day("14:30") == 870);
  CHECK_FALSE(calendar::minutes_of_day("2:30"));
}
