// efc principles render [-o FILE] [--templates DIR]
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace efc::cli {

struct PrinciplesOptions {
  std::string output;
  std::string templates;  // --templates DIR
};

void setup_principles(CLI::App& app, PrinciplesOptions& opts);
int run_principles(const PrinciplesOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
