// efc queue new --performer REF
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct QueueNewOptions {
  std::string performer;  // a person id of the dossier
};

// Adds `queue` and its `new` subcommand.
void setup_queue_new(CLI::App& app, QueueNewOptions& opts);
int run_queue_new(const QueueNewOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
