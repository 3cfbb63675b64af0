// queue/report and its JSON and Markdown forms.
#include <doctest/doctest.h>

#include "load/loader.hpp"
#include "queue/present.hpp"
#include "queue/report.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

constexpr const char* kOpenSharedStake = R"(id: a-2
kind: shared-stake
date: 2025-03-02
parties:
  - who: ann
    stakes: Keep the ward open.
  - who: client-co
    stakes: Sell its produce.
)";

constexpr const char* kEscalated = R"(id: a-3
kind: urgent-request
date: 2025-03-05
request:
  client: Client Co
  summary: Rush order
  requested_by: seller
  requested_deadline: 2025-03-07
  effort_days: 2
parties:
  - who: seller
    stakes: Win the order.
  - who: maker
    stakes: Finish the current work.
decision:
  outcome: escalated
  deadline: 2025-03-21
  rationale: No agreement was found; the boss decided.
  decided_by: [boss]
  principles: [fair]
)";

// The minimal dossier (a-1: negotiated, 03-06 asked, 03-10 decided) plus an open
// shared-stake arbitration and an escalated one.
load::Loaded three_arbitrations() {
  testing::MiniDossier m;
  m.set("arbitrations/a-2.yaml", kOpenSharedStake).set("arbitrations/a-3.yaml", kEscalated);
  const io::MemoryFileSystem fs = m.filesystem();
  return load::load_dossier(fs, "", "");
}

}  // namespace

TEST_CASE("report: outcomes, gaps in working days, joint decisions and the median") {
  const load::Loaded l = three_arbitrations();
  REQUIRE(l.diagnostics.errors() == 0);
  const queue::Report r = queue::build_report(view::make_view(l.dossier, view::Visibility::Shared));
  CHECK(queue::report_json(r) == R"({
  "arbitrations": 3,
  "outcomes": {"accepted": 0, "negotiated": 1, "declined": 0, "escalated": 1, "open": 1},
  "decided": 2,
  "joint_decisions": 1,
  "escalation_share": 0.5,
  "joint_share": 0.5,
  "median_gap_days": 6,
  "items": [
    {"id": "a-2", "kind": "shared-stake", "date": "2025-03-02", "clients": ["The Organisation", "Client Co"], "outcome": "open", "requested_deadline": null, "decided_deadline": null, "gap_days": null, "parties": ["ann", "client-co"], "decided_by": [], "joint": null, "principles": []},
    {"id": "a-1", "kind": "urgent-request", "date": "2025-03-04", "clients": ["Client Co"], "outcome": "negotiated", "requested_deadline": "2025-03-06", "decided_deadline": "2025-03-10", "gap_days": 2, "parties": ["seller", "maker"], "decided_by": ["seller", "maker"], "joint": true, "principles": []},
    {"id": "a-3", "kind": "urgent-request", "date": "2025-03-05", "clients": ["Client Co"], "outcome": "escalated", "requested_deadline": "2025-03-07", "decided_deadline": "2025-03-21", "gap_days": 10, "parties": ["seller", "maker"], "decided_by": ["boss"], "joint": false, "principles": ["fair"]}
  ]
}
)");
}

TEST_CASE("report: no arbitration at all") {
  testing::MiniDossier m;
  m.remove("arbitrations/a-1.yaml");
  const io::MemoryFileSystem fs = m.filesystem();
  const queue::Report r =
      queue::build_report(view::make_view(load::load_dossier(fs, "", "").dossier, view::Visibility::Shared));
  CHECK(queue::report_json(r) == R"({
  "arbitrations": 0,
  "outcomes": {"accepted": 0, "negotiated": 0, "declined": 0, "escalated": 0, "open": 0},
  "decided": 0,
  "joint_decisions": 0,
  "escalation_share": null,
  "joint_share": null,
  "median_gap_days": null,
  "items": []
}
)");
  const auto md =
      render::render(render::TemplateSet::builtin("en"), "arbitration-report.md", queue::report_tree(r, "Mini", "en"));
  REQUIRE(md.ok);
  CHECK(md.text.find("No arbitration in this dossier.") != std::string::npos);
  CHECK(md.text.find("- Median gap: no arbitration has both a deadline asked and a deadline decided.") != std::string::npos);
}

TEST_CASE("report: the Markdown table, in English and in French, user text escaped") {
  const load::Loaded l = three_arbitrations();
  const queue::Report r = queue::build_report(view::make_view(l.dossier, view::Visibility::Shared));
  const auto en =
      render::render(render::TemplateSet::builtin("en"), "arbitration-report.md", queue::report_tree(r, "Mini | test", "en"));
  REQUIRE(en.ok);
  CHECK(en.text.find("# Joint arbitrations — Mini \\| test\n") != std::string::npos);
  CHECK(en.text.find("| 2025-03-05 | a-3 | Client Co | escalated | 2025-03-07 | 2025-03-21 | +10 | Seller, Maker | no | "
                     "Fairness |\n") != std::string::npos);
  CHECK(en.text.find("| 2025-03-02 | a-2 | The Organisation, Client Co | open | — | — | — | Ann, Client Co | — | — |\n") !=
        std::string::npos);
  CHECK(en.text.find("- Escalations: 1, that is 50% of the decisions.\n") != std::string::npos);
  const auto fr =
      render::render(render::TemplateSet::builtin("fr"), "arbitration-report.md", queue::report_tree(r, "Mini", "fr"));
  REQUIRE(fr.ok);
  CHECK(fr.text.find(
            "| 2025-03-04 | a-1 | Client Co | négociée | 2025-03-06 | 2025-03-10 | +2 | Seller, Maker | oui | sans objet |\n") !=
        std::string::npos);
  CHECK(fr.text.find("- Remontées à la direction : 1, soit 50 % des décisions.\n") != std::string::npos);
  CHECK(fr.text.find("(jours ouvrés) : 6.\n") != std::string::npos);
}
