// rules/institution.cpp: institutional backing and the charter of principles.
// dossier.yaml ends with "backing:" on line 34 (statement 35, validated_by 36, date 37);
// principles.yaml: 1 status: adopted, 2 validated_by: [boss], 3 adopted: 2025-01-20.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

namespace {

constexpr const char* kBacking =
    "backing:\n  statement: The board validated the principles.\n  validated_by: [boss]\n  date: 2025-01-10\n";

}  // namespace

// --- backing-missing ---

TEST_CASE("backing-missing: no backing at all, reported at the top of dossier.yaml") {
  const auto d = MiniDossier().replace("dossier.yaml", kBacking, "");
  CHECK(d.check() ==
        "dossier.yaml:1:1: warning: no institutional backing: add 'backing' with who validated the principles, and when "
        "[backing-missing]\n");
}

TEST_CASE("backing-missing: a backing validated by no one, reported at 'validated_by'") {
  const auto d = MiniDossier().replace("dossier.yaml", "validated_by: [boss]", "validated_by: []");
  CHECK(d.check() ==
        "dossier.yaml:36:3: warning: the backing is validated by no one: name who validated it in 'validated_by' "
        "[backing-missing]\n");
}

TEST_CASE("backing-missing: not raised for a backing validated by someone, even without a date") {
  const auto d = MiniDossier().replace("dossier.yaml", "  date: 2025-01-10\n", "");
  CHECK(d.check() == "");
}

// --- principles-not-validated ---

TEST_CASE("principles-not-validated: adopted without validated_by") {
  const auto d = MiniDossier().replace("principles.yaml", "validated_by: [boss]\n", "");
  CHECK(d.check() ==
        "principles.yaml:1:9: error: principles are 'adopted' but 'validated_by' names no one [principles-not-validated]\n");
}

TEST_CASE("principles-not-validated: validated with an empty validated_by") {
  const auto d = MiniDossier()
                     .replace("principles.yaml", "status: adopted", "status: validated")
                     .replace("principles.yaml", "validated_by: [boss]", "validated_by: []");
  CHECK(d.check() ==
        "principles.yaml:1:9: error: principles are 'validated' but 'validated_by' names no one [principles-not-validated]\n");
}

TEST_CASE("principles-not-validated: adopted without the 'adopted' date") {
  const auto d = MiniDossier().replace("principles.yaml", "adopted: 2025-01-20\n", "");
  CHECK(d.check() ==
        "principles.yaml:1:9: error: principles are 'adopted' but have no 'adopted' date [principles-not-validated]\n");
}

TEST_CASE("principles-not-validated: not raised for a draft, nor for validated principles without a date") {
  const auto draft = MiniDossier().replace("principles.yaml", "status: adopted\nvalidated_by: [boss]\nadopted: 2025-01-20\n",
                                           "status: draft\n");
  CHECK(draft.check() == "");
  const auto validated = MiniDossier()
                             .replace("principles.yaml", "status: adopted", "status: validated")
                             .replace("principles.yaml", "adopted: 2025-01-20\n", "");
  CHECK(validated.check() == "");
  CHECK(MiniDossier().remove("principles.yaml").check() == "");
}

// --- the format version (bad-value) ---

TEST_CASE("bad-value: a format version other than 1") {
  const auto d = MiniDossier().replace("dossier.yaml", "efc: 1", "efc: 2");
  CHECK(d.check() == "dossier.yaml:1:6: error: format version 2 is not supported; this efc reads version 1 [bad-value]\n");
}
