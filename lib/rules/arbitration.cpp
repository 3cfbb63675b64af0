#include <algorithm>

#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/i18n.hpp"

namespace efc::rules {
namespace {

bool has_party(const model::ArbitrationFile& a, const std::string& who) {
  return std::any_of(a.parties.begin(), a.parties.end(), [&](const model::Party& p) { return p.who && *p.who == who; });
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A party stands for the client when it is the client's organisation (by id or name) or one of its people.
bool client_is_party(const model::Dossier& d, const model::ArbitrationFile& a, const std::string& client) {
  const auto matches = [&](const model::Organisation* o) {
    return o != nullptr && ((o->id && lower(*o->id) == lower(client)) || (o->name && lower(*o->name) == lower(client)));
  };
  return std::any_of(a.parties.begin(), a.parties.end(), [&](const model::Party& p) {
    if (!p.who) return false;
    if (matches(d.organisation(*p.who))) return true;
    const model::Person* person = d.person(*p.who);
    return person != nullptr && person->organisation && matches(d.organisation(*person->organisation));
  });
}

void check_shape(const model::ArbitrationFile& a, diag::FileReport& report) {
  if (a.id && *a.id != a.file_id) {
    report.error(a.id.pos, diag::Rule::IdMismatch,
                 text::trf("arbitration id '{}' does not match the file name {}.yaml", *a.id, a.file_id));
  }
  if (!a.kind) return;
  if (*a.kind == "urgent-request" && !a.request) {
    report.error(a.pos, diag::Rule::MissingKey, text::tr("missing key 'request' in arbitration (an urgent request needs one)"));
  }
  if (*a.kind == "shared-stake" && a.request) {
    report.error(a.keys.of("request", a.pos), diag::Rule::BadValue,
                 text::tr("'request' is only for urgent-request arbitrations"));
  }
}

void check_stakes(const model::Dossier& d, const model::ArbitrationFile& a, diag::FileReport& report) {
  for (const auto& p : a.parties) {
    if (!p.stakes || p.stakes->find_first_not_of(" \t\n") == std::string::npos) {
      report.error(p.pos, diag::Rule::StakesMissing, text::trf("party '{}' has no stakes", p.who ? *p.who : std::string("?")));
    }
  }
  if (!a.kind || *a.kind != "urgent-request") return;
  if (a.request && a.request->requested_by && !has_party(a, *a.request->requested_by)) {
    report.error(a.request->requested_by.pos, diag::Rule::StakesMissing,
                 text::trf("the requester '{}' is not among the parties", *a.request->requested_by));
  }
  if (d.queue && d.queue->performer && !has_party(a, *d.queue->performer)) {
    report.error(a.keys.of("parties", a.pos), diag::Rule::StakesMissing,
                 text::trf("the queue's performer '{}' is not among the parties", *d.queue->performer));
  }
}

void check_decision(const model::Dossier& d, const model::ArbitrationFile& a, diag::FileReport& report) {
  if (!a.decision) return;
  const model::Decision& dec = *a.decision;
  if (dec.decided_by.size() < 2) {
    report.warning(dec.keys.of("decided_by", dec.pos), diag::Rule::DecisionUnilateral,
                   text::tr("the decision names fewer than two parties in 'decided_by'; a joint decision names several"));
  }
  if (!dec.rationale || dec.rationale->find_first_not_of(" \t\n") == std::string::npos) {
    report.error(dec.pos, diag::Rule::RationaleMissing, text::tr("the decision has no rationale"));
  }
  const bool accepted_as_asked = a.kind && *a.kind == "urgent-request" && dec.outcome && *dec.outcome == "accepted" &&
                                 a.request && a.request->requested_deadline && dec.deadline &&
                                 *dec.deadline == *a.request->requested_deadline;
  if (accepted_as_asked && a.request->client && !client_is_party(d, a, *a.request->client)) {
    report.warning(
        dec.outcome.pos, diag::Rule::ClientNotConsulted,
        text::trf("the request is accepted at the deadline asked while the client '{}' is not a party", *a.request->client));
  }
}

void check_deadlines(const model::ArbitrationFile& a, diag::FileReport& report) {
  if (!a.date) return;
  const auto before_request = [&](const model::DateValue& deadline, const char* message) {
    if (deadline && *deadline < *a.date) {
      report.error(deadline.pos, diag::Rule::DeadlineOrder, text::trf(message, deadline->iso(), a.date->iso()));
    }
  };
  if (a.request)
    before_request(a.request->requested_deadline, text::mark("the requested deadline {} is before the request date {}"));
  if (a.decision) before_request(a.decision->deadline, text::mark("the decided deadline {} is before the request date {}"));
}

}  // namespace

void check_queue(const model::QueueFile& q, diag::Diagnostics& out) {
  diag::FileReport report(q.path, out);
  for (const auto& r : q.requests) {
    if (r.done && r.entered && *r.done < *r.entered) {
      report.error(r.done.pos, diag::Rule::DeadlineOrder,
                   text::trf("request '{}' is done on {}, before it entered the queue on {}", r.id ? *r.id : "?", r.done->iso(),
                             r.entered->iso()));
    }
  }
}

void check_arbitration(const model::Dossier& d, const model::ArbitrationFile& a, diag::Diagnostics& out) {
  diag::FileReport report(a.path, out);
  check_shape(a, report);
  check_stakes(d, a, report);
  check_decision(d, a, report);
  check_deadlines(a, report);
}

}  // namespace efc::rules
