// efc arbitration new [--request REF] [--kind K] [--id ID] [--date D]
// efc arbitration impact ID [--format text|json]
// efc arbitration report [--format md|json]
#pragma once

#include <optional>
#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct ArbitrationOptions {
  CLI::App* command = nullptr;  // the `arbitration` subcommand, to tell which of its own ran
  // new
  std::string request, kind, date;
  std::optional<std::string> id;  // --id given, even empty (refused then)
  // impact
  std::string impact_id, impact_format = "text";
  // report
  std::string report_format = "md";
  bool typography = false;  // --typography: French typography in Markdown too
};

void setup_arbitration(CLI::App& app, ArbitrationOptions& opts);
int run_arbitration(const ArbitrationOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
