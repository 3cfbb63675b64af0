// efc device new ID --kind internal|cross-actor
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct DeviceNewOptions {
  std::string id;
  std::string kind;  // "internal" or "cross-actor"
};

// Adds `device` and its `new` subcommand.
void setup_device_new(CLI::App& app, DeviceNewOptions& opts);
int run_device_new(const DeviceNewOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
