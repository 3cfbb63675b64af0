// The figures of `efc arbitration report`: every arbitration in one table, then the totals.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "view/visibility.hpp"

namespace efc::queue {

// Outcomes in report order; "open" stands for an arbitration without decision.
inline constexpr std::array<const char*, 5> kOutcomes = {"accepted", "negotiated", "declined", "escalated", "open"};

struct Named {
  std::string id;
  std::string name;  // the person's or organisation's name, the principle's title; the id when none
};

struct ReportItem {
  std::string id, kind;
  model::Date date;
  // urgent-request: the request's client; shared-stake: the organisations of the parties.
  std::vector<std::string> clients;
  std::string outcome;  // one of kOutcomes
  std::optional<model::Date> requested_deadline, decided_deadline;
  std::optional<long long> gap_days;  // working days from the requested to the decided deadline
  std::vector<Named> parties;         // the parties heard, in file order
  std::vector<Named> decided_by;
  std::optional<bool> joint;          // decided_by names two parties or more; none while open
  std::vector<Named> principles;      // invoked by the decision
};

struct Report {
  std::vector<ReportItem> items;         // by date, then id
  std::array<long long, 5> outcomes{};   // counts, in kOutcomes order
  long long decided = 0;                 // arbitrations with a decision
  long long joint = 0;                   // decisions named by two parties or more
  std::optional<double> escalation_share;  // escalated / decided; none when nothing is decided
  std::optional<double> joint_share;       // joint / decided
  std::optional<double> median_gap_days;   // over the items with a gap
};

// The report of every arbitration of the dossier `v` shows. Gaps count the queue's working
// days (Monday to Friday when there is no queue or it names no working day).
Report build_report(const view::DossierView& v);

}  // namespace efc::queue
