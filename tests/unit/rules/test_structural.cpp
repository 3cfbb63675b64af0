// The structural rules of CLI.md as a whole dossier load reports them (check::load_and_check):
// yaml-syntax, duplicate-key, unknown-key, missing-key, bad-type, bad-value, bad-encoding,
// id-mismatch (file and folder names) and too-deep. A broken file never hides the others.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::kDevicePath;
using efc::testing::kSession1Path;
using efc::testing::mini_dossier_files;
using efc::testing::MiniDossier;

namespace {


}  // namespace

TEST_CASE("structural: the minimal dossier is clean, so each case below shows one fault") {
  CHECK(MiniDossier().check() == "");
}

// --- yaml-syntax ---

TEST_CASE("yaml-syntax: a badly indented key, positioned where the parser stopped") {
  const auto d = MiniDossier().replace("principles.yaml", "validated_by: [boss]", "  validated_by: [boss]");
  CHECK(d.check() ==
        "principles.yaml:2:15: error: this line is indented further than the key above, so YAML reads it as the rest of "
        "that key's text, where ': ' cannot stand; give this key the indentation of the keys around it, or, if it is "
        "text, put the whole text in quotes (\"...\"), or write it on the lines after '|' (one level further in) "
        "[yaml-syntax]\n");
}

TEST_CASE("yaml-syntax: an unclosed flow list, and the sessions of that device are still read") {
  const auto d = MiniDossier()
                     .replace(kDevicePath, "participants: [ann, bob]", "participants: [ann, bob")
                     .replace(kSession1Path, "narrator: ann", "narator: ann");
  CHECK(d.check() ==
        "rex/dev/device.yaml:5:15: error: this '[' list is never closed with ']' [yaml-syntax]\n"
        "rex/dev/sessions/01.yaml:7:5: error: unknown key in story, did you mean 'narrator'? [unknown-key]\n");
}

TEST_CASE("yaml-syntax: an unreadable session still counts as held: no false session-order or bilan-missing") {
  const auto first = MiniDossier().replace(kSession1Path, "present: [ann]", "present: [ann");
  CHECK(first.check() == "rex/dev/sessions/01.yaml:4:10: error: this '[' list is never closed with ']' [yaml-syntax]\n");
  const auto bilan = MiniDossier().replace("rex/dev/sessions/02.yaml", "present: [ann, bob]", "present: [ann, bob");
  CHECK(bilan.check() == "rex/dev/sessions/02.yaml:4:10: error: this '[' list is never closed with ']' [yaml-syntax]\n");
  const auto more = MiniDossier()
                        .replace(kDevicePath, "planned_sessions: 2", "planned_sessions: 1")
                        .replace(kSession1Path, "present: [ann]", "present: [ann");
  CHECK(more.check() ==
        "rex/dev/device.yaml:6:19: warning: 2 sessions held, 1 planned [sessions-exceed-plan]\n"
        "rex/dev/sessions/01.yaml:4:10: error: this '[' list is never closed with ']' [yaml-syntax]\n");
}

TEST_CASE("yaml-syntax: a quote never closed does not swallow the keys after it") {
  const auto d = MiniDossier().replace(kSession1Path, "kind: regular", "kind: regular\nplace: \"Room 2");
  CHECK(d.check() == "rex/dev/sessions/01.yaml:4:8: error: this quoted text is never closed with \" [yaml-syntax]\n");
}

TEST_CASE("yaml-syntax: not raised for valid flow and block styles") {
  const auto d = MiniDossier().replace(kDevicePath, "participants: [ann, bob]", "participants:\n  - ann\n  - bob");
  CHECK(d.check() == "");
}

// --- duplicate-key ---

TEST_CASE("duplicate-key: both positions are given") {
  const auto d = MiniDossier().replace(kDevicePath, "session_minutes: 120", "session_minutes: 120\ntitle: Another title");
  CHECK(d.check() ==
        "rex/dev/device.yaml:8:1: error: duplicate key 'title' (first at line 2, column 1); only one can be kept "
        "[duplicate-key]\n");
}

TEST_CASE("duplicate-key: not raised for the same key in two different mappings") {
  CHECK(MiniDossier().files().at("dossier.yaml").find("  - id: ann") != std::string::npos);
  CHECK(MiniDossier().check() == "");
}

// --- unknown-key ---

TEST_CASE("unknown-key: a misspelt key, with the closest known key") {
  const auto d = MiniDossier().replace(kSession1Path, "narrator: ann", "narator: ann");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:7:5: error: unknown key in story, did you mean 'narrator'? [unknown-key]\n");
}

TEST_CASE("unknown-key: a YAML file at the dossier root that is not part of the layout") {
  const auto d = MiniDossier().set("principle.yaml", "status: draft\n");
  CHECK(d.check() ==
        "principle.yaml:1:1: error: unknown file 'principle.yaml' at the dossier root, did you mean 'principles.yaml'? "
        "[unknown-key]\n");
}

TEST_CASE("unknown-key: not raised for optional keys of the format") {
  const auto d =
      MiniDossier().replace(kSession1Path, "kind: regular", "kind: regular\nstart: \"14:00\"\nminutes: 90\nplace: Room 2");
  CHECK(d.check() == "");
}

// --- missing-key ---

TEST_CASE("missing-key: at the top of a file, and at the nested mapping that lacks it") {
  const auto d = MiniDossier()
                     .replace(kDevicePath, "title: Reflective space\n", "")
                     .replace("arbitrations/queue.yaml", "    client: Client Co\n", "");
  CHECK(d.check() ==
        "arbitrations/queue.yaml:4:5: error: missing key 'client' in queue request [missing-key]\n"
        "rex/dev/device.yaml:1:1: error: missing key 'title' in device [missing-key]\n");
}

TEST_CASE("missing-key: a device folder without device.yaml") {
  const auto d = MiniDossier().set("rex/empty/sessions/01.yaml", "number: 1\ndate: 2025-01-01\n");
  CHECK(d.check() == "rex/empty/device.yaml:1:1: error: device folder 'empty' has no device.yaml [missing-key]\n");
}

TEST_CASE("missing-key: not raised when optional files are absent") {
  const auto d = MiniDossier()
                     .remove("principles.yaml")
                     .remove("arbitrations/a-1.yaml")
                     .remove("arbitrations/queue.yaml");
  CHECK(d.check() == "");
}

// --- bad-type ---

TEST_CASE("bad-type: a list where a text is expected, a text where a list is expected") {
  const auto d = MiniDossier()
                     .replace(kSession1Path, "kind: regular", "kind: regular\nplace: [Room 1, Room 2]")
                     .replace("rex/dev/sessions/02.yaml", "lessons: [Talk early]", "lessons: Talk early");
  CHECK(d.check() ==
        "rex/dev/device.yaml:6:19: warning: all 2 planned sessions are held but none is a bilan with produced, lessons "
        "and perspectives [bilan-missing]\n"
        "rex/dev/sessions/01.yaml:4:8: error: 'place' must be a text, found a list [bad-type]\n"
        "rex/dev/sessions/02.yaml:7:10: error: 'lessons' must be a list, found 'Talk early' [bad-type]\n");
}

TEST_CASE("bad-type: an empty value is not a text") {
  const auto d = MiniDossier().replace(kSession1Path, "title: The night shift", "title:");
  CHECK(d.check() == "rex/dev/sessions/01.yaml:8:5: error: 'title' must be a text, found an empty value [bad-type]\n");
}

TEST_CASE("bad-type: not raised for a quoted text that looks like another type") {
  const auto d = MiniDossier().replace(kSession1Path, "title: The night shift", "title: \"2025-01-01\"");
  CHECK(d.check() == "");
}

// --- bad-value ---

TEST_CASE("bad-value: enum, date, id and time, each at its value") {
  const auto d = MiniDossier()
                     .replace(kSession1Path, "kind: regular", "kind: regualr\nstart: \"25:00\"")
                     .replace("rex/dev/sessions/02.yaml", "date: 2025-03-01", "date: 2025-02-29")
                     .replace("arbitrations/queue.yaml", "id: r-1", "id: R-1");
  CHECK(d.check() ==
        "arbitrations/a-1.yaml:5:8: error: unknown queue request 'r-1' [unknown-ref]\n"
        "arbitrations/queue.yaml:4:9: error: 'id' must be an id (a-z, 0-9 and '-', at most 64 characters), found 'R-1' "
        "[bad-value]\n"
        "rex/dev/sessions/01.yaml:3:7: error: 'kind' must be one of regular, bilan, found 'regualr', did you mean "
        "'regular'? [bad-value]\n"
        "rex/dev/sessions/01.yaml:4:8: error: 'start' must be a time HH:MM on 24 hours, such as \"09:00\" or \"14:30\", found "
        "'25:00' [bad-value]\n"
        "rex/dev/sessions/02.yaml:2:7: error: 'date' must be a real date YYYY-MM-DD, found '2025-02-29' [bad-value]\n");
}

TEST_CASE("bad-value: yes is not a boolean, 017 is not a number") {
  const auto d = MiniDossier()
                     .replace(kSession1Path, "    situation:", "    confidential: yes\n    situation:")
                     .replace(kDevicePath, "session_minutes: 120", "session_minutes: 0120");
  CHECK(d.check() ==
        "rex/dev/device.yaml:7:18: error: 'session_minutes': '0120' has a leading zero (octal in some YAML readers); "
        "write it without [bad-value]\n"
        "rex/dev/sessions/01.yaml:9:19: error: 'confidential' must be true or false, found a value that is not shown (group text) [bad-value]\n");
}

TEST_CASE("bad-value: not raised for valid values, a leap day included") {
  const auto d = MiniDossier()
                     .replace("rex/dev/sessions/02.yaml", "date: 2025-03-01", "date: 2028-02-29")
                     .replace(kSession1Path, "    situation:", "    confidential: false\n    situation:");
  CHECK(d.check() == "");
}

// --- bad-encoding ---

TEST_CASE("bad-encoding: Latin-1 bytes, a lone CR, two documents") {
  const auto d = MiniDossier()
                     .replace(kSession1Path, "title: The night shift", "title: La nuit d\xE9j\xE0")
                     .replace(kDevicePath, "kind: internal\n", "kind: internal\r")
                     .replace("principles.yaml", "principles:", "---\nprinciples:");
  CHECK(d.check() ==
        "principles.yaml:4:1: error: more than one YAML document in the file (a second '---'); keep one [bad-encoding]\n"
        "rex/dev/device.yaml:3:15: error: lone CR line end; use LF or CRLF line ends [bad-encoding]\n"
        "rex/dev/sessions/01.yaml:8:21: error: invalid UTF-8 byte 0xE9; save the file as UTF-8 [bad-encoding]\n");
}

TEST_CASE("bad-encoding: not raised for CRLF line ends and a byte order mark") {
  std::string crlf;
  for (char c : mini_dossier_files().at(kDevicePath)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const auto d =
      MiniDossier().set(kDevicePath, crlf).set("principles.yaml", "\xEF\xBB\xBF" + mini_dossier_files().at("principles.yaml"));
  CHECK(d.check() == "");
}

// --- id-mismatch: file and folder names ---

TEST_CASE("id-mismatch: session files not named NN.yaml, device folders that are not ids") {
  const auto d = MiniDossier()
                     .set("rex/dev/sessions/3.yaml", "number: 3\ndate: 2025-04-01\n")
                     .set("rex/Old_Device/device.yaml", "id: old\n")
                     .set("rex/dev/notes.yaml", "a: b\n")
                     .set("arbitrations/Urgent.yaml", "id: urgent\n");
  CHECK(d.check() ==
        "arbitrations/Urgent.yaml:1:1: error: file name 'Urgent' is not a valid id (a-z, 0-9 and '-') [id-mismatch]\n"
        "rex/Old_Device/device.yaml:1:1: error: device folder 'Old_Device' is not a valid id (a-z, 0-9 and '-') "
        "[id-mismatch]\n"
        "rex/dev/notes.yaml:1:1: error: unexpected file: a device folder holds device.yaml, responses.yaml and sessions/NN.yaml "
        "[id-mismatch]\n"
        "rex/dev/sessions/3.yaml:1:1: error: session files are named NN.yaml (01.yaml, 02.yaml...) [id-mismatch]\n");
}

TEST_CASE("id-mismatch: not raised for files that are not YAML or are hidden, which are unexpected-file warnings") {
  const auto d = MiniDossier()
                     .set("rex/dev/sessions/README.md", "notes\n")
                     .set("rex/dev/sessions/.01.yaml.swp", "x")
                     .set("arbitrations/.draft.yaml", "x");
  CHECK(d.check() ==
        "arbitrations/.draft.yaml:1:1: warning: efc does not read the file '.draft.yaml': arbitrations/ holds queue.yaml "
        "and one ID.yaml per arbitration; move it out of the dossier [unexpected-file]\n"
        "rex/dev/sessions/.01.yaml.swp:1:1: warning: efc does not read the file '.01.yaml.swp': sessions/ holds the "
        "session files NN.yaml, and nothing below; move it out of the dossier [unexpected-file]\n");
}

// --- too-deep ---

TEST_CASE("too-deep: a self-referencing alias") {
  const auto d = MiniDossier().replace(kSession1Path, "kind: regular", "kind: regular\nnotes: &x [*x]");
  CHECK(d.check() == "rex/dev/sessions/01.yaml:4:12: error: alias *x refers to a node that contains it [too-deep]\n");
}

TEST_CASE("too-deep: nesting beyond 64 levels") {
  const auto d = MiniDossier().replace(kSession1Path, "kind: regular",
                                       "kind: regular\nnotes: " + std::string(70, '[') + std::string(70, ']'));
  CHECK(d.check() == "rex/dev/sessions/01.yaml:4:71: error: nesting deeper than 64 levels [too-deep]\n");
}

TEST_CASE("too-deep: not raised for an alias used a few times") {
  const auto d = MiniDossier()
                     .replace(kDevicePath, "participants: [ann, bob]", "participants: &p [ann, bob]")
                     .replace(kDevicePath, "stories_per_session: [1, 2]", "stories_per_session: [1, 2]\nrules: []");
  CHECK(d.check() == "");
}
