// efc init [DIR] [--lang fr|en] [--example]
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace efc::cli {

struct InitOptions {
  std::string dir = ".";
  std::string lang = "fr";
  bool example = false;
};

void setup_init(CLI::App& app, InitOptions& opts);
int run_init(const InitOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
