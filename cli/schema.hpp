// efc schema [KIND] [-o DIR]
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace efc::cli {

struct SchemaOptions {
  std::string kind;    // "" = every kind
  std::string output;  // -o DIR; "" = stdout
};

void setup_schema(CLI::App& app, SchemaOptions& opts);
int run_schema(const SchemaOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
