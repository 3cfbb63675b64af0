// efc principles render [-o FILE] [--templates DIR]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct PrinciplesOptions {
  std::string output;
  std::string templates;  // --templates DIR
  bool typography = false;  // --typography: French typography in Markdown too
};

void setup_principles(CLI::App& app, PrinciplesOptions& opts);
int run_principles(const PrinciplesOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
