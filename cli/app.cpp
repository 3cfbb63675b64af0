#include "app.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>
#include <span>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include "agenda.hpp"
#include "arbitration.hpp"
#include "bilan.hpp"
#include "common.hpp"
#include "completion.hpp"
#include "device_new.hpp"
#include "doctrine.hpp"
#include "exercise.hpp"
#include "help.hpp"
#include "init.hpp"
#include "portfolio.hpp"
#include "principles.hpp"
#include "queue_new.hpp"
#include "respond.hpp"
#include "rex_new.hpp"
#include "schema.hpp"
#include "status.hpp"
#include "text/spell.hpp"
#include "validate.hpp"
#include "version.hpp"

namespace efc::cli {
namespace {

void setup_globals(CLI::App& app, GlobalOptions& g) {
  app.set_version_flag("--version", std::string(kVersionLine));
  app.add_option("-C", g.directory, "Act as if efc was started in DIR")->type_name("DIR");
  app.add_option("--color", g.color, "Colour in diagnostics: auto (a terminal, unless NO_COLOR is set or TERM=dumb), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", g.quiet, "Print only errors and the documents asked for");
  app.require_subcommand(1);
  // Subcommands declared after this pass the options they do not know to efc: the global
  // options are accepted after the command words too (efc validate --color always).
  app.fallthrough();
}

// "  TERM    text" lines, the terms padded to one column.
std::string two_columns(std::span<const HelpEntry> entries, std::size_t width) {
  std::string out;
  for (const auto& e : entries) {
    out += e.text.empty() ? fmt::format("  {}\n", e.term) : fmt::format("  {:<{}} {}\n", e.term, width, e.text);
  }
  return out;
}

// What to say about a command word efc does not know, at the level where it stands (efc validat,
// efc arbitration reprt): the closest command and where to list them; "" when every word is known.
std::string unknown_command(const CLI::App& root, int argc, char** argv) {
  const CLI::App* at = &root;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("-")) {
      const CLI::Option* opt = at->get_option_no_throw(arg.substr(0, arg.find('=')));
      if (opt == nullptr) opt = root.get_option_no_throw(arg.substr(0, arg.find('=')));
      if (opt != nullptr && opt->get_items_expected_max() > 0 && arg.find('=') == std::string::npos) ++i;
      continue;
    }
    const auto subs = at->get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); });
    const auto positionals = at->get_options([](const CLI::Option* o) { return !o->nonpositional(); });
    if (subs.empty() || !positionals.empty()) return "";
    std::vector<std::string> names;
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : subs) {
      names.push_back(sub->get_name());
      if (sub->get_name() == arg) next = sub;
    }
    if (next == nullptr) {
      const std::string path = at == &root ? "efc" : "efc " + at->get_name();
      const auto close = text::closest(arg, names);
      return fmt::format("unknown command '{}'{}\nRun '{} --help' for the list of commands.", arg,
                         close ? fmt::format("; did you mean '{}'?", *close) : "", path);
    }
    at = next;
  }
  return "";
}

// Every option struct of the command line; each command's setup binds to its own.
struct Options {
  GlobalOptions global;
  InitOptions init;
  ValidateOptions validate;
  StatusOptions status;
  RexNewOptions rex_new;
  DeviceNewOptions device_new;
  QueueNewOptions queue_new;
  RespondOptions respond;
  ExerciseOptions exercise;
  AgendaOptions agenda;
  BilanOptions bilan;
  DoctrineOptions doctrine;
  PrinciplesOptions principles;
  SchemaOptions schema;
  CompletionOptions completion;
  ArbitrationOptions arbitration;
  PortfolioOptions portfolio;
};

// A top-level command: its word, how it declares its options, how it runs once parsed.
// `whole_tree`: it needs every command declared (it prints the command tree).
struct Command {
  std::string_view word;
  void (*setup)(CLI::App&, Options&);
  int (*run)(Options&, const CLI::App&);
  bool whole_tree = false;
};

// In the order of `efc --help`. The completion entries stand for the three subcommands
// setup_completion declares (completion, __complete, __man).
constexpr Command kCommands[] = {
    {"init", [](CLI::App& a, Options& o) { setup_init(a, o.init); },
     [](Options& o, const CLI::App&) { return run_init(o.init, o.global); }},
    {"validate", [](CLI::App& a, Options& o) { setup_validate(a, o.validate); },
     [](Options& o, const CLI::App&) { return run_validate(o.validate, o.global); }},
    {"status", [](CLI::App& a, Options& o) { setup_status(a, o.status); },
     [](Options& o, const CLI::App&) { return run_status(o.status, o.global); }},
    {"rex", [](CLI::App& a, Options& o) { setup_rex_new(a, o.rex_new); },
     [](Options& o, const CLI::App&) { return run_rex_new(o.rex_new, o.global); }},
    {"device", [](CLI::App& a, Options& o) { setup_device_new(a, o.device_new); },
     [](Options& o, const CLI::App&) { return run_device_new(o.device_new, o.global); }},
    {"respond", [](CLI::App& a, Options& o) { setup_respond(a, o.respond); },
     [](Options& o, const CLI::App&) { return run_respond(o.respond, o.global); }},
    {"exercise", [](CLI::App& a, Options& o) { setup_exercise(a, o.exercise); },
     [](Options& o, const CLI::App&) { return run_exercise(o.exercise, o.global); }},
    {"agenda", [](CLI::App& a, Options& o) { setup_agenda(a, o.agenda); },
     [](Options& o, const CLI::App&) { return run_agenda(o.agenda, o.global); }},
    {"bilan", [](CLI::App& a, Options& o) { setup_bilan(a, o.bilan); },
     [](Options& o, const CLI::App&) { return run_bilan(o.bilan, o.global); }},
    {"doctrine", [](CLI::App& a, Options& o) { setup_doctrine(a, o.doctrine); },
     [](Options& o, const CLI::App&) { return run_doctrine(o.doctrine, o.global); }},
    {"principles", [](CLI::App& a, Options& o) { setup_principles(a, o.principles); },
     [](Options& o, const CLI::App&) { return run_principles(o.principles, o.global); }},
    {"schema", [](CLI::App& a, Options& o) { setup_schema(a, o.schema); },
     [](Options& o, const CLI::App&) { return run_schema(o.schema, o.global); }},
    {"completion", [](CLI::App& a, Options& o) { setup_completion(a, o.completion); },
     [](Options& o, const CLI::App& app) { return run_completion(o.completion, app, o.global); }, true},
    {"queue", [](CLI::App& a, Options& o) { setup_queue_new(a, o.queue_new); },
     [](Options& o, const CLI::App&) { return run_queue_new(o.queue_new, o.global); }},
    {"arbitration", [](CLI::App& a, Options& o) { setup_arbitration(a, o.arbitration); },
     [](Options& o, const CLI::App&) { return run_arbitration(o.arbitration, o.global); }},
    {"portfolio", [](CLI::App& a, Options& o) { setup_portfolio(a, o.portfolio); },
     [](Options& o, const CLI::App&) { return run_portfolio(o.portfolio, o.global); }},
};

const Command* find_command(std::string_view word) {
  if (word == "__complete" || word == "__man") word = "completion";
  for (const auto& c : kCommands) {
    if (c.word == word) return &c;
  }
  return nullptr;
}

// What the arguments ask for: the first word that is neither an option nor the value of a
// global option, and whether help is asked.
struct Request {
  bool has_word = false;
  const Command* command = nullptr;  // null: no word, or an unknown one
  bool help = false;
};

Request read_request(int argc, char** argv) {
  Request r;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") r.help = true;
    if (arg == "-C" || arg == "--color") {
      ++i;
    } else if (!arg.starts_with("-") && !r.has_word) {
      r.has_word = true;
      r.command = find_command(arg);
    }
  }
  return r;
}

// Whether the arguments ask for `validate --format json`, read before parsing (which failed).
bool asks_validate_json(int argc, char** argv) {
  const Request r = read_request(argc, argv);
  if (r.command == nullptr || r.command->word != "validate") return false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--format=json" || (arg == "--format" && i + 1 < argc && std::string_view(argv[i + 1]) == "json")) return true;
  }
  return false;
}

// Declaring every option costs more than starting the process (scripts call efc in loops),
// so only the command named is declared, and none for `efc --version`. Help, an unknown
// word and the printers of the command tree get them all, so that what is printed is complete.
std::vector<const Command*> commands_to_declare(int argc, char** argv) {
  const Request r = read_request(argc, argv);
  std::vector<const Command*> out;
  if (!r.has_word && !r.help) return out;
  const bool all = r.command == nullptr || r.command->whole_tree;
  for (const auto& c : kCommands) {
    if (all || r.command == &c) out.push_back(&c);
  }
  return out;
}

}  // namespace

std::string root_footer() {
  std::string out = "Exit codes:\n" + two_columns(kExitCodes, 2);
  out += "Environment:\n" + two_columns(kEnvironment, 18);
  out += "\nExamples:\n" + two_columns(kRootExamples, 32);
  return out + "\n'efc COMMAND --help' shows the options of a command; 'man efc' shows them all.";
}

namespace {

// Parses and runs the command named in argv; what it prints on stdout is checked by run().
int parse_and_run(int argc, char** argv) {
  // `efc --version` alone, as scripts call it: the line CLI11 prints, without building the
  // command line (a third of its instructions). With anything else, CLI11 parses as always.
  if (argc == 2 && std::string_view(argv[1]) == "--version") return print_stdout(std::string(kVersionLine) + "\n");
  CLI::App app{"efc: run cooperation programmes (REX sessions, joint arbitrations) from YAML dossiers", "efc"};
  Options options;
  setup_globals(app, options.global);
  const auto declared = commands_to_declare(argc, argv);
  for (const Command* c : declared) c->setup(app, options);
  // After the subcommands, which would otherwise inherit it; only for help (it costs a
  // tenth of the start-up of efc --version to format).
  if (read_request(argc, argv).help) app.footer(root_footer());

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {  // --help, --version: on stdout, through the one write path
      std::ostringstream out;
      app.exit(e, out, std::cerr);
      return print_stdout(out.str());
    }
    const std::string unknown = unknown_command(app, argc, argv);
    if (!unknown.empty()) return fail(kUsage, unknown);
    // A machine format is a document whatever the exit code: validate --format json prints [].
    if (asks_validate_json(argc, argv) && print_stdout("[]\n") != kDone) return kRefused;
    std::cerr << "efc: " << e.what() << "\nRun 'efc --help' for more information.\n";
    return kUsage;
  }
  const GlobalOptions& global = options.global;
  if (!global.directory.empty() && ::chdir(global.directory.c_str()) != 0) {
    return fail(kRefused, fmt::format("cannot change to {}: {}", global.directory, std::strerror(errno)));
  }
  for (const Command* c : declared) {
    const bool chosen = c->word == "completion" ? options.completion.requested() : app.got_subcommand(std::string(c->word));
    if (chosen) return c->run(options, app);
  }
  return kUsage;
}

}  // namespace

int run(int argc, char** argv) {
  occupy_closed_std_fds();
  return run_guarded([&] { return check_stdout(parse_and_run(argc, argv)); });
}

}  // namespace efc::cli
