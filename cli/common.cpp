#include "common.hpp"

#include <cerrno>
#include <cstdlib>
#include <iostream>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "format/scalars.hpp"

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

int print_stdout(std::string_view text) {
  std::cout << text << std::flush;
  return std::cout ? kDone : fail(kRefused, "cannot write to stdout");
}

int check_stdout(int code) {
  if (code == kRefused || std::cout.flush()) return code;
  return fail(kRefused, "cannot write to stdout");
}

void occupy_closed_std_fds() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int opened = ::open("/dev/null", O_RDONLY);
    if (opened != fd && opened >= 0) ::close(opened);  // fd was taken meanwhile: nothing to do
  }
}

std::string date_option_problem(const std::string& value) {
  const auto d = format::parse_date(value);
  if (!d) return "not a real date YYYY-MM-DD: " + value;
  return format::in_date_range(*d) ? ""
                                   : fmt::format("{} is outside the dates efc accepts ({})", value, format::date_range_text());
}

int fail(int code, std::string_view message) {
  std::cerr << "efc: " << message << '\n';
  return code;
}

int report(const Failure& f) {
  if (!f.message.empty()) fail(f.exit, f.message);
  return f.exit;
}

int internal_error(const std::exception_ptr& caught) {
  std::string what = "unknown exception";
  try {
    std::rethrow_exception(caught);
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {}
  try {
    std::cerr << "efc: internal error: " << what
              << "\nThis is a bug in efc; please report it, with the command you ran and the output of 'efc --version'.\n";
  } catch (...) {  // nothing more can be said: the exit code still tells
  }
  return kRefused;
}

void note(const GlobalOptions& g, std::string_view message) {
  if (!g.quiet) std::cerr << message << '\n';
}

}  // namespace efc::cli
