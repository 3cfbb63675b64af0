// efc respond DEVICE ITEM --by REF [--decision D] [--date D]
#pragma once

#include <string>
#include <vector>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct RespondOptions {
  std::string device;
  std::string item;              // the id of a question, hypothesis or experiment
  std::vector<std::string> by;   // people ids
  std::string decision = "answered";
  std::string date;              // YYYY-MM-DD; empty: today (SOURCE_DATE_EPOCH honoured)
};

void setup_respond(CLI::App& app, RespondOptions& opts);
int run_respond(const RespondOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
