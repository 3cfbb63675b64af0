// schema::modeline: the first line of scaffolded files points at the dossier's schemas.
#include <doctest/doctest.h>

#include "schema/editors.hpp"

using efc::schema::modeline;

TEST_CASE("editors: the modeline's schema path is relative to the file's own folder") {
  CHECK(modeline("dossier", "dossier.yaml") == "# yaml-language-server: $schema=.efc/schemas/dossier.schema.json");
  CHECK(modeline("device", "rex/chefs/device.yaml") ==
        "# yaml-language-server: $schema=../../.efc/schemas/device.schema.json");
  CHECK(modeline("session", "rex/chefs/sessions/01.yaml") ==
        "# yaml-language-server: $schema=../../../.efc/schemas/session.schema.json");
  CHECK(modeline("arbitration", "arbitrations/2025-007.yaml") ==
        "# yaml-language-server: $schema=../.efc/schemas/arbitration.schema.json");
}
