// efc doctrine [--format md|json] [--templates DIR]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct DoctrineOptions {
  std::string format = "md";
  std::string templates;  // --templates DIR
  bool typography = false;  // --typography: French typography in Markdown too
};

void setup_doctrine(CLI::App& app, DoctrineOptions& opts);
int run_doctrine(const DoctrineOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
