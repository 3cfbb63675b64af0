// efc validate [PATH...] [--strict] [--format text|json|github]
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace efc::cli {

struct ValidateOptions {
  std::vector<std::string> paths;
  bool strict = false;
  std::string format;  // "" = github when GITHUB_ACTIONS=true, else text
};

void setup_validate(CLI::App& app, ValidateOptions& opts);
int run_validate(const ValidateOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
