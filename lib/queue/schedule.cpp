#include "queue/schedule.hpp"

namespace efc::queue {

std::optional<std::vector<Day>> finish_days(const WorkCalendar& cal, Day start, const std::vector<Job>& jobs) {
  std::vector<Day> finishes;
  finishes.reserve(jobs.size());
  Day free_from = start;  // the first day the performer is free
  for (const Job& job : jobs) {
    const Day first = cal.next_working_day(free_from);
    const Day finish = job.effort > 0 ? cal.nth_working_day(first, job.effort) : first;
    if (!date_of(finish)) return std::nullopt;
    finishes.push_back(finish);
    if (job.effort > 0) free_from = finish + 1;
  }
  return finishes;
}

std::vector<Job> waiting_at(const model::QueueFile& queue, const model::Date& date) {
  std::vector<Job> jobs;
  for (const auto& r : queue.requests) {
    if (!r.entered || *r.entered > date) continue;
    if (r.done && *r.done < date) continue;
    Job job{r.id ? *r.id : std::string(), r.client ? *r.client : std::string(), 0, r.effort_days.present, std::nullopt};
    if (r.effort_days) job.effort = *r.effort_days;
    if (r.promised) job.promised = day_of(*r.promised);
    jobs.push_back(std::move(job));
  }
  return jobs;
}

}  // namespace efc::queue
