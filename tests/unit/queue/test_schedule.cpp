// queue/schedule: the FIFO schedule and the requests waiting on a date.
#include <doctest/doctest.h>

#include "format/scalars.hpp"
#include "queue/schedule.hpp"
#include "support/days.hpp"

using namespace efc;
using queue::Day;
using queue::Job;
using queue::WorkCalendar;

namespace {

using efc::testing::day;

std::vector<std::string> isos(const std::vector<Day>& days) {
  std::vector<std::string> out;
  for (Day d : days) out.push_back(queue::date_of(d)->iso());
  return out;
}

Job known_job(const char* id, long long effort) { return {id, "", effort, true, std::nullopt}; }

model::DateValue date(const char* iso) { return {*format::parse_date(iso), {1, 1}, true}; }

model::QueueRequest request(const char* id, const char* entered, long long effort) {
  model::QueueRequest r;
  r.id = {id, {1, 1}, true};
  r.client = {"Client", {1, 1}, true};
  r.entered = date(entered);
  r.effort_days = {effort, {1, 1}, true};
  return r;
}

}  // namespace

TEST_CASE("queue: requests are worked in order from the start day, one effort-day per working day") {
  const auto f =
      queue::finish_days(WorkCalendar::weekdays(), day("2025-03-04"), {known_job("a", 4), known_job("b", 6), known_job("c", 3)});
  REQUIRE(f);
  CHECK(isos(*f) == std::vector<std::string>{"2025-03-07", "2025-03-17", "2025-03-20"});
}

TEST_CASE("queue: a start on a weekend waits for the next working day") {
  const auto f = queue::finish_days(WorkCalendar::weekdays(), day("2025-03-08"), {known_job("a", 1)});
  REQUIRE(f);
  CHECK(isos(*f) == std::vector<std::string>{"2025-03-10"});
}

TEST_CASE("queue: a request of no effort is handed over the day its turn comes, without using it") {
  const auto f = queue::finish_days(WorkCalendar::weekdays(), day("2025-03-03"),
                                    {known_job("a", 2), known_job("zero", 0), known_job("b", 1), known_job("last-zero", 0)});
  REQUIRE(f);
  CHECK(isos(*f) == std::vector<std::string>{"2025-03-04", "2025-03-05", "2025-03-05", "2025-03-06"});
  const auto alone = queue::finish_days(WorkCalendar::weekdays(), day("2025-03-08"), {known_job("zero", 0)});
  CHECK(isos(*alone) == std::vector<std::string>{"2025-03-10"});
}

TEST_CASE("queue: an empty queue has no finish") {
  const auto f = queue::finish_days(WorkCalendar::weekdays(), day("2025-03-04"), {});
  REQUIRE(f);
  CHECK(f->empty());
}

TEST_CASE("queue: a schedule beyond the year 9999 is refused, not wrapped") {
  CHECK_FALSE(
      queue::finish_days(WorkCalendar::weekdays(), day("2025-03-04"), {known_job("a", 999999999), known_job("b", 999999999)}));
}

TEST_CASE("queue: waiting on a date = entered on or before it, not done before it") {
  model::QueueFile q;
  q.requests = {request("old", "2025-02-01", 2), request("now", "2025-03-04", 3), request("later", "2025-03-05", 1),
                request("done-before", "2025-02-01", 1), request("done-that-day", "2025-02-01", 1)};
  q.requests[3].done = date("2025-03-03");
  q.requests[4].done = date("2025-03-04");
  q.requests[1].effort_days = {};  // missing effort: counted as 0, flagged
  const auto jobs = queue::waiting_at(q, *format::parse_date("2025-03-04"));
  REQUIRE(jobs.size() == 3);
  CHECK(jobs[0].id == "old");
  CHECK(jobs[1].id == "now");
  CHECK(jobs[1].effort == 0);
  CHECK_FALSE(jobs[1].effort_known);
  CHECK(jobs[2].id == "done-that-day");
}
