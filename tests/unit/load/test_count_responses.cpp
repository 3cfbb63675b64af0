// load/loader: count_responses, what efc respond checks after extending a responses.yaml.
#include <doctest/doctest.h>

#include "load/loader.hpp"

using efc::load::count_responses;

TEST_CASE("count responses: the responses a responses.yaml text holds") {
  CHECK(count_responses("responses: []\n") == 0u);
  CHECK(count_responses("responses:\n"
                        "  - to: q-1\n"
                        "    date: 2025-04-02\n"
                        "    by: [directeur]\n"
                        "    decision: answered\n"
                        "    text: Oui.\n"
                        "  - to: q-2\n"
                        "    date: 2025-04-03\n"
                        "    by: [directeur]\n"
                        "    decision: declined\n"
                        "    text: Non.\n") == 2u);
}

TEST_CASE("count responses: a text that does not load counts nothing") {
  CHECK_FALSE(count_responses("").has_value());  // an empty file holds no responses: list
  CHECK_FALSE(count_responses("responses: [\n").has_value());
  CHECK_FALSE(count_responses("- a list\n").has_value());
}
