// format/context: what reading one value reports; here comment-cuts-text, through a whole
// dossier load (the minimal dossier of tests/unit/support, one fault at a time).
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

TEST_CASE("comment-cuts-text: a '#' right after a plain text, then no space, is a warning at the '#'") {
  const auto d = MiniDossier().replace("rex/dev/device.yaml", "title: Reflective space", "title: Salle n°2 #RDC");
  CHECK(d.check() ==
        "rex/dev/device.yaml:2:18: warning: 'title' ends at 'Salle n°2': ' #' starts a comment, so '#RDC' and the rest "
        "of the line are not part of the text; to keep them, put the whole text in quotes (\"...\") [comment-cuts-text]\n");
}

TEST_CASE("comment-cuts-text: in group text the message quotes nothing of the file") {
  const auto d = MiniDossier().replace("rex/dev/sessions/01.yaml", "title: The night shift", "title: The night #2 shift");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:8:22: warning: 'title' is cut here: ' #' starts a comment, so the rest of the line is "
        "not part of the text; to keep it, put the whole text in quotes [comment-cuts-text]\n");
}

TEST_CASE("comment-cuts-text: comments written as comments, quoted texts, ids and block texts are left alone") {
  CHECK(MiniDossier().replace("rex/dev/device.yaml", "title: Reflective space", "title: Reflective space # the room").check() == "");
  CHECK(MiniDossier().replace("rex/dev/device.yaml", "title: Reflective space", "title: \"Salle #RDC\" #note").check() == "");
  CHECK(MiniDossier().replace("rex/dev/device.yaml", "title: Reflective space", "title: Salle#RDC").check() == "");
  CHECK(MiniDossier().replace("rex/dev/device.yaml", "facilitators: [fay]", "facilitators: [fay] #x").check() == "");
  CHECK(MiniDossier().replace("rex/dev/device.yaml", "title: Reflective space", "title: |\n  Salle #RDC\n").check() == "");
}

TEST_CASE("comment-cuts-text: in a flow list, the text before the comment is named, not the first item") {
  const auto d = MiniDossier().replace("rex/dev/device.yaml", "title: Reflective space",
                                       "title: Reflective space\nrules: [Be kind, Room #2\n  ]");
  CHECK(d.check() ==
        "rex/dev/device.yaml:3:23: warning: 'rules' ends at 'Room': ' #' starts a comment, so '#2' and the rest of the "
        "line are not part of the text; to keep them, put the whole text in quotes (\"...\") [comment-cuts-text]\n");
}

TEST_CASE("ids: a person's name written as a ref suggests the person's id, with the name") {
  const auto d = MiniDossier()
                     .replace("dossier.yaml", "  - id: fay\n    name: Fay", "  - id: faure\n    name: Jérôme Faure\n    organisation: org\n  - id: fay\n    name: Fay")
                     .replace("rex/dev/sessions/01.yaml", "questions:", "experiments:\n  - text: Try\n    owner: Jérôme Faure\nquestions:");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:12:12: error: 'owner' must be an id (a-z, 0-9 and '-', at most 64 characters), found "
        "'Jérôme Faure'; did you mean 'faure' (Jérôme Faure)? [bad-value]\n");
}

TEST_CASE("ids: an id written with accents suggests the id without them") {
  const auto d = MiniDossier().replace("rex/dev/sessions/01.yaml", "questions:",
                                       "experiments:\n  - text: Try\n    principles: [Fair, équité]\nquestions:");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:12:18: error: 'principles' must be an id (a-z, 0-9 and '-', at most 64 characters), "
        "found 'Fair'; did you mean 'fair'? [bad-value]\n"
        "rex/dev/sessions/01.yaml:12:24: error: 'principles' must be an id (a-z, 0-9 and '-', at most 64 characters), "
        "found 'équité' [bad-value]\n");
}
