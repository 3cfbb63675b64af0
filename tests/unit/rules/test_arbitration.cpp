// rules/arbitration.cpp: the rules on joint arbitrations, on the minimal dossier.
// arbitrations/a-1.yaml is an urgent request of seller (client Client Co, organisation
// client-co) on 2025-03-04, asked for 2025-03-06, heard seller and maker (the queue's
// performer), negotiated to 2025-03-10 by both. Its lines:
//   1 id  2 kind  3 date  4 request: 5 ref 6 client 7 summary 8 requested_by 9 requested_deadline
//   10 parties: 11-12 seller  13-14 maker  15 decision: 16 outcome 17 deadline 18 rationale 19 decided_by
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

namespace {

constexpr const char* kArbitration = "arbitrations/a-1.yaml";

}  // namespace

// --- stakes-missing ---

TEST_CASE("stakes-missing: a party without stakes") {
  const auto d = MiniDossier().replace(kArbitration, "    stakes: Plan the work.\n", "");
  CHECK(d.check() == "arbitrations/a-1.yaml:13:5: error: party 'maker' has no stakes [stakes-missing]\n");
  const auto blank = MiniDossier().replace(kArbitration, "stakes: Plan the work.", "stakes: \"  \"");
  CHECK(blank.check() == "arbitrations/a-1.yaml:13:5: error: party 'maker' has no stakes [stakes-missing]\n");
}

TEST_CASE("stakes-missing: the requester is not among the parties") {
  const auto d = MiniDossier().replace(kArbitration, "requested_by: seller", "requested_by: boss");
  CHECK(d.check() == "arbitrations/a-1.yaml:8:17: error: the requester 'boss' is not among the parties [stakes-missing]\n");
}

TEST_CASE("stakes-missing: the queue's performer is not among the parties") {
  const auto d = MiniDossier().replace(kArbitration, "  - who: maker\n    stakes: Plan the work.\n",
                                       "  - who: boss\n    stakes: Oversee the workshop.\n");
  CHECK(d.check() ==
        "arbitrations/a-1.yaml:10:1: error: the queue's performer 'maker' is not among the parties [stakes-missing]\n");
}

TEST_CASE("stakes-missing: not raised when every party has stakes and requester and performer are heard") {
  CHECK(MiniDossier().check() == "");
  // A shared-stake arbitration has no requester and need not hear the performer.
  const auto shared = MiniDossier()
                          .replace(kArbitration, "kind: urgent-request", "kind: shared-stake")
                          .replace(kArbitration,
                                   "request:\n  ref: r-1\n  client: Client Co\n  summary: A quote for a new line\n"
                                   "  requested_by: seller\n  requested_deadline: 2025-03-06\n",
                                   "")
                          .replace(kArbitration, "  - who: maker\n    stakes: Plan the work.\n",
                                   "  - who: client-co\n    stakes: Needs a figure.\n")
                          .replace(kArbitration, "decided_by: [seller, maker]", "decided_by: [seller, client-co]");
  CHECK(shared.check() == "");
}

// --- decision-unilateral ---

TEST_CASE("decision-unilateral: decided_by names one party") {
  const auto d = MiniDossier().replace(kArbitration, "decided_by: [seller, maker]", "decided_by: [seller]");
  CHECK(d.check() ==
        "arbitrations/a-1.yaml:19:3: warning: the decision names fewer than two parties in 'decided_by'; a joint "
        "decision names several [decision-unilateral]\n");
}

TEST_CASE("decision-unilateral: not raised for a decision of two parties") { CHECK(MiniDossier().check() == ""); }

// --- rationale-missing ---

TEST_CASE("rationale-missing: a decision without rationale, reported at the decision") {
  const auto d = MiniDossier().replace(kArbitration, "  rationale: The client agreed to wait four more days.\n", "");
  CHECK(d.check() == "arbitrations/a-1.yaml:16:3: error: the decision has no rationale [rationale-missing]\n");
  const auto blank = MiniDossier().replace(kArbitration, "rationale: The client agreed to wait four more days.",
                                           "rationale: \"\"");
  CHECK(blank.check() == "arbitrations/a-1.yaml:16:3: error: the decision has no rationale [rationale-missing]\n");
}

TEST_CASE("rationale-missing: not raised while the arbitration is open (no decision)") {
  const auto d = MiniDossier().replace(kArbitration,
                                       "decision:\n  outcome: negotiated\n  deadline: 2025-03-10\n"
                                       "  rationale: The client agreed to wait four more days.\n  decided_by: [seller, maker]\n",
                                       "");
  CHECK(d.check() == "");
}

// --- client-not-consulted ---

TEST_CASE("client-not-consulted: accepted at the deadline asked, the client not a party") {
  const auto d = MiniDossier()
                     .replace(kArbitration, "outcome: negotiated", "outcome: accepted")
                     .replace(kArbitration, "deadline: 2025-03-10", "deadline: 2025-03-06");
  CHECK(d.check() ==
        "arbitrations/a-1.yaml:16:12: warning: the request is accepted at the deadline asked while the client 'Client Co' "
        "is not a party [client-not-consulted]\n");
}

TEST_CASE("client-not-consulted: not raised when the client's organisation or one of its people is a party") {
  const auto base = MiniDossier()
                        .replace(kArbitration, "outcome: negotiated", "outcome: accepted")
                        .replace(kArbitration, "deadline: 2025-03-10", "deadline: 2025-03-06");
  auto by_org = base;
  by_org.replace(kArbitration, "decision:", "  - who: client-co\n    stakes: Needs a figure.\ndecision:");
  CHECK(by_org.check() == "");
  auto by_person = base;
  by_person.replace("dossier.yaml", "backing:", "  - id: buyer\n    name: Buyer\n    organisation: client-co\nbacking:")
      .replace(kArbitration, "decision:", "  - who: buyer\n    stakes: Needs a figure.\ndecision:");
  CHECK(by_person.check() == "");
}

TEST_CASE("client-not-consulted: not raised when the deadline was negotiated") {
  const auto d = MiniDossier().replace(kArbitration, "outcome: negotiated", "outcome: accepted");
  CHECK(d.check() == "");
}

// --- deadline-order ---

TEST_CASE("deadline-order: the requested deadline is before the request date") {
  const auto d = MiniDossier().replace(kArbitration, "requested_deadline: 2025-03-06", "requested_deadline: 2025-03-01");
  CHECK(d.check() ==
        "arbitrations/a-1.yaml:9:23: error: the requested deadline 2025-03-01 is before the request date 2025-03-04 "
        "[deadline-order]\n");
}

TEST_CASE("deadline-order: the decided deadline is before the request date") {
  const auto d = MiniDossier().replace(kArbitration, "deadline: 2025-03-10", "deadline: 2025-03-03");
  CHECK(d.check() ==
        "arbitrations/a-1.yaml:17:13: error: the decided deadline 2025-03-03 is before the request date 2025-03-04 "
        "[deadline-order]\n");
}

TEST_CASE("deadline-order: not raised for deadlines on the request date") {
  const auto d = MiniDossier()
                     .replace(kArbitration, "requested_deadline: 2025-03-06", "requested_deadline: 2025-03-04")
                     .replace(kArbitration, "deadline: 2025-03-10", "deadline: 2025-03-04");
  CHECK(d.check() == "");
}

// --- id-mismatch, and the shape of the two kinds ---

TEST_CASE("id-mismatch: the arbitration id differs from its file name") {
  const auto d = MiniDossier().replace(kArbitration, "id: a-1", "id: a-2");
  CHECK(d.check() == "arbitrations/a-1.yaml:1:5: error: arbitration id 'a-2' does not match the file name a-1.yaml [id-mismatch]\n");
}

TEST_CASE("arbitration: an urgent request needs 'request', and a shared stake has none") {
  const std::string request =
      "request:\n  ref: r-1\n  client: Client Co\n  summary: A quote for a new line\n"
      "  requested_by: seller\n  requested_deadline: 2025-03-06\n";
  const auto missing = MiniDossier().replace(kArbitration, request, "");
  CHECK(missing.check() ==
        "arbitrations/a-1.yaml:1:1: error: missing key 'request' in arbitration (an urgent request needs one) [missing-key]\n");
  const auto extra = MiniDossier().replace(kArbitration, "kind: urgent-request", "kind: shared-stake");
  CHECK(extra.check() == "arbitrations/a-1.yaml:4:1: error: 'request' is only for urgent-request arbitrations [bad-value]\n");
}
