#include "app.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include "agenda.hpp"
#include "arbitration.hpp"
#include "bilan.hpp"
#include "common.hpp"
#include "completion.hpp"
#include "doctrine.hpp"
#include "init.hpp"
#include "principles.hpp"
#include "rex_new.hpp"
#include "schema.hpp"
#include "status.hpp"
#include "validate.hpp"
#include "version.hpp"

namespace efc::cli {
namespace {

void setup_globals(CLI::App& app, GlobalOptions& g) {
  app.set_version_flag("--version", std::string(kVersionLine));
  app.add_option("-C", g.directory, "Act as if efc was started in DIR")->type_name("DIR");
  app.add_option("--color", g.color, "Colour in diagnostics: auto (a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", g.quiet, "Print only errors and the documents asked for");
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 done; 1 the dossier has errors (or warnings under validate --strict);\n"
      "2 the command line is wrong; 3 refused or failed (not in a dossier, file exists...).\n"
      "Environment: NO_COLOR (set and not empty: no colour in auto mode); GITHUB_ACTIONS=true\n"
      "(validate prints GitHub annotations unless --format says otherwise); SOURCE_DATE_EPOCH\n"
      "(the day taken as today, for reproducible files).\n"
      "\n"
      "Examples:\n"
      "  efc init --example mission       a complete worked dossier to explore\n"
      "  efc -C mission validate          check it from any folder\n"
      "  efc completion bash > ~/.local/share/bash-completion/completions/efc\n"
      "\n"
      "'efc COMMAND --help' shows the options of a command; 'man efc' shows them all.");
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"efc: run cooperation programmes (REX sessions, joint arbitrations) from YAML dossiers", "efc"};
  GlobalOptions global;
  setup_globals(app, global);
  InitOptions init;
  setup_init(app, init);
  ValidateOptions validate;
  setup_validate(app, validate);
  StatusOptions status;
  setup_status(app, status);
  RexNewOptions rex_new;
  setup_rex_new(app, rex_new);
  AgendaOptions agenda;
  setup_agenda(app, agenda);
  BilanOptions bilan;
  setup_bilan(app, bilan);
  DoctrineOptions doctrine;
  setup_doctrine(app, doctrine);
  PrinciplesOptions principles;
  setup_principles(app, principles);
  SchemaOptions schema;
  setup_schema(app, schema);
  CompletionOptions completion;
  setup_completion(app, completion);
  ArbitrationOptions arbitration;
  setup_arbitration(app, arbitration);

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
  if (app.got_subcommand("init")) return run_init(init, global);
  if (app.got_subcommand("validate")) return run_validate(validate, global);
  if (app.got_subcommand("status")) return run_status(status, global);
  if (app.got_subcommand("rex")) return run_rex_new(rex_new, global);
  if (app.got_subcommand("agenda")) return run_agenda(agenda, global);
  if (app.got_subcommand("bilan")) return run_bilan(bilan, global);
  if (app.got_subcommand("doctrine")) return run_doctrine(doctrine, global);
  if (app.got_subcommand("principles")) return run_principles(principles, global);
  if (app.got_subcommand("schema")) return run_schema(schema, global);
  if (completion.requested()) return run_completion(completion, app, global);
  if (app.got_subcommand("arbitration")) return run_arbitration(arbitration, global);
  return kUsage;
}

}  // namespace efc::cli
