// efc exercise new management|cooperation [--date D]
// efc exercise render ID [--format md|json] [-o FILE] [--templates DIR]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct ExerciseOptions {
  CLI::App* command = nullptr;  // the `exercise` subcommand, to tell which of its own ran
  // new
  std::string exercise, date;  // date: YYYY-MM-DD; empty: today (SOURCE_DATE_EPOCH honoured)
  // render
  std::string id, format = "md", output, templates;
  bool typography = false;  // --typography: French typography in Markdown too
};

void setup_exercise(CLI::App& app, ExerciseOptions& opts);
int run_exercise(const ExerciseOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
