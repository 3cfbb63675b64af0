// efc status [--format text|json] [--templates DIR]
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace efc::cli {

struct StatusOptions {
  std::string format = "text";
  std::string templates;  // --templates DIR
};

void setup_status(CLI::App& app, StatusOptions& opts);
int run_status(const StatusOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
