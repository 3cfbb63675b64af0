// Calendar arithmetic on model::Date and the notion of "today" that commands share.
#pragma once

#include <optional>
#include <string>

#include "diag/result.hpp"
#include "model/value.hpp"

namespace efc::calendar {

// Days since 1970-01-01 (negative before), proleptic Gregorian calendar.
long long days_from_civil(const model::Date& d);
// The date `days` days after 1970-01-01.
model::Date civil_from_days(long long days);
// `d` moved by `n` days (n may be negative).
model::Date add_days(const model::Date& d, long long n);

// Today's date: from SOURCE_DATE_EPOCH (seconds since 1970, read as UTC) when it is set,
// for reproducible output; else the local date of the machine. Refused (exit 3) when
// SOURCE_DATE_EPOCH is not a number of seconds, or the day is outside efc's date range.
diag::Result<model::Date> today();
// The same from an explicit SOURCE_DATE_EPOCH value (nullptr: unset) and clock (tests).
diag::Result<model::Date> today_from(const char* source_date_epoch, long long now_seconds);

// "HH:MM" plus `minutes`, on a 24-hour clock that wraps at midnight; nullopt if `hhmm` is not a time.
std::optional<std::string> add_minutes(const std::string& hhmm, long long minutes);
// Minutes since midnight of a valid "HH:MM".
std::optional<int> minutes_of_day(const std::string& hhmm);

}  // namespace efc::calendar
