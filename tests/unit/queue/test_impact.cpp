// queue/impact: the queue as is against the urgent request put first.
#include <doctest/doctest.h>

#include "format/scalars.hpp"
#include "load/loader.hpp"
#include "queue/impact.hpp"
#include "queue/present.hpp"
#include "support/days.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;
using queue::Day;
using queue::Job;
using queue::WorkCalendar;

namespace {

using efc::testing::day;
using efc::testing::iso;

Job job(const char* id, long long effort, std::optional<const char*> promised = std::nullopt) {
  return {id, "", effort, true, promised ? std::optional<Day>(day(*promised)) : std::nullopt};
}

// The worked example's queue on 2025-03-04 but r-105 (5 days, fifth in the queue).
std::vector<Job> example_others() {
  return {job("r-101", 4, "2025-03-19"), job("r-102", 6), job("r-103", 3, "2025-03-24"), job("r-104", 8, "2025-04-18"),
          job("r-106", 2)};
}

struct Loaded {
  load::Loaded loaded;
  const model::ArbitrationFile& arbitration() const { return loaded.dossier.arbitrations.at(0); }
};

// The minimal dossier with `queue` as arbitrations/queue.yaml and `request` as a-1's request.
Loaded load_with(const std::string& queue, const std::string& request) {
  testing::MiniDossier m;
  m.set("arbitrations/queue.yaml", queue);
  m.replace("arbitrations/a-1.yaml",
            "request:\n  ref: r-1\n  client: Client Co\n  summary: A quote for a new line\n  requested_by: seller\n"
            "  requested_deadline: 2025-03-06\n",
            request);
  const io::MemoryFileSystem fs = m.filesystem();
  return {load::load_dossier(fs, "", "")};
}

const char* kQueue = R"(rule: fifo
performer: maker
requests:
  - id: r-1
    client: Client Co
    entered: 2025-03-01
    requested_by: seller
    effort_days: 2
    promised: 2025-03-05
  - id: r-2
    client: Other Co
    entered: 2025-03-03
    effort_days: 3
    promised: 2025-03-11
  - id: r-late
    client: Late Co
    entered: 2025-03-05
    effort_days: 1
)";

const char* kUrgentNew = R"(request:
  client: Client Co
  summary: Spare parts
  requested_by: seller
  requested_deadline: 2025-03-04
  effort_days: 1
)";

}  // namespace

TEST_CASE("impact: the worked example, r-105 put first on 2025-03-04") {
  const auto impact = queue::compute_impact(WorkCalendar::weekdays(), day("2025-03-04"), example_others(), 4,
                                            job("r-105", 5), day("2025-03-06"));
  REQUIRE(impact);
  CHECK(iso(impact->finish_as_is) == "2025-04-08");
  CHECK(iso(impact->finish_first) == "2025-03-10");
  CHECK(impact->requested_deadline_met == false);
  REQUIRE(impact->slips.size() == 5);
  const auto& r103 = impact->slips[2];
  CHECK(r103.id == "r-103");
  CHECK(iso(r103.finish_before) == "2025-03-20");
  CHECK(iso(r103.finish_after) == "2025-03-27");
  CHECK(r103.slip_days == 5);
  CHECK(r103.newly_missed);
  CHECK_FALSE(impact->slips[0].newly_missed);  // r-101: 03-14, promised 03-19
  CHECK_FALSE(impact->slips[3].newly_missed);  // r-104: 04-08, promised 04-18
  CHECK(impact->slips[4].slip_days == 0);      // r-106 comes after r-105 anyway
  CHECK(iso(impact->slips[4].finish_after) == "2025-04-10");
  // Slotted after r-103 (the last promise broken), r-105 takes 03-21 .. 03-27.
  CHECK(iso(impact->safe_deadline) == "2025-03-27");
  CHECK(impact->safe_after == "r-103");
}

TEST_CASE("impact: a request not in the queue is as is at its end, first when nothing breaks") {
  const auto impact = queue::compute_impact(WorkCalendar::weekdays(), day("2025-03-04"),
                                            {job("a", 2, "2025-03-20"), job("b", 1)}, 2, job("", 1), day("2025-03-04"));
  REQUIRE(impact);
  CHECK(impact->position == 2);
  CHECK(iso(impact->finish_as_is) == "2025-03-07");
  CHECK(iso(impact->finish_first) == "2025-03-04");
  CHECK(impact->requested_deadline_met == true);
  CHECK(impact->slips[0].slip_days == 1);
  CHECK(impact->slips[1].slip_days == 1);
  CHECK(iso(impact->safe_deadline) == "2025-03-04");
  CHECK_FALSE(impact->safe_after);
}

TEST_CASE("impact: an empty queue changes nothing") {
  const auto impact = queue::compute_impact(WorkCalendar::weekdays(), day("2025-03-08"), {}, 0, job("u", 2), std::nullopt);
  REQUIRE(impact);
  CHECK(impact->slips.empty());
  CHECK(iso(impact->start) == "2025-03-10");
  CHECK(iso(impact->finish_as_is) == "2025-03-11");
  CHECK(iso(impact->finish_first) == "2025-03-11");
  CHECK(iso(impact->safe_deadline) == "2025-03-11");
  CHECK_FALSE(impact->requested_deadline_met);
}

TEST_CASE("impact: a promise missed anyway is not newly missed and does not hold the urgent request back") {
  const auto impact = queue::compute_impact(WorkCalendar::weekdays(), day("2025-03-04"),
                                            {job("late", 5, "2025-03-05"), job("b", 1, "2025-03-12")}, 2, job("u", 1),
                                            std::nullopt);
  REQUIRE(impact);
  CHECK(impact->slips[0].missed_anyway);
  CHECK_FALSE(impact->slips[0].newly_missed);
  CHECK(iso(impact->safe_deadline) == "2025-03-04");
}

TEST_CASE("impact: an urgent request of no effort moves nothing") {
  const auto impact = queue::compute_impact(WorkCalendar::weekdays(), day("2025-03-04"), {job("a", 2, "2025-03-05")}, 1,
                                            job("u", 0), std::nullopt);
  REQUIRE(impact);
  CHECK(impact->slips[0].slip_days == 0);
  CHECK(iso(impact->finish_first) == "2025-03-04");
  CHECK(iso(impact->finish_as_is) == "2025-03-06");
}

TEST_CASE("impact of an arbitration: the urgent request already in the queue, later requests left out") {
  const Loaded l = load_with(kQueue, "request:\n  ref: r-2\n  client: Other Co\n  summary: Quote\n  requested_by: seller\n");
  REQUIRE(l.loaded.diagnostics.errors() == 0);
  const auto r = queue::impact_of(l.loaded.dossier, l.arbitration());
  REQUIRE(r.impact);
  CHECK(r.impact->in_queue);
  CHECK(r.impact->position == 1);
  CHECK(r.impact->effort == 3);  // from the queue request: the arbitration gives none
  REQUIRE(r.impact->slips.size() == 1);  // r-late entered on 03-05, after the arbitration
  CHECK(r.impact->slips[0].id == "r-1");
  CHECK(r.impact->slips[0].newly_missed);  // 03-05 promised: 03-05 as is, 03-10 after
  CHECK(iso(r.impact->safe_deadline) == "2025-03-10");
  CHECK(r.impact->safe_after == "r-1");
}

TEST_CASE("impact of an arbitration: a request absent from the queue goes at its end as is") {
  const Loaded l = load_with(kQueue, kUrgentNew);
  REQUIRE(l.loaded.diagnostics.errors() == 0);
  const auto r = queue::impact_of(l.loaded.dossier, l.arbitration());
  REQUIRE(r.impact);
  CHECK_FALSE(r.impact->in_queue);
  CHECK(r.impact->position == 2);
  CHECK(iso(r.impact->finish_as_is) == "2025-03-11");
  CHECK(iso(r.impact->finish_first) == "2025-03-04");
  CHECK(r.impact->requested_deadline_met == true);
  CHECK(r.impact->slips[0].newly_missed);       // r-1 promised 03-05: 03-05 as is, 03-06 after
  CHECK_FALSE(r.impact->slips[1].newly_missed);  // r-2 promised 03-11: 03-10 as is, 03-11 after
  CHECK(iso(r.impact->safe_deadline) == "2025-03-06");
  CHECK(r.impact->safe_after == "r-1");
}

TEST_CASE("impact of an arbitration: the effort written in the arbitration wins over the queue's") {
  const Loaded l = load_with(kQueue, "request:\n  ref: r-2\n  client: Other Co\n  summary: Quote\n  requested_by: seller\n"
                                     "  effort_days: 1\n");
  const auto r = queue::impact_of(l.loaded.dossier, l.arbitration());
  REQUIRE(r.impact);
  CHECK(r.impact->effort == 1);
  CHECK(iso(r.impact->finish_first) == "2025-03-04");
}

TEST_CASE("impact of an arbitration: a referenced request already done counts as a new one") {
  std::string queue = kQueue;
  queue.replace(queue.find("    promised: 2025-03-11\n"), 0, "    done: 2025-03-03\n");
  const Loaded l = load_with(queue, "request:\n  ref: r-2\n  client: Other Co\n  summary: Quote\n  requested_by: seller\n"
                                    "  effort_days: 1\n");
  REQUIRE(l.loaded.diagnostics.errors() == 0);
  const auto r = queue::impact_of(l.loaded.dossier, l.arbitration());
  REQUIRE(r.impact);
  CHECK_FALSE(r.impact->in_queue);
  CHECK(r.impact->slips.size() == 1);
}

TEST_CASE("impact of an arbitration: a ref to a request not waiting on the date still gives its effort_days") {
  std::string queue = kQueue;
  SUBCASE("done before the arbitration's date") {
    queue.replace(queue.find("    promised: 2025-03-11\n"), 0, "    done: 2025-03-03\n");
  }
  SUBCASE("entered after it") { queue.replace(queue.find("entered: 2025-03-03"), 19, "entered: 2025-03-20"); }
  // No effort_days in the arbitration: r-2's 3 days are the urgent request's (docs/arbitration.md).
  const Loaded l = load_with(queue, "request:\n  ref: r-2\n  client: Other Co\n  summary: Quote\n  requested_by: seller\n");
  REQUIRE(l.loaded.diagnostics.errors() == 0);
  const auto r = queue::impact_of(l.loaded.dossier, l.arbitration());
  REQUIRE(r.impact);
  CHECK_FALSE(r.impact->in_queue);
  CHECK(r.impact->effort == 3);
}

TEST_CASE("impact of an arbitration: refusals") {
  SUBCASE("shared-stake") {
    testing::MiniDossier m;
    m.replace("arbitrations/a-1.yaml", "kind: urgent-request", "kind: shared-stake");
    m.replace("arbitrations/a-1.yaml",
              "request:\n  ref: r-1\n  client: Client Co\n  summary: A quote for a new line\n  requested_by: seller\n"
              "  requested_deadline: 2025-03-06\n",
              "");
    const io::MemoryFileSystem fs = m.filesystem();
    const load::Loaded l = load::load_dossier(fs, "", "");
    CHECK(queue::impact_of(l.dossier, l.dossier.arbitrations.at(0)).refusal ==
          "arbitration a-1 is a shared-stake arbitration: impact applies to urgent requests, which ask to jump the "
          "performer's queue");
  }
  SUBCASE("no queue") {
    const Loaded l = load_with(kQueue, kUrgentNew);
    model::Dossier d = l.loaded.dossier;
    d.queue.reset();
    CHECK(queue::impact_of(d, d.arbitrations.at(0)).refusal ==
          "the dossier has no arbitrations/queue.yaml: impact needs the performer's queue");
  }
  SUBCASE("no working day") {
    std::string queue = kQueue;
    queue.replace(queue.find("requests:"), 0, "working_days: []\n");
    const Loaded l = load_with(queue, kUrgentNew);
    CHECK(queue::impact_of(l.loaded.dossier, l.arbitration()).refusal ==
          "arbitrations/queue.yaml names no working day: nothing can be scheduled");
  }
  SUBCASE("urgent request of unknown effort") {
    const Loaded l = load_with(kQueue, "request:\n  client: Client Co\n  summary: Quote\n  requested_by: seller\n");
    CHECK(queue::impact_of(l.loaded.dossier, l.arbitration()).refusal ==
          "the request of arbitration a-1 has no effort_days: write the performer's days of work in it (or in its "
          "queue request) to see its impact");
  }
}

TEST_CASE("impact text and JSON: unknown efforts are named, a referenced request not waiting is said so") {
  std::string queue = kQueue;
  queue.replace(queue.find("    effort_days: 1\n"), 19, "");           // r-late: no effort
  queue.replace(queue.find("    promised: 2025-03-11\n"), 0, "    done: 2025-03-03\n");  // r-2 done
  queue.replace(queue.find("  - id: r-late\n"), 0, "  - id: r-0\n    client: Zero Co\n    entered: 2025-03-02\n");
  const Loaded l = load_with(queue, "request:\n  ref: r-2\n  client: Other Co\n  summary: Quote\n  requested_by: seller\n"
                                    "  effort_days: 1\n");
  REQUIRE(l.loaded.diagnostics.errors() == 0);
  model::Dossier d = l.loaded.dossier;
  d.arbitrations.at(0).date.value = {2025, 3, 5};  // r-late (entered 03-05) now waits too
  const auto r = queue::impact_of(d, d.arbitrations.at(0));
  REQUIRE(r.impact);
  const auto view = view::make_view(d, view::Visibility::Shared);
  CHECK(queue::impact_text(view, d.arbitrations.at(0), *r.impact, "en") ==
        "Arbitration a-1: request r-2 for Other Co, 1 working day of work.\n"
        "Queue of Maker from 2025-03-05: one effort-day per working day, in queue order.\n"
        "\n"
        "r-2 is not waiting in the queue on 2025-03-05: it counts as a new request, at the end.\n"
        "In its turn (after 3 requests): finished 2025-03-07.\n"
        "Put first: finished 2025-03-05.\n"
        "No requested deadline.\n"
        "\n"
        "The other requests if r-2 goes first:\n"
        "  request  client     as is       put first   slip  promised\n"
        "  r-1      Client Co  2025-03-06  2025-03-07  +1    2025-03-05  already missed\n"
        "  r-0      Zero Co    2025-03-07  2025-03-10  +1    -\n"
        "  r-late   Late Co    2025-03-07  2025-03-10  +1    -\n"
        "\n"
        "Effort unknown, counted as 0 working days: r-0 and r-late.\n"
        "No promise kept so far would be missed.\n"
        "Earliest deadline that breaks no promise: 2025-03-05, put first.\n");
  const std::string fr = queue::impact_text(view, d.arbitrations.at(0), *r.impact, "fr");
  CHECK(fr.find("À son tour (après 3 demandes) : terminée le 2025-03-07.\n") != std::string::npos);
  CHECK(fr.find("Charge inconnue, comptée 0 jour : r-0 et r-late.\n"
                "Tous les engagements tenus le resteraient.\n"
                "Délai au plus tôt qui tient tous les engagements : 2025-03-05, en tête de file.\n") != std::string::npos);
  const std::string json = queue::impact_json(d.arbitrations.at(0), *r.impact);
  CHECK(json.find("\"effort_unknown\": [\"r-0\", \"r-late\"]\n}\n") != std::string::npos);
  CHECK(json.find("{\"id\": \"r-1\", \"slip_days\": 1, \"finish_before\": \"2025-03-06\", \"finish_after\": \"2025-03-07\", "
                  "\"promised\": \"2025-03-05\", \"newly_missed\": false}") != std::string::npos);
}
