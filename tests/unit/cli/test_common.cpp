// cli::color_wanted and cli::in_github_actions: the colour switches and the CI default;
// cli::run_guarded and cli::report: how a command ends when something fails.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <new>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "common.hpp"

using efc::cli::color_wanted;

TEST_CASE("colour: always and never win over NO_COLOR and the terminal") {
  for (const bool terminal : {true, false}) {
    for (const char* no_color : {static_cast<const char*>(nullptr), "", "1"}) {
      CHECK(color_wanted("always", no_color, terminal));
      CHECK_FALSE(color_wanted("never", no_color, terminal));
    }
  }
}

TEST_CASE("colour: auto colours a terminal only, and not when NO_COLOR is set to something") {
  CHECK(color_wanted("auto", nullptr, true));
  CHECK(color_wanted("auto", "", true));  // an empty NO_COLOR does not count (no-color.org)
  CHECK_FALSE(color_wanted("auto", "1", true));
  CHECK_FALSE(color_wanted("auto", "0", true));  // any non-empty value, even 0
  CHECK_FALSE(color_wanted("auto", nullptr, false));
  CHECK_FALSE(color_wanted("auto", "", false));
}

TEST_CASE("colour: auto does not colour TERM=dumb, always still does") {
  CHECK_FALSE(color_wanted("auto", nullptr, true, "dumb"));
  CHECK(color_wanted("auto", nullptr, true, "xterm-256color"));
  CHECK(color_wanted("auto", nullptr, true, ""));
  CHECK(color_wanted("always", nullptr, true, "dumb"));
}

TEST_CASE("colour: GITHUB_ACTIONS counts only when it is exactly true") {
  const char* saved = std::getenv("GITHUB_ACTIONS");
  const std::string keep = saved != nullptr ? saved : "";
  ::setenv("GITHUB_ACTIONS", "true", 1);
  CHECK(efc::cli::in_github_actions());
  ::setenv("GITHUB_ACTIONS", "false", 1);
  CHECK_FALSE(efc::cli::in_github_actions());
  ::setenv("GITHUB_ACTIONS", "", 1);
  CHECK_FALSE(efc::cli::in_github_actions());
  ::unsetenv("GITHUB_ACTIONS");
  CHECK_FALSE(efc::cli::in_github_actions());
  if (saved != nullptr) ::setenv("GITHUB_ACTIONS", keep.c_str(), 1);
}

namespace {

// What `body` prints on stderr when run under cli::run_guarded, and the exit code.
std::pair<int, std::string> guarded(const std::function<int()>& body) {
  std::ostringstream err;
  std::streambuf* old = std::cerr.rdbuf(err.rdbuf());
  const int code = efc::cli::run_guarded(body);
  std::cerr.rdbuf(old);
  return {code, err.str()};
}

const std::string kReport =
    "\nThis is a bug in efc; please report it, with the command you ran and the output of 'efc --version'.\n";

}  // namespace

TEST_CASE("top-level handler: what a command returns passes through, nothing printed") {
  CHECK(guarded([] { return 1; }) == std::pair<int, std::string>{1, ""});
}

TEST_CASE("top-level handler: an escaped exception is an internal error, exit 3, never a terminate") {
  CHECK(guarded([]() -> int { throw std::logic_error("render::Tree::push on a value that is not a list"); }) ==
        std::pair<int, std::string>{3, "efc: internal error: render::Tree::push on a value that is not a list" + kReport});
  CHECK(guarded([]() -> int { throw std::bad_alloc(); }) ==
        std::pair<int, std::string>{3, "efc: internal error: std::bad_alloc" + kReport});
  CHECK(guarded([]() -> int { throw 42; }) == std::pair<int, std::string>{3, "efc: internal error: unknown exception" + kReport});
}

TEST_CASE("report: prints efc: MESSAGE unless printed already, and returns the exit code") {
  CHECK(guarded([] {
          return efc::cli::report({1, "the dossier has 2 errors"});
        }) == std::pair<int, std::string>{1, "efc: the dossier has 2 errors\n"});
  CHECK(guarded([] { return efc::cli::report({3, ""}); }) == std::pair<int, std::string>{3, ""});
}
