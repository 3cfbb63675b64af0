// The command tree of the CLI11 app, as data: what completion scripts and the man page
// are generated from, so that they say what --help says.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

// What the value of an option or positional is, for completion.
enum class ValueKind {
  None,          // a flag: no value
  Free,          // any text
  Choices,       // one of `choices`
  File,
  Dir,
  Devices,       // ids of the current dossier, listed by `efc __complete KIND`
  Audiences,
  Requests,
  Arbitrations,
  Exercises,
};

struct ArgInfo {
  std::vector<std::string> short_names;  // "-q", without the dash: "q"
  std::vector<std::string> long_names;   // "--quiet", without the dashes: "quiet"
  std::string positional;                // the name of a positional ("KIND"), else ""
  std::string type_name;                 // "DIR", "TEXT"... without the list of choices
  std::vector<std::string> choices;
  ValueKind value = ValueKind::None;
  bool repeats = false;                  // a positional taking several values
  bool required = false;                 // the command refuses to run without it
  std::string description;
  // "-q, --quiet", "-o DIR", "--format {text,json}", "KIND": how --help and the man page show it.
  std::string synopsis() const;
};

struct CommandInfo {
  std::string path;         // "" for efc itself, "validate", "bilan render"
  std::string description;
  std::string footer;       // the examples of --help
  std::vector<std::string> subcommands;              // names, in definition order
  std::vector<std::string> subcommand_descriptions;  // same order
  std::vector<ArgInfo> options;
  std::vector<ArgInfo> positionals;
};

// Every visible command, efc itself first, then depth first in definition order.
// Commands and options in the hidden group ("") are left out.
std::vector<CommandInfo> describe_commands(const CLI::App& root);

// The names of an ArgInfo as a shell would type them: "-q", "--quiet".
std::vector<std::string> option_words(const ArgInfo& arg);

}  // namespace efc::cli
