#include "app.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include "common.hpp"
#include "validate.hpp"
#include "version.hpp"

namespace efc::cli {
namespace {

void setup_globals(CLI::App& app, GlobalOptions& g) {
  app.set_version_flag("--version", std::string(kVersionLine));
  app.add_option("-C", g.directory, "Act as if efc was started in DIR")->type_name("DIR");
  app.add_option("--color", g.color, "Colour in diagnostics: auto, always or never (NO_COLOR honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", g.quiet, "Print only errors and the documents asked for");
  app.require_subcommand(1);
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"efc: run cooperation programmes (REX sessions, joint arbitrations) from YAML dossiers", "efc"};
  GlobalOptions global;
  setup_globals(app, global);
  ValidateOptions validate;
  setup_validate(app, validate);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "efc: " << e.what() << "\nRun 'efc --help' for more information.\n";
    return kUsage;
  }
  if (!global.directory.empty() && ::chdir(global.directory.c_str()) != 0) {
    return fail(kRefused, fmt::format("cannot change to {}: {}", global.directory, std::strerror(errno)));
  }
  if (app.got_subcommand("validate")) return run_validate(validate, global);
  return kUsage;
}

}  // namespace efc::cli
