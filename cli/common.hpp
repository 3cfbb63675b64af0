// What every subcommand shares: global options, exit codes, output helpers.
#pragma once

#include <string>
#include <string_view>

namespace efc::cli {

// Exit codes of CLI.md.
enum Exit : int { kDone = 0, kDossierErrors = 1, kUsage = 2, kRefused = 3 };

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

// A note for people on stderr, unless --quiet.
void note(const GlobalOptions& g, std::string_view message);

}  // namespace efc::cli
