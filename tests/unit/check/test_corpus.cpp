// The yaml-test-suite corpus (../shared/corpus/yaml-test-suite beside the source tree):
// every case placed as dossier.yaml, then as a session file, of a valid dossier. Whatever
// the YAML, the check ends (no crash, no hang) and every error comes out as a positioned,
// one-line diagnostic with a rule id of the contract. The real binary gets the same
// inputs in tests/e2e/run_corpus.sh. Without the corpus the tests say so and CTest reports
// them skipped (tests/unit/CMakeLists.txt), unless EFC_REQUIRE_CORPUS=1 (.ci/run).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "diag/format.hpp"
#include "io/filesystem.hpp"
#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

namespace {

const std::string kCorpus = EFC_SOURCE_DIR "/../shared/corpus/yaml-test-suite";
constexpr std::size_t kCases = 402;  // cases of the suite's release in the corpus
constexpr std::size_t kInvalidCases = 94;

struct CorpusCase {
  std::string name;
  std::string yaml;
  bool invalid = false;  // the suite says a parser must refuse it (an `error` file)
};

// Whether the corpus tests can run. When the corpus is missing and EFC_REQUIRE_CORPUS is not 1,
// prints why and where to put it (CTest marks the test skipped on "efc-test-skipped:").
bool corpus_present_or_skip() {
  const char* required = std::getenv("EFC_REQUIRE_CORPUS");
  if (required != nullptr && std::string_view(required) == "1") return true;
  if (efc::io::DiskFileSystem().type(kCorpus) == efc::io::EntryType::Directory) return true;
  std::cout << "efc-test-skipped: the yaml-test-suite corpus is missing: expected it in " << kCorpus << "\n"
            << "  (put the yaml-test-suite data there, one folder per case holding in.yaml, as CI has it in\n"
            << "  ../shared beside the clone; EFC_REQUIRE_CORPUS=1 makes its absence a failure)\n";
  return false;
}

// Every case folder holding an in.yaml, sorted by name; fails the test loudly when the corpus is missing.
std::vector<CorpusCase> load_corpus() {
  const efc::io::DiskFileSystem disk;
  const auto entries = disk.list(kCorpus);
  REQUIRE_MESSAGE(entries.has_value(), "the yaml-test-suite corpus is missing: expected it in ", kCorpus);
  std::vector<CorpusCase> cases;
  for (const auto& e : *entries) {
    if (e.type != efc::io::EntryType::Directory) continue;
    const std::string folder = kCorpus + "/" + e.name;
    const auto in = disk.read(folder + "/in.yaml", 1u << 20);
    if (!in.ok) continue;
    cases.push_back({e.name, in.bytes, disk.type(folder + "/error") == efc::io::EntryType::File});
  }
  return cases;
}

const std::vector<CorpusCase>& corpus() {
  static const std::vector<CorpusCase> cases = load_corpus();
  return cases;
}

const std::set<std::string>& contract_rules() {
  static const std::set<std::string> rules = {
      "yaml-syntax", "duplicate-key", "unknown-key", "missing-key", "bad-type", "bad-value", "bad-encoding",
      "unknown-ref", "id-mismatch", "too-deep", "facilitator-not-external", "narrator-absent",
      "attendance-mismatch", "session-order", "stories-count", "sessions-exceed-plan", "bilan-missing",
      "group-text-shared", "backing-missing", "principles-not-validated", "stakes-missing",
      "decision-unilateral", "rationale-missing", "client-not-consulted", "deadline-order"};
  return rules;
}

// What efc validate would print and return for the dossier; the case fails on any malformed line.
struct Outcome {
  int exit = 0;
  bool yaml_refused = false;  // the placed file got a YAML-level error (syntax, encoding, depth, key)
};

Outcome check_case(const MiniDossier& dossier, const std::string& placed_at) {
  static const std::regex kLine(R"(^[^:]+:[0-9]+:[0-9]+: (error|warning): .* \[[a-z-]+\]$)");
  const auto start = std::chrono::steady_clock::now();
  const efc::diag::Diagnostics diags = dossier.diagnostics();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  Outcome out;
  out.exit = diags.errors() > 0 ? 1 : 0;
  for (const auto& d : diags.items()) {
    CHECK_MESSAGE(contract_rules().count(d.rule) == 1, "rule id outside the contract: ", d.rule);
    CHECK(d.pos.known());
    if (d.path == placed_at && d.severity == efc::diag::Severity::Error &&
        (d.rule == "yaml-syntax" || d.rule == "bad-encoding" || d.rule == "too-deep" || d.rule == "duplicate-key")) {
      out.yaml_refused = true;
    }
  }
  std::istringstream text(efc::diag::format_text(diags, false));
  int lines = 0;
  for (std::string line; std::getline(text, line); ++lines) CHECK_MESSAGE(std::regex_match(line, kLine), line);
  CHECK(lines == static_cast<int>(diags.items().size()));  // one line per diagnostic: no message breaks it
  if (out.exit == 1) CHECK(lines > 0);
  return out;
}

struct Tally {
  std::size_t exit0 = 0, exit1 = 0, invalid_refused = 0;
};

Tally run_corpus(const std::string& placed_at) {
  Tally tally;
  for (const auto& c : corpus()) {
    INFO("corpus case ", c.name, " as ", placed_at);
    const Outcome o = check_case(MiniDossier().set(placed_at, c.yaml), placed_at);
    (o.exit == 0 ? tally.exit0 : tally.exit1)++;
    if (c.invalid && o.yaml_refused) ++tally.invalid_refused;
  }
  return tally;
}

}  // namespace

TEST_CASE("corpus: the yaml-test-suite is there, whole") {
  if (!corpus_present_or_skip()) return;
  const auto& cases = corpus();
  CHECK(cases.size() == kCases);
  CHECK(std::count_if(cases.begin(), cases.end(), [](const CorpusCase& c) { return c.invalid; }) == kInvalidCases);
}

TEST_CASE("corpus: every case as dossier.yaml gets positioned one-line diagnostics, never a crash") {
  if (!corpus_present_or_skip()) return;
  const Tally t = run_corpus("dossier.yaml");
  CHECK(t.exit0 + t.exit1 == kCases);
  CHECK(t.exit1 == kCases);  // no YAML of the suite is a dossier
  MESSAGE("dossier.yaml: ", t.exit1, " cases with errors; ", t.invalid_refused, " of ", kInvalidCases,
          " invalid YAML refused at the YAML level");
}

TEST_CASE("corpus: every case as a session file gets positioned one-line diagnostics, never a crash") {
  if (!corpus_present_or_skip()) return;
  const Tally t = run_corpus("rex/dev/sessions/01.yaml");
  CHECK(t.exit0 + t.exit1 == kCases);
  CHECK(t.exit1 == kCases);  // no YAML of the suite is a session
  MESSAGE("session file: ", t.exit1, " cases with errors; ", t.invalid_refused, " of ", kInvalidCases,
          " invalid YAML refused at the YAML level");
}
