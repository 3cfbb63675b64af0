// efc init [DIR] [--lang fr|en] [--example]: a dossier, or the worked example's portfolio
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct InitOptions {
  std::string dir = ".";
  std::string lang = "fr";
  bool example = false;
};

void setup_init(CLI::App& app, InitOptions& opts);
int run_init(const InitOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
