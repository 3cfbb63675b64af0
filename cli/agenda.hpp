// efc agenda DEVICE [--session N] [--format md|ics] [-o FILE] [--templates DIR]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct AgendaOptions {
  std::string device;
  long long session = 0;  // 0: the next session
  std::string format = "md";
  std::string output;     // -o FILE; empty: stdout
  std::string templates;  // --templates DIR
  bool typography = false;  // --typography: French typography in Markdown too
};

void setup_agenda(CLI::App& app, AgendaOptions& opts);
int run_agenda(const AgendaOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
