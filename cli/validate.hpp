// efc validate [PATH...] [--strict] [--format text|json|github]
#pragma once

#include <string>
#include <vector>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct ValidateOptions {
  std::vector<std::string> paths;
  bool strict = false;
  std::string format;  // "" = github when GITHUB_ACTIONS=true, else text
};

void setup_validate(CLI::App& app, ValidateOptions& opts);
int run_validate(const ValidateOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
