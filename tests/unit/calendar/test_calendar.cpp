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
  CHECK(*calendar::today_from("1767225600", 0) == model::Date{2026, 1, 1});
  CHECK(*calendar::today_from("1767311999", 0) == model::Date{2026, 1, 1});
  CHECK(*calendar::today_from("0", 0) == model::Date{1970, 1, 1});
  for (const char* bad : {"", "-5", "12ab", "1.5", "+5", "9999999999999"}) {
    const auto t = calendar::today_from(bad, 0);
    CHECK_FALSE(t);
    CHECK(t.failure().message == std::string("SOURCE_DATE_EPOCH must be a number of seconds since 1970, found '") + bad + "'");
  }
  CHECK(calendar::today_from(nullptr, 1767225600 + 12 * 3600).ok());
}

TEST_CASE("clock times add minutes and wrap at midnight") {
  CHECK(*calendar::add_minutes("14:00", 120) == "16:00");
  CHECK(*calendar::add_minutes("09:05", 55) == "10:00");
  CHECK(*calendar::add_minutes("23:30", 45) == "00:15");
  CHECK_FALSE(calendar::add_minutes("24:00", 5));
  CHECK(*calendar::minutes_of_day("14:30") == 870);
  CHECK_FALSE(calendar::minutes_of_day("2:30"));
}

TEST_CASE("today must fall in the years 1900 to 2999: a SOURCE_DATE_EPOCH beyond is refused, saying what to set") {
  CHECK(*calendar::today_from("32503679999", 0) == model::Date{2999, 12, 31});
  const auto far = calendar::today_from("999999999999", 0);
  CHECK_FALSE(far);
  CHECK(far.failure().message ==
        "SOURCE_DATE_EPOCH=999999999999 gives the day 33658-09-27, outside the dates efc accepts (from 1900-01-01 to "
        "2999-12-31); set it to a number of seconds from 0 to 32503679999");
  CHECK_FALSE(calendar::today_from("32503680000", 0));
  const auto clock = calendar::today_from(nullptr, 32503680000 + 86400 * 400);
  CHECK_FALSE(clock);
  CHECK(clock.failure().message.find("the system clock gives the day 3001-") == 0);
}
