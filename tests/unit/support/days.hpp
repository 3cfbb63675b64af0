// Days of the queue's calendar written as ISO dates, for tests that read like the files.
#pragma once

#include <string>

#include "format/scalars.hpp"
#include "queue/workdays.hpp"

namespace efc::testing {

// The day of a real ISO date ("2025-03-04"); the test's own literal, so it is valid.
inline queue::Day day(const char* iso_date) { return queue::day_of(*format::parse_date(iso_date)); }
inline std::string iso(queue::Day d) { return queue::date_of(d)->iso(); }

}  // namespace efc::testing
