// efc schema [KIND] [-o DIR]
#pragma once

#include <string>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct SchemaOptions {
  std::string kind;    // "" = every kind
  std::string output;  // -o DIR; "" = stdout
};

void setup_schema(CLI::App& app, SchemaOptions& opts);
int run_schema(const SchemaOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
