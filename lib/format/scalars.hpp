// The scalar conventions of FORMAT.md, strict: no YAML 1.1 guessing.
#pragma once

#include <optional>
#include <string_view>

#include "model/value.hpp"

namespace efc::format {

// [a-z0-9][a-z0-9-]{0,63}: safe in file names, never sanitised.
bool is_valid_id(std::string_view s);

// YYYY-MM-DD naming a real calendar day.
std::optional<model::Date> parse_date(std::string_view s);

// HH:MM on a 24-hour clock.
bool is_valid_time(std::string_view s);

enum class IntegerError { None, NotANumber, LeadingZero, TooLarge };

// A plain decimal integer without sign or leading zero, at most 9 digits.
IntegerError parse_integer(std::string_view s, long long& out);

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace efc::format
