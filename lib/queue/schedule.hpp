// The FIFO schedule: the performer works the requests in order, one effort-day per working
// day, from a start day (docs/arbitration.md states the convention).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "queue/workdays.hpp"

namespace efc::queue {

// A request as the schedule sees it.
struct Job {
  std::string id;
  std::string client;
  long long effort = 0;       // working days of work; 0 when none is written
  bool effort_known = true;   // false: effort_days was missing and is counted as 0
  std::optional<Day> promised;
};

// The finish day of each job worked in order from `start` (which need not be a working day):
// the first job starts on the first working day on or after `start`, each job takes its effort
// in working days and the next one starts on the following working day. A job of no effort
// is handed over on the day its turn comes, without using that day.
// nullopt when a finish falls after 9999-12-31. Requires cal.has_working_days().
std::optional<std::vector<Day>> finish_days(const WorkCalendar& cal, Day start, const std::vector<Job>& jobs);

// The requests of `queue` waiting on `date`, in queue order: entered on or before it and,
// when `done` is written, done on or after it (extension). `effort_days` counts whole.
std::vector<Job> waiting_at(const model::QueueFile& queue, const model::Date& date);

}  // namespace efc::queue
