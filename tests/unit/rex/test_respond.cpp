// rex/respond: the skeleton efc respond adds, every byte already written kept in place.
#include <doctest/doctest.h>

#include "check/check.hpp"
#include "rex/respond.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

rex::ResponseSkeleton skeleton() {
  rex::ResponseSkeleton s;
  s.to = "q-night";
  s.by = {"boss", "ann"};
  s.decision = "answered";
  s.date = {2025, 3, 20};
  s.item_summary = "question of session 1";
  s.lang = "en";
  return s;
}

constexpr const char* kItem = R"(  - to: q-night  # question of session 1
    date: 2025-03-20
    by: [boss, ann]
    decision: answered  # answered | adopted | declined | under-study
    # text: >-
    #   Management's answer, in its own words.
    # review_on: YYYY-MM-DD  # when management comes back to it
)";

}  // namespace

TEST_CASE("add_response: a new file holds the commented transmissions and the skeleton") {
  const auto r = rex::add_response(std::nullopt, skeleton());
  CHECK(r.error.empty());
  CHECK(r.bytes.find("# transmissions:\n") != std::string::npos);
  CHECK(r.bytes.substr(r.bytes.find("responses:\n")) == std::string("responses:\n") + kItem);
}

TEST_CASE("add_response: appended after the last response, the existing bytes unchanged") {
  const std::string current = "transmissions: []\nresponses:\n    - to: q-day\n      date: 2025-03-01\n      by: [boss]\n"
                              "      decision: adopted  # kept\n";
  const auto r = rex::add_response(current, skeleton());
  CHECK(r.error.empty());
  REQUIRE(r.bytes.size() > current.size());
  CHECK(r.bytes.substr(0, current.size()) == current);
  CHECK(r.bytes.substr(current.size()).rfind("    - to: q-night  # question of session 1\n      date: 2025-03-20\n", 0) == 0);
}

TEST_CASE("add_response: a file without a final newline, or without 'responses', gets one added") {
  const auto r = rex::add_response(std::string("transmissions: []"), skeleton());
  CHECK(r.bytes == std::string("transmissions: []\nresponses:\n") + kItem);
}

TEST_CASE("add_response: refused when 'responses' is not last or not a block list, so nothing moves") {
  const auto not_last = rex::add_response(std::string("responses:\n  - to: a\ntransmissions: []\n"), skeleton());
  CHECK(not_last.bytes.empty());
  CHECK(not_last.error ==
        "'responses' is not the last key of the file ('transmissions' follows it): move the 'responses' list to the "
        "end of the file, then run efc respond again");
  const auto flow = rex::add_response(std::string("responses: [{to: a}]\n"), skeleton());
  CHECK(flow.error == "its 'responses' is not written as a block list (one '- to:' per line); write it so, then run efc respond again");
}

TEST_CASE("find_answerable_item: ids, words of an item without id, confidential items refused") {
  testing::MiniDossier d;
  d.replace("rex/dev/sessions/01.yaml", "  - text: Who decides at night?",
            "  - text: Who decides at night?\n  - id: q-secret\n    text: Something only we know.\n    confidential: true\n"
            "  - id: q-doctor\n    text: Who calls the doctor?");
  const io::MemoryFileSystem fs = d.filesystem();
  const auto loaded = check::load_and_check(fs, "", "");
  const model::Device& device = *loaded.dossier.device("dev");
  CHECK(rex::find_answerable_item(device, "q-doctor").id == "q-doctor");
  CHECK(rex::find_answerable_item(device, "q-docter").error ==
        "device 'dev' has no question, hypothesis or experiment with id 'q-docter', did you mean 'q-doctor'?");
  CHECK(rex::find_answerable_item(device, "decides at night").error ==
        "the question of session 1 that holds these words has no id, so no response can name it: add 'id: "
        "q-decides-night' to it (rex/dev/sessions/01.yaml:11), then run efc respond again with that id");
  CHECK(rex::find_answerable_item(device, "calls the doctor").error ==
        "'calls the doctor' is not an id; did you mean the question 'q-doctor'?");
  const auto secret = rex::find_answerable_item(device, "q-secret");
  CHECK(secret.id.empty());
  CHECK(secret.error.find("kept in the group") != std::string::npos);
  CHECK(rex::find_answerable_item(device, "only we know").error.find("only we know") != std::string::npos);  // no match: not found
}
