// queue/workdays: the performer's calendar, weekends and days off.
#include <doctest/doctest.h>

#include "format/scalars.hpp"
#include "queue/workdays.hpp"
#include "support/days.hpp"

using namespace efc;
using queue::Day;
using queue::WorkCalendar;

namespace {

using efc::testing::day;
using efc::testing::iso;

// 2025: Monday 21 April (Easter Monday) and Thursday 1 May are days off.
WorkCalendar french_2025() { return WorkCalendar({true, true, true, true, true, false, false}, {day("2025-04-21"), day("2025-05-01")}); }

model::Text word(const char* s) { return {s, {1, 1}, true}; }

}  // namespace

TEST_CASE("queue: day numbers and weekdays") {
  CHECK(queue::day_of({1970, 1, 1}) == 0);
  CHECK(iso(day("2025-03-04")) == "2025-03-04");
  CHECK(queue::weekday(day("2025-03-03")) == 0);  // Monday
  CHECK(queue::weekday(day("2025-03-09")) == 6);  // Sunday
  CHECK(queue::weekday(day("1969-12-31")) == 2);  // Wednesday, before day 0
  CHECK(queue::date_of(day("9999-12-31")).has_value());
  CHECK_FALSE(queue::date_of(day("9999-12-31") + 1).has_value());
}

TEST_CASE("queue: weekends are skipped, the first day counts") {
  const WorkCalendar cal = WorkCalendar::weekdays();
  CHECK(iso(cal.next_working_day(day("2025-03-08"))) == "2025-03-10");  // Saturday -> Monday
  CHECK(iso(cal.next_working_day(day("2025-03-04"))) == "2025-03-04");
  CHECK(iso(cal.nth_working_day(day("2025-03-04"), 1)) == "2025-03-04");
  CHECK(iso(cal.nth_working_day(day("2025-03-04"), 4)) == "2025-03-07");
  CHECK(iso(cal.nth_working_day(day("2025-03-04"), 5)) == "2025-03-10");
  CHECK(iso(cal.nth_working_day(day("2025-03-03"), 10)) == "2025-03-14");
}

TEST_CASE("queue: holidays on working days are skipped, those on weekends change nothing") {
  const WorkCalendar cal = french_2025();
  CHECK_FALSE(cal.is_working_day(day("2025-04-21")));
  CHECK(iso(cal.nth_working_day(day("2025-04-14"), 6)) == "2025-04-22");
  CHECK(iso(cal.nth_working_day(day("2025-04-23"), 7)) == "2025-05-02");
  CHECK(iso(cal.next_working_day(day("2025-04-19"))) == "2025-04-22");
  const WorkCalendar weekend_holiday({true, true, true, true, true, false, false}, {day("2025-03-08")});
  CHECK(iso(weekend_holiday.nth_working_day(day("2025-03-04"), 5)) == "2025-03-10");
  CHECK(weekend_holiday.working_days_between(day("2025-03-07"), day("2025-03-10")) == 1);
}

TEST_CASE("queue: working days between two dates") {
  const WorkCalendar cal = french_2025();
  CHECK(cal.working_days_between(day("2025-03-07"), day("2025-03-14")) == 5);
  CHECK(cal.working_days_between(day("2025-03-14"), day("2025-03-07")) == -5);
  CHECK(cal.working_days_between(day("2025-03-14"), day("2025-03-14")) == 0);
  CHECK(cal.working_days_between(day("2025-04-18"), day("2025-04-22")) == 1);  // Easter Monday off
  CHECK(cal.working_days_between(day("2025-03-06"), day("2025-03-08")) == 1);  // a Saturday counts nothing
}

TEST_CASE("queue: long efforts are computed without walking day by day, and agree with the count") {
  const WorkCalendar cal = french_2025();
  const Day first = day("2025-01-02");
  const Day end = cal.nth_working_day(first, 999999999);
  CHECK(cal.working_days_between(first, end) == 999999998);
  CHECK(cal.is_working_day(end));
  CHECK_FALSE(queue::date_of(end).has_value());  // about 3.8 million years ahead
}

TEST_CASE("queue: the calendar of a queue file") {
  model::QueueFile q;
  CHECK(WorkCalendar::of(q).is_working_day(day("2025-03-07")));   // default: Monday to Friday
  CHECK_FALSE(WorkCalendar::of(q).is_working_day(day("2025-03-08")));
  q.keys.entries.push_back({"working_days", {3, 1}});
  q.working_days = {word("sat"), word("sun")};
  CHECK(WorkCalendar::of(q).is_working_day(day("2025-03-08")));
  CHECK_FALSE(WorkCalendar::of(q).is_working_day(day("2025-03-07")));
  q.working_days.clear();  // working_days: []
  CHECK_FALSE(WorkCalendar::of(q).has_working_days());
}
