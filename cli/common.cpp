#include "common.hpp"

#include <cstdlib>
#include <iostream>

#include <unistd.h>

namespace efc::cli {

bool use_color(const GlobalOptions& g) {
  if (g.color == "always") return true;
  if (g.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return ::isatty(STDERR_FILENO) == 1;
}

int fail(int code, std::string_view message) {
  std::cerr << "efc: " << message << '\n';
  return code;
}

void note(const GlobalOptions& g, std::string_view message) {
  if (!g.quiet) std::cerr << message << '\n';
}

}  // namespace efc::cli
