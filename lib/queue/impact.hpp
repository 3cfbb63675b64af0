// What granting an urgent request does to the performer's queue: the queue as it is against
// the urgent request put first (docs/arbitration.md states the convention).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "queue/schedule.hpp"

namespace efc::queue {

// One other request of the queue, as is and with the urgent request put first.
struct Slip {
  std::string id, client;
  Day finish_before = 0, finish_after = 0;
  long long slip_days = 0;  // working days in (finish_before, finish_after]
  std::optional<Day> promised;
  bool newly_missed = false;   // promise kept as is, missed with the urgent request first
  bool missed_anyway = false;  // promise missed even as is
  bool effort_known = true;
};

struct Impact {
  Day start = 0;                 // the first working day on or after the arbitration's date
  std::vector<Slip> slips;       // every other waiting request, in queue order
  bool in_queue = false;         // the urgent request is itself waiting in the queue
  std::size_t position = 0;      // as is: how many requests are worked before it
  long long effort = 0;          // the urgent request's working days
  Day finish_as_is = 0;          // in its turn (at the end of the queue when it is not in it)
  Day finish_first = 0;          // put first
  std::optional<Day> requested_deadline;
  std::optional<bool> requested_deadline_met;  // put first, finished by the requested deadline
  // The earliest finish of the urgent request slotted into the queue (the others keeping
  // their order) that breaks no promise kept as is: the figure to negotiate.
  Day safe_deadline = 0;
  std::optional<std::string> safe_after;  // the request it follows in that slot; none: first
};

// The pure computation: `others` are the waiting requests but the urgent one, in queue order;
// as is, the urgent request comes after the first `position` of them. nullopt when a date
// falls after 9999-12-31. Requires cal.has_working_days().
std::optional<Impact> compute_impact(const WorkCalendar& cal, Day date, const std::vector<Job>& others,
                                     std::size_t position, const Job& urgent, std::optional<Day> requested_deadline);

struct ImpactResult {
  std::optional<Impact> impact;
  std::string refusal;  // why there is no impact: a sentence for the user
};

// The impact of arbitration `a` on the queue of dossier `d`: the requests waiting on the
// arbitration's date (waiting_at), the urgent request's effort from the arbitration, else
// from the queue request it refers to. Refuses shared-stake arbitrations, a missing queue,
// a queue without working days and an urgent request of unknown effort.
ImpactResult impact_of(const model::Dossier& d, const model::ArbitrationFile& a);

}  // namespace efc::queue
