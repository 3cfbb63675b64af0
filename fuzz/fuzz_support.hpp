// Shared by the fuzz targets: the base dossier in memory and the diagnostics contract.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "io/filesystem.hpp"

namespace efc::fuzz {

// The minimal dossier of the unit tests (tests/unit/support/mini_dossier.cpp), rooted at "":
// seven small files, so that one input costs milliseconds, not the worked example's tens.
const io::MemoryFileSystem& base_dossier();

// True for the rule ids of the table of rules (diag/rules.hpp).
bool is_contract_rule(std::string_view rule);

// Aborts (a finding for libFuzzer) with `what` when `ok` is false.
void expect(bool ok, const char* what);

// Every diagnostic positioned, with a contract rule id, and printed on exactly one line.
void check_contract(const diag::Diagnostics& diags);

}  // namespace efc::fuzz
