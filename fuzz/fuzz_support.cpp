#include "fuzz_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "diag/format.hpp"
#include "support/mini_dossier.hpp"

namespace efc::fuzz {

const io::MemoryFileSystem& base_dossier() {
  static const io::MemoryFileSystem fs = [] {
    io::MemoryFileSystem files;
    for (const auto& [path, text] : testing::mini_dossier_files()) files.add(path, text);
    return files;
  }();
  return fs;
}

bool is_contract_rule(std::string_view rule) {
  static const std::set<std::string_view> rules = {
      "yaml-syntax", "duplicate-key", "unknown-key", "missing-key", "bad-type", "bad-value", "bad-encoding",
      "unknown-ref", "id-mismatch", "too-deep", "comment-cuts-text", "facilitator-not-external", "narrator-absent",
      "attendance-mismatch", "session-order", "stories-count", "sessions-exceed-plan", "bilan-missing",
      "group-text-shared", "duplicate-id", "group-audience-outsider", "backing-missing", "principles-not-validated", "stakes-missing",
      "decision-unilateral", "rationale-missing", "client-not-consulted", "deadline-order"};
  return rules.count(rule) == 1;
}

void expect(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: contract broken: %s\n", what);
  std::abort();
}

void check_contract(const diag::Diagnostics& diags) {
  for (const auto& d : diags.items()) {
    expect(d.pos.known(), "a diagnostic without a position");
    expect(is_contract_rule(d.rule), "a diagnostic with a rule outside the contract");
    expect(!d.message.empty(), "a diagnostic without a message");
  }
  const std::string text = diag::format_text(diags, false);
  expect(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) == diags.items().size(),
         "a diagnostic printed on more than one line");
}

}  // namespace efc::fuzz
