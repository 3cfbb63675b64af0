#include "fuzz_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "diag/format.hpp"
#include "diag/rules.hpp"
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
  const auto rules = diag::all_rules();
  return std::any_of(rules.begin(), rules.end(), [&](const diag::RuleInfo& r) { return r.id == rule; });
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
