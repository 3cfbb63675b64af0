// cli::color_wanted and cli::in_github_actions: the colour switches and the CI default.
#include <doctest/doctest.h>

#include <cstdlib>

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
