// efc completion bash|zsh|fish, and the two hidden helpers behind it and the man page:
// `efc __complete devices|audiences|requests|arbitrations [DEVICE]` lists ids of the current
// dossier (what the scripts offer for DEVICE, --audience...; DEVICE narrows audiences to one
// device), `efc __man` prints efc(1) in roff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct CompletionOptions {
  std::string shell;          // completion SHELL
  std::string ids;            // __complete WHAT
  std::string device;         // __complete audiences DEVICE
  CLI::App* completion = nullptr;
  CLI::App* complete_ids = nullptr;
  CLI::App* man = nullptr;
  bool requested() const;     // one of the three was on the command line
};

void setup_completion(CLI::App& app, CompletionOptions& opts);
// `root` is the whole app, every subcommand set up: the scripts and the page describe it.
int run_completion(const CompletionOptions& opts, const CLI::App& root, const GlobalOptions& global);

// The completion script of `shell` (bash, zsh or fish) for the commands of describe_commands().
std::string completion_script(std::string_view shell, const std::vector<CommandInfo>& commands);

// Ids of the dossier around the current folder for `what` (devices, audiences, requests,
// arbitrations), sorted, one per line; nothing outside a dossier. A non-empty `device` keeps
// only that device's audiences.
std::string dossier_ids(std::string_view what, std::string_view device);

}  // namespace efc::cli
