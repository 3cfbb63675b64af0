// rules::check_all through check::load_and_check: the test dossier itself is clean.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

TEST_CASE("rules: the minimal test dossier gets no finding at all") {
  CHECK(MiniDossier().check() == "");
}
