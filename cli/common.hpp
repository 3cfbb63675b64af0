// What every subcommand shares: global options, exit codes, output helpers.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "diag/result.hpp"

namespace efc::cli {

// Exit codes of CLI.md; what can fail returns a diag::Result (CONTRIBUTING.md).
using diag::Exit;
using diag::Failure;
using diag::kDone;
using diag::kDossierErrors;
using diag::kRefused;
using diag::kUsage;
using diag::Result;
using diag::Status;

struct GlobalOptions {
  std::string directory;      // -C DIR
  std::string color = "auto";  // auto | always | never
  bool quiet = false;
};

// Whether to colour what goes to stderr, from --color, NO_COLOR, TERM and the terminal.
bool use_color(const GlobalOptions& g);

// The decision of use_color, without the environment: "always" and "never" win; "auto" colours
// only a terminal, not when NO_COLOR is set to a non-empty value (no-color.org), and not when
// TERM is "dumb" (a terminal that shows escape sequences as text).
bool color_wanted(std::string_view mode, const char* no_color, bool terminal, const char* term = nullptr);

// Whether efc runs in a GitHub Actions job (GITHUB_ACTIONS=true): validate then defaults to --format github.
bool in_github_actions();

// Whether an -o value means standard output: none given, or "-" (as for every command with -o).
bool is_stdout(std::string_view output);

// Writes `text` on standard output and flushes it: kDone, or kRefused after "efc: cannot write to
// stdout" (a full disk, a closed stdout). Every command prints what it outputs through it.
int print_stdout(std::string_view text);

// The last check of every run: whatever went to stdout must have reached it. `code` when it
// did (or when the run was refused anyway), else kRefused after the same message.
int check_stdout(int code);

// Standard descriptors 0, 1 and 2 left closed by the caller are taken by /dev/null opened
// read-only: writes to a closed stdout still fail, and no file efc opens can become fd 1.
void occupy_closed_std_fds();

// What is wrong with the value of a --date option ("" when it is a real date in efc's range).
std::string date_option_problem(const std::string& value);

// "efc: MESSAGE" on stderr; returns `code` so callers can `return fail(...)`.
int fail(int code, std::string_view message);

// Ends a command that failed: prints "efc: MESSAGE" unless it was printed already, and
// returns the exit code of `f`.
int report(const Failure& f);

// What the top-level handler prints for an exception nothing else caught (a bug of efc):
// "efc: internal error: WHAT" and a request to report it; returns kRefused.
int internal_error(const std::exception_ptr& caught);

// Runs `body`, turning any exception that escapes it into internal_error: efc never ends
// with std::terminate.
template <class Body>
int run_guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (...) {
    return internal_error(std::current_exception());
  }
}

// A note for people on stderr, unless --quiet.
void note(const GlobalOptions& g, std::string_view message);

}  // namespace efc::cli
