// format/scalars: ids, dates, times and integers of FORMAT.md, strictly.
#include <doctest/doctest.h>

#include <string>

#include "format/scalars.hpp"

using namespace efc::format;

namespace {

std::string date_of(std::string_view s) {
  const auto d = parse_date(s);
  return d ? d->iso() : "refused";
}

}  // namespace

TEST_CASE("scalars: ids are a letter or digit, then up to 63 letters, digits or dashes") {
  CHECK(is_valid_id("a"));
  CHECK(is_valid_id("2025-007"));
  CHECK(is_valid_id("chefs-de-service"));
  CHECK(is_valid_id("a-"));
  CHECK(is_valid_id(std::string(64, 'x')));
  CHECK_FALSE(is_valid_id(std::string(65, 'x')));
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("-a"));
  CHECK_FALSE(is_valid_id("Dupont"));
  CHECK_FALSE(is_valid_id("r_101"));
  CHECK_FALSE(is_valid_id("a b"));
  CHECK_FALSE(is_valid_id("a.yaml"));
  CHECK_FALSE(is_valid_id("../x"));
  CHECK_FALSE(is_valid_id("équipe"));
}

TEST_CASE("scalars: dates are YYYY-MM-DD naming a real day") {
  CHECK(date_of("2025-01-31") == "2025-01-31");
  CHECK(date_of("2025-12-31") == "2025-12-31");
  CHECK(date_of("2025-04-30") == "2025-04-30");
  CHECK(date_of("2025-04-31") == "refused");
  CHECK(date_of("2025-02-30") == "refused");
  CHECK(date_of("2025-13-01") == "refused");
  CHECK(date_of("2025-00-10") == "refused");
  CHECK(date_of("2025-01-00") == "refused");
  CHECK(date_of("0000-01-01") == "refused");
}

TEST_CASE("scalars: February 29 exists in leap years only") {
  CHECK(date_of("2024-02-29") == "2024-02-29");
  CHECK(date_of("2025-02-29") == "refused");
  CHECK(date_of("2000-02-29") == "2000-02-29");  // divisible by 400
  CHECK(date_of("1900-02-29") == "refused");     // divisible by 100 only
  CHECK(date_of("2100-02-29") == "refused");
  CHECK(date_of("2023-11-30") == "2023-11-30");
  CHECK(date_of("2023-11-31") == "refused");
  CHECK(date_of("2023-12-31") == "2023-12-31");
}

TEST_CASE("scalars: dates in other forms are refused, not guessed") {
  CHECK(date_of("2025-1-05") == "refused");
  CHECK(date_of("2025/01/05") == "refused");
  CHECK(date_of("05-01-2025") == "refused");
  CHECK(date_of("2025-01-05T10:00") == "refused");
  CHECK(date_of(" 2025-01-05") == "refused");
  CHECK(date_of("2025-0a-05") == "refused");
  CHECK(date_of("+025-01-05") == "refused");
  CHECK(date_of("") == "refused");
}

TEST_CASE("scalars: times are HH:MM on a 24-hour clock") {
  CHECK(is_valid_time("00:00"));
  CHECK(is_valid_time("09:05"));
  CHECK(is_valid_time("23:59"));
  CHECK_FALSE(is_valid_time("24:00"));
  CHECK_FALSE(is_valid_time("12:60"));
  CHECK_FALSE(is_valid_time("9:00"));
  CHECK_FALSE(is_valid_time("09:00:00"));
  CHECK_FALSE(is_valid_time("09h00"));
  CHECK_FALSE(is_valid_time("2pm"));
  CHECK_FALSE(is_valid_time(""));
}

TEST_CASE("scalars: integers are plain decimals, and 017 is refused, not read as 15 or 17") {
  long long v = -1;
  CHECK(parse_integer("017", v) == IntegerError::LeadingZero);
  CHECK(v == -1);
  CHECK(parse_integer("00", v) == IntegerError::LeadingZero);
  CHECK(parse_integer("0", v) == IntegerError::None);
  CHECK(v == 0);
  CHECK(parse_integer("120", v) == IntegerError::None);
  CHECK(v == 120);
  CHECK(parse_integer("999999999", v) == IntegerError::None);
  CHECK(v == 999999999);
  CHECK(parse_integer("1000000000", v) == IntegerError::TooLarge);
}

TEST_CASE("scalars: signs, bases, exponents and separators are not integers") {
  long long v = 0;
  for (const char* s : {"-1", "+1", "0x1F", "0o17", "1e3", "1_000", "1,5", "1.0", "12 ", "", "٣"}) {
    CAPTURE(s);
    CHECK(parse_integer(s, v) == IntegerError::NotANumber);
  }
}

TEST_CASE("scalars: dates are limited to the years 1900 to 2999, so every date efc writes has four digits") {
  CHECK(in_date_range(*parse_date("1900-01-01")));
  CHECK(in_date_range(*parse_date("2999-12-31")));
  CHECK_FALSE(in_date_range(*parse_date("1899-12-31")));
  CHECK_FALSE(in_date_range(*parse_date("3000-01-01")));
  CHECK_FALSE(in_date_range(*parse_date("9999-12-31")));
  CHECK(date_range_text() == "from 1900-01-01 to 2999-12-31");
}

TEST_CASE("normalize_time: 9:00 is read as 09:00, anything else stays refused (issue 14)") {
  using efc::format::normalize_time;
  CHECK(normalize_time("9:00") == "09:00");
  CHECK(normalize_time("09:00") == "09:00");
  CHECK(normalize_time("23:59") == "23:59");
  CHECK_FALSE(normalize_time("9h00"));
  CHECK_FALSE(normalize_time("9:0"));
  CHECK_FALSE(normalize_time("24:00"));
  CHECK_FALSE(normalize_time(" 9:00"));
  CHECK_FALSE(normalize_time(""));
}
