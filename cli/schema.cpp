#include "schema.hpp"

#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "schema/editors.hpp"
#include "schema/json_schema.hpp"

namespace efc::cli {

void setup_schema(CLI::App& app, SchemaOptions& opts) {
  auto* cmd = app.add_subcommand("schema", "Print or write the JSON Schema (draft 2020-12) of each file kind");
  cmd->footer(
      "Without KIND, every kind: on stdout as one JSON object keyed by kind, or with -o one\n"
      "KIND.schema.json per kind. A file already in DIR is left alone when it holds the same\n"
      "schema and never overwritten when it differs (remove it to refresh it).\n"
      "\n"
      "Examples:\n"
      "  efc schema session                 the schema of session files, on stdout\n"
      "  efc schema -o .efc/schemas         all six, where scaffolded files point editors\n"
      "  efc schema | jq '.device'          pick one from the combined object");
  cmd->add_option("KIND", opts.kind, "The file kind (default: all six)")
      ->check(CLI::IsMember(schema::kind_names()));
  cmd->add_option("-o", opts.output, "Write KIND.schema.json files into DIR (created if missing); - for stdout")->type_name("DIR");
}

int run_schema(const SchemaOptions& opts, const GlobalOptions& global) {
  if (is_stdout(opts.output)) {
    return print_stdout(opts.kind.empty() ? schema::all_schemas_json() : *schema::json_schema(opts.kind));
  }
  const auto kinds = opts.kind.empty() ? schema::kind_names() : std::vector<std::string>{opts.kind};
  const auto done = schema::write_schemas(opts.output, kinds);
  if (!done) return report(done.failure());
  for (const auto& f : *done)
    note(global, f.unchanged ? fmt::format("{} is up to date", f.path) : fmt::format("wrote {}", f.path));
  return kDone;
}

}  // namespace efc::cli
