// rules/refs.cpp: every reference must name an id defined in the dossier (unknown-ref),
// and ids are defined once.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

namespace {

// One reference made wrong: where, the change, and everything the dossier then gets.
struct BrokenRef {
  const char* what;
  const char* file;
  const char* from;
  const char* to;
  std::string expected;
};

const char* kExperiment = "experiments:\n  - text: Pair a senior and a junior.\n    owner: ann\n    principles: [fair]\nquestions:";
const char* kAudience = "audiences:\n  - id: board\n    members: [boss, ann]\n    receives: shared\n";

}  // namespace

TEST_CASE("unknown-ref: every kind of reference is checked, with a suggestion when one is close") {
  const std::vector<BrokenRef> cases = {
      {"person.organisation", "dossier.yaml", "    organisation: cab", "    organisation: cabb",
       "dossier.yaml:24:19: error: unknown organisation 'cabb', did you mean 'cab'? [unknown-ref]\n"},
      {"backing.validated_by", "dossier.yaml", "validated_by: [boss]", "validated_by: [boss, mayor]",
       "dossier.yaml:36:24: error: unknown person 'mayor', did you mean 'maker'? [unknown-ref]\n"},
      {"principles.validated_by", "principles.yaml", "validated_by: [boss]", "validated_by: [bosss]",
       "principles.yaml:2:16: error: unknown person 'bosss', did you mean 'boss'? [unknown-ref]\n"},
      {"device.facilitators", "rex/dev/device.yaml", "facilitators: [fay]", "facilitators: [faye]",
       "rex/dev/device.yaml:4:16: error: unknown person 'faye', did you mean 'fay'? [unknown-ref]\n"},
      {"queue.requests.requested_by", "arbitrations/queue.yaml", "requested_by: seller", "requested_by: sellr",
       "arbitrations/queue.yaml:7:19: error: unknown person 'sellr', did you mean 'seller'? [unknown-ref]\n"},
      {"arbitration.request.ref", "arbitrations/a-1.yaml", "ref: r-1", "ref: r-9",
       "arbitrations/a-1.yaml:5:8: error: unknown queue request 'r-9', did you mean 'r-1'? [unknown-ref]\n"},
      {"arbitration.parties.who", "arbitrations/a-1.yaml", "decision:", "  - who: client-cox\n    stakes: S.\ndecision:",
       "arbitrations/a-1.yaml:15:10: error: unknown person or organisation 'client-cox', did you mean 'client-co'? "
       "[unknown-ref]\n"},
      {"decision.decided_by", "arbitrations/a-1.yaml", "decided_by: [seller, maker]", "decided_by: [seller, maker, them]",
       "arbitrations/a-1.yaml:19:31: error: unknown person or organisation 'them' [unknown-ref]\n"},
      {"decision.principles", "arbitrations/a-1.yaml", "decided_by: [seller, maker]",
       "decided_by: [seller, maker]\n  principles: [fiar]",
       "arbitrations/a-1.yaml:20:16: error: unknown principle 'fiar', did you mean 'fair'? [unknown-ref]\n"},
      {"experiment.owner", "rex/dev/sessions/01.yaml", "questions:",
       "experiments:\n  - text: Pair a senior and a junior.\n    owner: anne\nquestions:",
       "rex/dev/sessions/01.yaml:12:12: error: unknown person 'anne', did you mean 'ann'? [unknown-ref]\n"},
      {"experiment.principles", "rex/dev/sessions/01.yaml", "questions:",
       "experiments:\n  - text: Pair a senior and a junior.\n    principles: [fair, trust]\nquestions:",
       "rex/dev/sessions/01.yaml:12:24: error: unknown principle 'trust' [unknown-ref]\n"},
      // A wrong id in an attendance list or as a narrator also breaks the attendance rules.
      {"session.absent", "rex/dev/sessions/01.yaml", "absent: [bob]", "absent: [bobby]",
       "rex/dev/sessions/01.yaml:4:1: error: participant 'bob' is neither present nor absent [attendance-mismatch]\n"
       "rex/dev/sessions/01.yaml:5:10: error: a person listed here is not a participant of the device [attendance-mismatch]\n"
       "rex/dev/sessions/01.yaml:5:10: error: unknown person (not shown: group text) [unknown-ref]\n"},  // absent is group
      {"story.narrator", "rex/dev/sessions/01.yaml", "narrator: ann", "narrator: anne",
       "rex/dev/sessions/01.yaml:7:15: error: the narrator is not present at session 1 [narrator-absent]\n"
       "rex/dev/sessions/01.yaml:7:15: error: unknown person (not shown: group text) [unknown-ref]\n"},  // narrator is group
      // A wrong participant is also absent from every session's attendance.
      {"device.participants", "rex/dev/device.yaml", "participants: [ann, bob]", "participants: [ann, bob, zoe]",
       "rex/dev/device.yaml:5:26: error: unknown person 'zoe' [unknown-ref]\n"
       "rex/dev/sessions/01.yaml:4:1: error: participant 'zoe' is neither present nor absent [attendance-mismatch]\n"
       "rex/dev/sessions/02.yaml:4:1: error: participant 'zoe' is neither present nor absent [attendance-mismatch]\n"},
      // A wrong performer is also missing from the parties of the urgent request.
      {"queue.performer", "arbitrations/queue.yaml", "performer: maker", "performer: makr",
       "arbitrations/a-1.yaml:10:1: error: the queue's performer 'makr' is not among the parties [stakes-missing]\n"
       "arbitrations/queue.yaml:2:12: error: unknown person 'makr', did you mean 'maker'? [unknown-ref]\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    const auto d = MiniDossier().replace(c.file, c.from, c.to);
    CHECK(d.check() == c.expected);
  }
}

TEST_CASE("unknown-ref: audience members are references to people") {
  const auto d = MiniDossier().set("rex/dev/device.yaml", MiniDossier().files().at("rex/dev/device.yaml") +
                                                          "audiences:\n  - id: board\n    members: [boss, nobody]\n    receives: shared\n");
  CHECK(d.check() == "rex/dev/device.yaml:11:21: error: unknown person 'nobody' [unknown-ref]\n");
}

TEST_CASE("unknown-ref: the message says when the file defining the ids is absent") {
  const auto no_principles = MiniDossier().remove("principles.yaml").replace(
      "arbitrations/a-1.yaml", "decided_by: [seller, maker]", "decided_by: [seller, maker]\n  principles: [fair]");
  CHECK(no_principles.check() ==
        "arbitrations/a-1.yaml:20:16: error: unknown principle 'fair' (the dossier has no principles.yaml) [unknown-ref]\n");
  const auto no_queue = MiniDossier().remove("arbitrations/queue.yaml");
  CHECK(no_queue.check() ==
        "arbitrations/a-1.yaml:5:8: error: unknown queue request 'r-1' (the dossier has no arbitrations/queue.yaml) "
        "[unknown-ref]\n");
}

TEST_CASE("unknown-ref: not raised when every reference resolves, across files and kinds") {
  const auto d = MiniDossier()
                     .replace("rex/dev/sessions/01.yaml", "questions:", kExperiment)
                     .set("rex/dev/device.yaml", MiniDossier().files().at("rex/dev/device.yaml") + kAudience)
                     .replace("arbitrations/a-1.yaml", "decision:", "  - who: client-co\n    stakes: Needs a figure.\ndecision:");
  CHECK(d.check() == "");
}

TEST_CASE("bad-value: an id defined twice names the first definition") {
  const auto d = MiniDossier().replace("dossier.yaml", "  - id: bob\n", "  - id: ann\n")
                     .replace("rex/dev/device.yaml", "participants: [ann, bob]", "participants: [ann]")
                     .replace("rex/dev/sessions/01.yaml", "absent: [bob]", "absent: []")
                     .replace("rex/dev/sessions/02.yaml", "present: [ann, bob]", "present: [ann]");
  CHECK(d.check() == "dossier.yaml:19:9: error: person id 'ann' is already used at dossier.yaml:16:9 [bad-value]\n");
}

TEST_CASE("unknown-ref: not raised for ids of a file that exists but could not be read (no flood of false errors)") {
  const auto dossier = MiniDossier().replace("dossier.yaml", "title: Minimal dossier", "title: [Minimal dossier");
  CHECK(dossier.check() == "dossier.yaml:3:8: error: this '[' list is never closed with ']' [yaml-syntax]\n");
  const auto queue = MiniDossier().replace("arbitrations/queue.yaml", "rule: fifo", "rule: [fifo");
  CHECK(queue.check() == "arbitrations/queue.yaml:1:7: error: this '[' list is never closed with ']' [yaml-syntax]\n");
  const auto principles = MiniDossier()
                              .replace("principles.yaml", "status: adopted", "status: adopted\n---")
                              .replace("arbitrations/a-1.yaml", "decided_by: [seller, maker]",
                                       "decided_by: [seller, maker]\n  principles: [fair]");
  CHECK(principles.check() ==
        "principles.yaml:2:1: error: more than one YAML document in the file (a second '---'); keep one [bad-encoding]\n");
}
