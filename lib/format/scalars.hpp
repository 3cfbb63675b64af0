// The scalar conventions of FORMAT.md, strict: no YAML 1.1 guessing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/value.hpp"

namespace efc::format {

// [a-z0-9][a-z0-9-]{0,63}: safe in file names, never sanitised.
bool is_valid_id(std::string_view s);

// YYYY-MM-DD naming a real calendar day (any year from 0001; see in_date_range).
std::optional<model::Date> parse_date(std::string_view s);

// The years a dossier's dates and today's date may fall in (docs/limits.md): far beyond any
// session, and every date efc computes from them (an iCalendar end) keeps four digits.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2999;
bool in_date_range(const model::Date& d);
// "from 1900-01-01 to 2999-12-31", for messages.
std::string date_range_text();

// The largest session number: session files are NN.yaml with 2 to 4 digits.
constexpr long long kMaxSessionNumber = 9999;

// HH:MM on a 24-hour clock.
bool is_valid_time(std::string_view s);

// A time as people write it, H:MM or HH:MM on 24 hours, as HH:MM ("9:00" -> "09:00");
// nullopt for anything else ("9h", "9:0", "24:00").
std::optional<std::string> normalize_time(std::string_view s);

enum class IntegerError { None, NotANumber, LeadingZero, TooLarge };

// A plain decimal integer without sign or leading zero, at most 9 digits.
IntegerError parse_integer(std::string_view s, long long& out);

}  // namespace efc::format
