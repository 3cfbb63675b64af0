// efc portfolio status [DIR...] [--format text|json|html] [--lang fr|en] [--templates DIR]
// efc portfolio agenda [DIR...] [--format ics] [-o FILE]
#pragma once

#include <string>
#include <vector>

#include "common.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct PortfolioOptions {
  CLI::App* command = nullptr;  // the `portfolio` subcommand, to tell which of its own ran
  // status
  std::vector<std::string> status_dirs;
  std::string status_format = "text";
  std::string lang;       // "" = the language every dossier uses, else fr
  std::string templates;  // --templates DIR
  // agenda
  std::vector<std::string> agenda_dirs;
  std::string agenda_format = "ics";
  std::string output;
};

void setup_portfolio(CLI::App& app, PortfolioOptions& opts);
int run_portfolio(const PortfolioOptions& opts, const GlobalOptions& global);

}  // namespace efc::cli
