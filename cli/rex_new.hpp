// efc rex new DEVICE [--date D] [--start HH:MM] [--bilan]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct RexNewOptions {
  std::string device;
  std::string date;   // YYYY-MM-DD; empty: today (SOURCE_DATE_EPOCH honoured)
  std::string start;  // HH:MM; empty: the previous session's start
  bool bilan = false;
};

// Adds `rex` and its `new` subcommand.
void setup_rex_new(CLI::App& app, RexNewOptions& opts);
int run_rex_new(const RexNewOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
