#include "queue/report.hpp"

#include <algorithm>

#include "queue/workdays.hpp"

namespace efc::queue {
namespace {

WorkCalendar calendar_of(const model::Dossier& d) {
  if (d.queue) {
    WorkCalendar cal = WorkCalendar::of(*d.queue);
    if (cal.has_working_days()) return cal;
  }
  return WorkCalendar::weekdays();
}

std::vector<Named> people(const model::Dossier& d, const std::vector<std::string>& ids) {
  std::vector<Named> out;
  for (const auto& id : ids) out.push_back({id, d.name_of(id)});
  return out;
}

std::vector<Named> principles(const model::Dossier& d, const model::Texts& ids) {
  std::vector<Named> out;
  for (const auto& id : ids) {
    if (!id) continue;
    std::string title = *id;
    if (d.principles) {
      for (const auto& p : d.principles->principles) {
        if (p.id && *p.id == *id && p.title) title = *p.title;
      }
    }
    out.push_back({*id, title});
  }
  return out;
}

// The organisation a party stands for: itself, or the organisation of the person.
std::optional<std::string> organisation_of(const model::Dossier& d, const std::string& who) {
  if (const model::Organisation* o = d.organisation(who); o != nullptr) return d.name_of(who);
  const model::Person* p = d.person(who);
  if (p == nullptr || !p->organisation) return std::nullopt;
  return d.name_of(*p->organisation);
}

std::vector<std::string> clients_of(const model::Dossier& d, const model::ArbitrationFile& a,
                                    const std::vector<std::string>& parties) {
  if (a.request) return {a.request->client ? *a.request->client : std::string()};
  std::vector<std::string> out;
  for (const auto& who : parties) {
    const auto org = organisation_of(d, who);
    if (org && std::find(out.begin(), out.end(), *org) == out.end()) out.push_back(*org);
  }
  return out;
}

std::vector<std::string> ids_of(const model::Texts& texts) {
  std::vector<std::string> out;
  for (const auto& t : texts) {
    if (t && std::find(out.begin(), out.end(), *t) == out.end()) out.push_back(*t);
  }
  return out;
}

ReportItem item_of(const model::Dossier& d, const WorkCalendar& cal, const model::ArbitrationFile& a) {
  ReportItem item;
  item.id = a.id ? *a.id : a.file_id;
  item.kind = a.kind ? *a.kind : std::string();
  if (a.date) item.date = *a.date;
  std::vector<std::string> party_ids;
  for (const auto& p : a.parties) {
    if (p.who && std::find(party_ids.begin(), party_ids.end(), *p.who) == party_ids.end()) party_ids.push_back(*p.who);
  }
  item.parties = people(d, party_ids);
  item.clients = clients_of(d, a, party_ids);
  if (a.request && a.request->requested_deadline) item.requested_deadline = *a.request->requested_deadline;
  item.outcome = "open";
  if (a.decision) {
    const model::Decision& dec = *a.decision;
    if (dec.outcome) item.outcome = *dec.outcome;
    if (dec.deadline) item.decided_deadline = *dec.deadline;
    const auto deciders = ids_of(dec.decided_by);
    item.decided_by = people(d, deciders);
    item.joint = deciders.size() >= 2;
    item.principles = principles(d, dec.principles);
  }
  if (item.requested_deadline && item.decided_deadline) {
    item.gap_days = cal.working_days_between(day_of(*item.requested_deadline), day_of(*item.decided_deadline));
  }
  return item;
}

std::optional<double> median(std::vector<long long> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  if (values.size() % 2 == 1) return static_cast<double>(values[mid]);
  return (static_cast<double>(values[mid - 1]) + static_cast<double>(values[mid])) / 2.0;
}

std::size_t outcome_index(const std::string& outcome) {
  for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
    if (outcome == kOutcomes[i]) return i;
  }
  return kOutcomes.size() - 1;
}

}  // namespace

Report build_report(const view::DossierView& v) {
  const model::Dossier& d = v.dossier();
  const WorkCalendar cal = calendar_of(d);
  Report report;
  for (const auto& a : d.arbitrations) report.items.push_back(item_of(d, cal, a));
  std::stable_sort(report.items.begin(), report.items.end(), [](const ReportItem& x, const ReportItem& y) {
    return x.date != y.date ? x.date < y.date : x.id < y.id;
  });
  std::vector<long long> gaps;
  long long escalated = 0;
  for (const auto& item : report.items) {
    const std::size_t i = outcome_index(item.outcome);
    ++report.outcomes[i];
    if (item.outcome != "open") ++report.decided;
    if (item.outcome == "escalated") ++escalated;
    if (item.joint.value_or(false)) ++report.joint;
    if (item.gap_days) gaps.push_back(*item.gap_days);
  }
  if (report.decided > 0) {
    report.escalation_share = static_cast<double>(escalated) / static_cast<double>(report.decided);
    report.joint_share = static_cast<double>(report.joint) / static_cast<double>(report.decided);
  }
  report.median_gap_days = median(std::move(gaps));
  return report;
}

}  // namespace efc::queue
