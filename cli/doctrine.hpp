// efc doctrine [--format md|json] [--templates DIR]
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace efc::cli {

struct DoctrineOptions {
  std::string format = "md";
  std::string templates;  // --templates DIR
};

void setup_doctrine(CLI::App& app, DoctrineOptions& opts);
int run_doctrine(const DoctrineOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
