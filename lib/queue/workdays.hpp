// The performer's working days: a weekly pattern (working_days:) and days off (holidays:).
// Dates are handled as day numbers (days since 1970-01-01) so that long queues cost no loop
// over days; every function is pure.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "model/arbitration.hpp"

namespace efc::queue {

using Day = long long;  // days since 1970-01-01, proleptic Gregorian calendar

Day day_of(const model::Date& d);
// The date of a day number; nullopt beyond 9999-12-31 or before 0001-01-01 (dates print as YYYY).
std::optional<model::Date> date_of(Day day);
// 0 = Monday ... 6 = Sunday.
int weekday(Day day);

class WorkCalendar {
 public:
  // `weekly[0]` is Monday ... `weekly[6]` Sunday; `days_off` need not be sorted.
  WorkCalendar(std::array<bool, 7> weekly, const std::vector<Day>& days_off);
  // Monday to Friday, no day off.
  static WorkCalendar weekdays();
  // The calendar of a queue file: its working_days (Monday to Friday when absent) and holidays.
  static WorkCalendar of(const model::QueueFile& queue);

  // False when no weekday is worked: nothing can ever be scheduled.
  bool has_working_days() const { return per_week_ > 0; }
  bool is_working_day(Day day) const;
  // The first working day on or after `day`. Requires has_working_days().
  Day next_working_day(Day day) const;
  // The `n`-th working day counting from `first` (itself a working day) as the 1st; n >= 1.
  // Requires has_working_days().
  Day nth_working_day(Day first, long long n) const;
  // Working days in (from, to]: how far `to` is after `from`; negative when `to` is before.
  long long working_days_between(Day from, Day to) const;

 private:
  long long weekly_count(Day from, Day to) const;   // weekly working days in [from, to)
  long long days_off_in(Day from, Day to) const;    // days off that fall on weekly working days, in [from, to)

  std::array<bool, 7> weekly_;
  int per_week_ = 0;
  std::vector<Day> days_off_;  // sorted, unique, only those on weekly working days
};

}  // namespace efc::queue
