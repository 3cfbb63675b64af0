#include "queue/impact.hpp"
#include "text/i18n.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace efc::queue {
namespace {

std::vector<Job> with_urgent_at(std::vector<Job> others, std::size_t slot, const Job& urgent) {
  others.insert(others.begin() + static_cast<std::ptrdiff_t>(slot), urgent);
  return others;
}

// The finishes of the others and of the urgent request when it is worked at `slot`.
struct Plan {
  std::vector<Day> others;
  Day urgent = 0;
};

std::optional<Plan> plan(const WorkCalendar& cal, Day date, const std::vector<Job>& others, std::size_t slot,
                         const Job& urgent) {
  auto finishes = finish_days(cal, date, with_urgent_at(others, slot, urgent));
  if (!finishes) return std::nullopt;
  Plan p;
  p.urgent = (*finishes)[slot];
  finishes->erase(finishes->begin() + static_cast<std::ptrdiff_t>(slot));
  p.others = std::move(*finishes);
  return p;
}

Slip slip_of(const WorkCalendar& cal, const Job& job, Day before, Day after) {
  Slip s{job.id, job.client, before, after, cal.working_days_between(before, after), job.promised, false, false,
         job.effort_known};
  if (job.promised) {
    s.missed_anyway = before > *job.promised;
    s.newly_missed = !s.missed_anyway && after > *job.promised;
  }
  return s;
}

// The urgent request's effort: the arbitration's, else that of the queue request its `ref:`
// names, whether or not that request waits on the arbitration's date. nullopt: neither is written.
std::optional<long long> urgent_effort(const model::Dossier& d, const model::Request& r) {
  if (r.effort_days) return *r.effort_days;
  const model::QueueRequest* queued = r.ref ? d.request(*r.ref) : nullptr;
  if (queued != nullptr && queued->effort_days) return *queued->effort_days;
  return std::nullopt;
}

}  // namespace

std::optional<Impact> compute_impact(const WorkCalendar& cal, Day date, const std::vector<Job>& others,
                                     std::size_t position, const Job& urgent, std::optional<Day> requested_deadline) {
  position = std::min(position, others.size());
  const auto as_is = plan(cal, date, others, position, urgent);
  const auto first = plan(cal, date, others, 0, urgent);
  if (!as_is || !first) return std::nullopt;

  Impact impact;
  impact.start = cal.next_working_day(date);
  impact.position = position;
  impact.effort = urgent.effort;
  impact.finish_as_is = as_is->urgent;
  impact.finish_first = first->urgent;
  impact.requested_deadline = requested_deadline;
  if (requested_deadline) impact.requested_deadline_met = first->urgent <= *requested_deadline;
  std::size_t safe_slot = 0;  // right after the last request whose promise the put-first plan breaks
  for (std::size_t i = 0; i < others.size(); ++i) {
    impact.slips.push_back(slip_of(cal, others[i], as_is->others[i], first->others[i]));
    if (impact.slips.back().newly_missed) safe_slot = i + 1;
  }
  // Slotted at k, the urgent request delays the others from k up to its own place exactly as
  // when it goes first, and no one else: the earliest safe slot follows the last broken promise.
  const auto safe = plan(cal, date, others, safe_slot, urgent);
  if (!safe) return std::nullopt;
  impact.safe_deadline = safe->urgent;
  if (safe_slot > 0) impact.safe_after = others[safe_slot - 1].id;
  return impact;
}

ImpactResult impact_of(const model::Dossier& d, const model::ArbitrationFile& a) {
  const std::string id = a.id ? *a.id : a.file_id;
  if (!a.kind || *a.kind != "urgent-request" || !a.request) {
    return {std::nullopt, text::trf("arbitration {} is a shared-stake arbitration: impact applies to urgent "
                                    "requests, which ask to jump the performer's queue",
                                    id)};
  }
  if (!d.queue) return {std::nullopt, text::tr("the dossier has no arbitrations/queue.yaml: impact needs the performer's queue")};
  if (!a.date) return {std::nullopt, text::trf("arbitration {} has no date", id)};
  const WorkCalendar cal = WorkCalendar::of(*d.queue);
  if (!cal.has_working_days()) {
    return {std::nullopt, text::tr("arbitrations/queue.yaml names no working day: nothing can be scheduled")};
  }
  const model::Request& r = *a.request;
  std::vector<Job> others = waiting_at(*d.queue, *a.date);
  const auto mine = std::find_if(others.begin(), others.end(), [&](const Job& j) { return r.ref && j.id == *r.ref; });
  const bool in_queue = mine != others.end();
  Job urgent{r.ref ? *r.ref : std::string(), r.client ? *r.client : std::string(), 0, false, std::nullopt};
  if (const auto effort = urgent_effort(d, r)) urgent = {urgent.id, urgent.client, *effort, true, std::nullopt};
  if (!urgent.effort_known) {
    return {std::nullopt, text::trf("the request of arbitration {} has no effort_days: write the performer's days "
                                    "of work in it (or in its queue request) to see its impact",
                                    id)};
  }
  const std::size_t position = in_queue ? static_cast<std::size_t>(mine - others.begin()) : others.size();
  if (in_queue) others.erase(mine);
  const auto deadline = r.requested_deadline ? std::optional<Day>(day_of(*r.requested_deadline)) : std::nullopt;
  auto impact = compute_impact(cal, day_of(*a.date), others, position, urgent, deadline);
  if (!impact) return {std::nullopt, text::tr("the queue reaches beyond the year 9999: check its effort_days")};
  impact->in_queue = in_queue;
  return {std::move(impact), ""};
}

}  // namespace efc::queue
