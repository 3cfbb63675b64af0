// efc bilan render DEVICE [--audience ID] [--format md|json] [-o FILE] [--templates DIR]
#pragma once

#include <optional>
#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct BilanOptions {
  std::string device;
  std::optional<std::string> audience;
  std::string format = "md";
  std::string output;
  std::string templates;  // --templates DIR
  bool typography = false;  // --typography: French typography in Markdown too
};

void setup_bilan(CLI::App& app, BilanOptions& opts);
int run_bilan(const BilanOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
