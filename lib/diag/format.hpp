// The three printed forms of diagnostics (CLI.md "Diagnostics").
#pragma once

#include <string>

#include "diag/diagnostic.hpp"

namespace efc::diag {

enum class OutputFormat { Text, Json, Github };

// `path:line:col: error: message [rule]`, one per line; `color` adds ANSI colours.
std::string format_text(const Diagnostics& diags, bool color);
// A JSON array of {path, line, column, severity, rule, message}.
std::string format_json(const Diagnostics& diags);
// GitHub workflow commands: `::error file=P,line=L,col=C,title=RULE::MESSAGE`.
std::string format_github(const Diagnostics& diags);

std::string format(const Diagnostics& diags, OutputFormat fmt, bool color);

}  // namespace efc::diag
