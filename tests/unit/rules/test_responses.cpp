// The rules of responses.yaml (the loop with management) and of the item ids it answers:
// response-unknown-item, response-to-group-item, response-before-transmission,
// transmission-without-participants, duplicate-id, and the refs, dates and texts of the file.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::kDevicePath;
using efc::testing::kSession1Path;
using efc::testing::MiniDossier;

namespace {

constexpr const char* kResponses = "rex/dev/responses.yaml";

constexpr const char* kAudiences = R"(audiences:
  - id: board
    label: The board
    members: [boss]
    receives: shared
  - id: group
    members: [ann, bob]
    receives: group
)";

constexpr const char* kResponsesText = R"(transmissions:
  - date: 2025-03-05
    audience: board
    presented_by: [fay, ann]
    form: meeting
responses:
  - to: q-night
    date: 2025-03-20
    by: [boss]
    decision: answered
    text: The night manager decides, with the senior doctor on call.
)";

// The minimal dossier with audiences, an id on its question and a clean responses.yaml.
MiniDossier with_responses() {
  MiniDossier d;
  d.set(kDevicePath, d.files().at(kDevicePath) + kAudiences)
      .replace(kSession1Path, "  - text: Who decides at night?", "  - id: q-night\n    text: Who decides at night?")
      .set(kResponses, kResponsesText);
  return d;
}

}  // namespace

TEST_CASE("responses: a clean responses.yaml gets no finding, and an id on a question is allowed") {
  CHECK(with_responses().check() == "");
}

TEST_CASE("response-unknown-item: the id is suggested from the device's answerable items") {
  const auto d = with_responses().replace(kResponses, "to: q-night", "to: q-nigth");
  CHECK(d.check() ==
        "rex/dev/responses.yaml:7:9: error: 'q-nigth' is not the id of a question, hypothesis or experiment of device "
        "'dev', did you mean 'q-night'? [response-unknown-item]\n");
}

TEST_CASE("response-to-group-item: answering a confidential item is an error that quotes nothing of it") {
  const auto d = with_responses().replace(kSession1Path, "    text: Who decides at night?",
                                          "    text: Who decides at night?\n    confidential: true");
  CHECK(d.check() ==
        "rex/dev/responses.yaml:7:9: error: this response names an item marked confidential, kept in the group: "
        "answering it would show that it went up; remove this response [response-to-group-item]\n");
}

TEST_CASE("response-to-group-item: an id confidential in another mention is in the group too") {
  const auto d = with_responses().replace("rex/dev/sessions/02.yaml", "absent: []\n",
                                          "absent: []\nquestions:\n  - id: q-night\n    text: Who decides at night?\n"
                                          "    confidential: true\n");
  CHECK(d.check() ==
        "rex/dev/responses.yaml:7:9: error: this response names an item marked confidential, kept in the group: "
        "answering it would show that it went up; remove this response [response-to-group-item]\n");
}

TEST_CASE("response-before-transmission: a response dated before the first transmission, or with none at all") {
  const auto early = with_responses().replace(kResponses, "date: 2025-03-20", "date: 2025-03-01");
  CHECK(early.check() ==
        "rex/dev/responses.yaml:8:11: warning: this response is dated 2025-03-01, before the first transmission to "
        "management (2025-03-05); check its date, or record the transmission it answers [response-before-transmission]\n");
  const auto none = with_responses().replace(kResponses, "audience: board", "audience: group");
  CHECK(none.check() ==
        "rex/dev/responses.yaml:3:15: error: audience 'group' receives the group's text: what goes up goes to an "
        "audience that receives 'shared' [bad-value]\n"
        "rex/dev/responses.yaml:8:11: warning: no transmission to an audience receiving 'shared' is recorded: add the "
        "one this response answers under 'transmissions' [response-before-transmission]\n");
}

TEST_CASE("transmission-without-participants: the group takes part in passing its work on") {
  const auto d = with_responses().replace(kResponses, "presented_by: [fay, ann]", "presented_by: [fay]");
  CHECK(d.check() ==
        "rex/dev/responses.yaml:4:5: warning: no participant of the device among 'presented_by': the group takes part "
        "in passing its work on; name one of them [transmission-without-participants]\n");
}

TEST_CASE("duplicate-id: one id names one item, repeating it with the same text is following it") {
  const auto same = with_responses().replace("rex/dev/sessions/02.yaml", "absent: []\n",
                                             "absent: []\nquestions:\n  - id: q-night\n    text: Who decides at night?\n");
  CHECK(same.check() == "");
  const auto other = with_responses().replace("rex/dev/sessions/02.yaml", "absent: []\n",
                                              "absent: []\nquestions:\n  - id: q-night\n    text: Who calls the doctor?\n");
  CHECK(other.check() ==
        "rex/dev/sessions/02.yaml:7:9: error: id 'q-night' already names another question with a different text at "
        "rex/dev/sessions/01.yaml:11:9; an id names one item across sessions: repeat its text as it was, or give this "
        "question an id of its own [duplicate-id]\n");
  const auto kinds = with_responses().replace("rex/dev/sessions/02.yaml", "absent: []\n",
                                              "absent: []\nhypotheses:\n  - id: q-night\n    text: Who decides at night?\n");
  CHECK(kinds.check() ==
        "rex/dev/sessions/02.yaml:7:9: error: id 'q-night' already names a question at rex/dev/sessions/01.yaml:11:9; "
        "an id names one item across sessions: repeat its text as it was, or give this hypothesis an id of its own "
        "[duplicate-id]\n");
}

TEST_CASE("responses.yaml: audiences, people, keys, choices and dates are checked like every file") {
  const auto d = with_responses()
                     .replace(kResponses, "audience: board", "audience: bord")
                     .replace(kResponses, "by: [boss]", "by: [bos]")
                     .replace(kResponses, "decision: answered", "decison: answered")
                     .replace(kResponses, "form: meeting", "form: lunch");
  CHECK(d.check() ==
        "rex/dev/responses.yaml:3:15: error: unknown audience 'bord' of device 'dev', did you mean 'board'? [unknown-ref]\n"
        "rex/dev/responses.yaml:5:11: error: 'form' must be one of meeting, document, found 'lunch' [bad-value]\n"
        "rex/dev/responses.yaml:8:11: warning: no transmission to an audience receiving 'shared' is recorded: add the "
        "one this response answers under 'transmissions' [response-before-transmission]\n"
        "rex/dev/responses.yaml:9:10: error: unknown person 'bos', did you mean 'bob'? [unknown-ref]\n"
        "rex/dev/responses.yaml:10:5: error: unknown key 'decison' in response, did you mean 'decision'? [unknown-key]\n");
}

TEST_CASE("responses.yaml: review_on before the response's date is a deadline-order error") {
  const auto d = with_responses().replace(kResponses, "decision: answered", "decision: under-study\n    review_on: 2025-03-01");
  CHECK(d.check() == "rex/dev/responses.yaml:11:16: error: review_on 2025-03-01 is before the response's date 2025-03-20 [deadline-order]\n");
}

TEST_CASE("group-text-shared: a response that repeats a story is flagged like any shared text") {
  const auto d = with_responses().replace(
      kResponses, "text: The night manager decides, with the senior doctor on call.",
      "text: We heard that nobody could be reached, so the team improvised until morning.");
  CHECK(d.check() ==
        "rex/dev/responses.yaml:11:11: warning: this shared text repeats 8 or more words of a story of session 1; "
        "rephrase it so that nothing said in the group leaks [group-text-shared]\n");
}

TEST_CASE("response-unknown-item: not raised for an id that a session file that cannot be read may hold") {
  const auto d = with_responses()
                     .replace(kSession1Path, "  - id: q-night\n", "  - id: q-other\n")
                     .set("rex/dev/sessions/03.yaml", "number: 3\nquestions:\n  - id: q-night\n    text: [unclosed\n");
  CHECK(d.check() ==
        "rex/dev/device.yaml:6:19: warning: 3 sessions held, 2 planned [sessions-exceed-plan]\n"
        "rex/dev/sessions/03.yaml:4:11: error: this '[' list is never closed with ']' [yaml-syntax]\n");
}
