// efc status [--format text|json] [--templates DIR]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct StatusOptions {
  std::string format = "text";
  std::string templates;  // --templates DIR
};

void setup_status(CLI::App& app, StatusOptions& opts);
int run_status(const StatusOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
