#include "common.hpp"

#include <cstdlib>
#include <iostream>

#include <unistd.h>

namespace efc::cli {

bool color_wanted(std::string_view mode, const char* no_color, bool terminal, const char* term) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (no_color != nullptr && *no_color != '\0') return false;
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return terminal;
}

bool use_color(const GlobalOptions& g) {
  return color_wanted(g.color, std::getenv("NO_COLOR"), ::isatty(STDERR_FILENO) == 1, std::getenv("TERM"));
}

bool in_github_actions() {
  const char* v = std::getenv("GITHUB_ACTIONS");
  return v != nullptr && std::string_view(v) == "true";
}

bool is_stdout(std::string_view output) { return output.empty() || output == "-"; }

int fail(int code, std::string_view message) {
  std::cerr << "efc: " << message << '\n';
  return code;
}

void note(const GlobalOptions& g, std::string_view message) {
  if (!g.quiet) std::cerr << message << '\n';
}

}  // namespace efc::cli
