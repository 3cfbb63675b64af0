#include <doctest/doctest.h>

#include "check/check.hpp"
#include "rex/scaffold.hpp"
#include "support/mini_dossier.hpp"
#include "yaml/tree.hpp"

using namespace efc;

namespace {

constexpr const char* kWithExperiments = R"(number: 1
date: 2025-02-01
start: "09:30"
place: "Room 4: the small one"
kind: regular
present: [ann]
absent: [bob]
stories:
  - narrator: ann
    title: The night shift
experiments:
  - id: pairs
    text: Pair a senior and a junior on every night shift for one month, then look back at it together.
    owner: ann
    status: running
    principles: [fair]
  - id: quiet
    text: "Keep it # among us"
    status: proposed
    confidential: true
  - id: gone
    text: Dropped idea.
    status: dropped
)";

// The scaffold of session `number` of device "dev", from a group view of `m`.
std::string scaffold(const testing::MiniDossier& m, long long number, model::Date date, bool bilan = false) {
  const auto fs = m.filesystem();
  const auto view = view::make_view(check::load_and_check(fs, "", "").dossier, view::Visibility::Group);
  return *rex::session_scaffold(view, {"dev", number, date, std::nullopt, bilan, "# modeline"});
}

// What `yaml_scalar` wrote, read back by the YAML layer.
std::string read_back(const std::string& value) {
  const auto parsed = yaml::parse("key: " + rex::yaml_scalar(value, 0, "key") + "\n");
  REQUIRE(parsed.problems.empty());
  REQUIRE(parsed.document.root != nullptr);
  const yaml::Node* node = parsed.document.root->find("key");
  REQUIRE(node != nullptr);
  REQUIRE(node->is_scalar());
  return node->text;
}

}  // namespace

TEST_CASE("the scaffold of the last planned session is a bilan with every participant present") {
  testing::MiniDossier m;
  m.remove("rex/dev/sessions/02.yaml");
  CHECK(scaffold(m, 2, {2025, 3, 1}) ==
        "# modeline\n"
        "# Session 2 of 2 of \"Reflective space\": the closing session (bilan).\n"
        "# Prepared by efc rex new: fill it in, then run efc validate.\n"
        "number: 2\n"
        "date: 2025-03-01\n"
        "# start: \"14:00\"\n"
        "# minutes: 120                 # when the length differs from the device's\n"
        "# place: ...\n"
        "kind: bilan\n"
        "# Every participant is marked present: move those who are absent to absent.\n"
        "present: [ann, bob]\n"
        "absent: []\n"
        "\n"
        "# The bilan of the series (shared): what it produced, lessons, perspectives,\n"
        "# next steps.\n"
        "# produced:\n#   - ...\n# lessons:\n#   - ...\n# perspectives:\n#   - ...\n# next_steps:\n#   - ...\n"
        "\n"
        "# Experiments (shared): proposed or followed.\n"
        "# experiments:\n#   - id: ...\n#     text: ...\n#     owner: ...\n#     status: proposed\n"
        "\n"
        "# What goes up to management (shared).\n"
        "# questions:\n#   - text: ...\n# hypotheses:\n#   - text: ...\n# vocabulary:\n#   - term: ...\n#     meaning: ...\n"
        "\n"
        "# Facilitators' notes (group visibility).\n# notes: |\n#   ...\n");
}

TEST_CASE("open experiments are carried over with id, status and confidentiality, start and place follow") {
  testing::MiniDossier m;
  m.set("rex/dev/sessions/01.yaml", kWithExperiments).remove("rex/dev/sessions/02.yaml");
  const std::string text = scaffold(m, 2, {2025, 3, 1}, false);
  CHECK(text.find("start: \"09:30\"\n") != std::string::npos);
  CHECK(text.find("place: \"Room 4: the small one\"\n") != std::string::npos);
  CHECK(text.find(
            "experiments:\n"
            "  - id: pairs\n"
            "    text: >-\n"
            "      Pair a senior and a junior on every night shift for one month, then look\n"
            "      back at it together.\n"
            "    owner: ann\n"
            "    status: running\n"
            "    principles: [fair]\n"
            "  - id: quiet\n"
            "    text: \"Keep it # among us\"\n"
            "    status: proposed\n"
            "    confidential: true\n") != std::string::npos);
  CHECK(text.find("gone") == std::string::npos);
  CHECK(text.find("kind: bilan\n") != std::string::npos);  // session 2 of 2

  testing::MiniDossier written = m;
  written.set("rex/dev/sessions/02.yaml", text);
  CHECK(written.check() ==
        "rex/dev/device.yaml:6:19: warning: all 2 planned sessions are held but none is a bilan with produced, lessons "
        "and perspectives [bilan-missing]\n");  // until the bilan is written
}

TEST_CASE("a regular scaffold loads without error, only the missing stories are warned about") {
  testing::MiniDossier m;
  m.replace("rex/dev/device.yaml", "planned_sessions: 2", "planned_sessions: 4");
  const std::string text = scaffold(m, 3, {2025, 4, 1});
  CHECK(text.find("kind: regular\n") != std::string::npos);
  CHECK(text.find("# stories:\n") != std::string::npos);
  m.set("rex/dev/sessions/03.yaml", text);
  CHECK(m.check() ==
        "rex/dev/sessions/03.yaml:4:1: warning: session 3 has 0 stories; the device plans 1 to 2 per session [stories-count]\n");
}

TEST_CASE("the scaffold speaks the dossier's language") {
  testing::MiniDossier m;
  m.replace("dossier.yaml", "lang: en", "lang: fr").remove("rex/dev/sessions/02.yaml");
  const std::string text = scaffold(m, 2, {2025, 3, 1}, true);
  CHECK(text.rfind("# modeline\n# Séance 2 sur 2 de « Reflective space » : séance de bilan.\n", 0) == 0);
}

TEST_CASE("scalars are written so that YAML reads back the very same text") {
  for (const std::string s : {"plain words", "Room 4: small", "# not a comment", "- not a list", "yes", "null", "~", "12",
                              "2025-03-01", "it's \"quoted\"", "back\\slash", "line\nbreak", "tab\there", " lead", "trail ",
                              "two  spaces and a long text that has to be folded because it is longer than the room left",
                              "a long text with a colon: inside and a # hash, long enough to be folded over several lines",
                              "été à l'hôpital", "[flow]", "{map}", "key:", "@at", "`tick", "%pct", "!tag", "&anchor", "*alias",
                              "|pipe", ">gt", "'single'", "\"double\"", "?q", ",comma", ".dot", "x\x01y"}) {
    CAPTURE(s);
    CHECK(read_back(s) == s);
  }
  CHECK(rex::yaml_scalar("plain words", 0, "key") == "plain words");
  CHECK(rex::yaml_scalar("yes", 0, "key") == "\"yes\"");
  CHECK(rex::yaml_scalar("Room 4: small", 0, "key") == "\"Room 4: small\"");
  CHECK(rex::yaml_scalar(std::string(64, 'x'), 4, "text") == std::string(64, 'x'));  // 4 + "text: " + 64 = 74 columns
  CHECK(rex::yaml_scalar(std::string(70, 'x'), 4, "text") == ">-\n      " + std::string(70, 'x'));  // one long word: its own line
}
