// Follow-on findings: one fault is reported once, where it is written, and what would only
// repeat it is left out (a misspelt list, an empty file, a file whose ids cannot be read).
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

TEST_CASE("follow-on: a misspelt 'participants' is one line, not attendance-mismatch in every session") {
  const auto d = MiniDossier().replace("rex/dev/device.yaml", "participants: [ann, bob]", "particpants: [ann, bob]");
  CHECK(d.check() ==
        "rex/dev/device.yaml:5:1: error: unknown key 'particpants' in device, did you mean 'participants'? [unknown-key]\n");
}

TEST_CASE("follow-on: a misspelt 'present' is one line, not attendance-mismatch and narrator-absent") {
  const auto d = MiniDossier().replace("rex/dev/sessions/01.yaml", "present: [ann]", "presnt: [ann]");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:4:1: error: unknown key 'presnt' in session, did you mean 'present'? [unknown-key]\n");
}

TEST_CASE("follow-on: a participant that is not an id is one error, not one per session listing them") {
  const auto d = MiniDossier().replace("rex/dev/device.yaml", "participants: [ann, bob]", "participants: [ann, Bob]");
  CHECK(d.check() ==
        "rex/dev/device.yaml:5:21: error: 'participants' must be an id (a-z, 0-9 and '-', at most 64 characters), found "
        "'Bob'; did you mean 'bob' (Bob)? [bad-value]\n");
}

TEST_CASE("follow-on: an empty principles.yaml says so once, and references to principles are not checked") {
  const auto d = MiniDossier()
                     .set("principles.yaml", "")
                     .replace("rex/dev/sessions/01.yaml", "questions:", "experiments:\n  - text: Try\n    principles: [fair]\nquestions:");
  CHECK(d.check() ==
        "principles.yaml:1:1: error: the file is empty: it needs at least 'status' and 'principles' (principles) [missing-key]\n");
  // Only comments is empty too; 'principles' misspelt is one line as well.
  CHECK(MiniDossier().set("principles.yaml", "# to write\n").check() ==
        "principles.yaml:1:1: error: the file is empty: it needs at least 'status' and 'principles' (principles) [missing-key]\n");
  const auto misspelt = MiniDossier()
                            .replace("principles.yaml", "principles:", "principle:")
                            .replace("rex/dev/sessions/01.yaml", "questions:", "experiments:\n  - text: Try\n    principles: [fair]\nquestions:");
  CHECK(misspelt.check() ==
        "principles.yaml:4:1: error: unknown key 'principle' in principles, did you mean 'principles'? [unknown-key]\n");
}

TEST_CASE("follow-on: an empty session file says so, and the sessions after it keep their numbers") {
  CHECK(MiniDossier().set("rex/dev/sessions/01.yaml", "\n").check() ==
        "rex/dev/sessions/01.yaml:1:1: error: the file is empty: it needs at least 'number' and 'date' (session) "
        "[missing-key]\n");
}
