// rules/rex.cpp: the rules on REX devices and their sessions, on the minimal dossier.
// Device "dev" (rex/dev/device.yaml) is internal, facilitated by fay (organisation cab)
// for ann and bob (organisation org), 2 sessions planned, 1 to 2 stories per session.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::kDevicePath;
using efc::testing::kSession1Path;
using efc::testing::kSession2Path;
using efc::testing::MiniDossier;

namespace {


}  // namespace

// --- facilitator-not-external ---

TEST_CASE("facilitator-not-external: a warning in an internal device") {
  const auto d = MiniDossier().replace(kDevicePath, "facilitators: [fay]", "facilitators: [fay, boss]");
  CHECK(d.check() ==
        "rex/dev/device.yaml:4:21: warning: facilitator 'boss' belongs to 'org', the organisation of participant 'ann' "
        "[facilitator-not-external]\n");
}

// A cross-actor device with its frame of trust written, so that only the rule under test speaks.
constexpr const char* kFrame = "initial_stake:\n  kind: ambition\n  text: A market for everyone.\ncarried_by: [org, cab]\n";

TEST_CASE("facilitator-not-external: an error in a cross-actor device") {
  const auto d = MiniDossier()
                     .replace(kDevicePath, "kind: internal", "kind: cross-actor")
                     .replace(kDevicePath, "stories_per_session: [1, 2]\n", std::string("stories_per_session: [1, 2]\n") + kFrame)
                     .replace(kDevicePath, "facilitators: [fay]", "facilitators: [bob]");
  CHECK(d.check() ==
        "rex/dev/device.yaml:4:16: error: facilitator 'bob' belongs to 'org', the organisation of participant 'ann' "
        "[facilitator-not-external]\n");
}

TEST_CASE("facilitator-not-external: not raised for a facilitator from another organisation") {
  const auto d =
      MiniDossier()
          .replace(kDevicePath, "kind: internal", "kind: cross-actor")
          .replace(kDevicePath, "stories_per_session: [1, 2]\n", std::string("stories_per_session: [1, 2]\n") + kFrame);
  CHECK(d.check() == "");
}

// --- narrator-absent ---

TEST_CASE("narrator-absent: the narrator of a story is absent") {
  const auto d = MiniDossier().replace(kSession1Path, "narrator: ann", "narrator: bob");
  CHECK(d.check() == "rex/dev/sessions/01.yaml:7:15: error: the narrator is not present at session 1 [narrator-absent]\n");
}

TEST_CASE("narrator-absent: not raised when the narrator is present") {
  const auto d = MiniDossier()
                     .replace(kSession1Path, "present: [ann]\nabsent: [bob]", "present: [ann, bob]\nabsent: []")
                     .replace(kSession1Path, "narrator: ann", "narrator: bob");
  CHECK(d.check() == "");
}

// --- attendance-mismatch ---

TEST_CASE("attendance-mismatch: someone both present and absent") {
  const auto d = MiniDossier().replace(kSession1Path, "present: [ann]", "present: [ann, bob]");
  CHECK(d.check() == "rex/dev/sessions/01.yaml:5:10: error: a person is both present and absent [attendance-mismatch]\n");
}

TEST_CASE("attendance-mismatch: someone present who is not a participant") {
  const auto d = MiniDossier().replace(kSession1Path, "present: [ann]", "present: [ann, boss]");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:4:16: error: a person listed here is not a participant of the device [attendance-mismatch]\n");
}

TEST_CASE("attendance-mismatch: someone listed twice, each list on its own") {
  const auto d = MiniDossier().replace(kSession1Path, "present: [ann]", "present: [ann, ann]");
  CHECK(d.check() == "rex/dev/sessions/01.yaml:4:16: error: a person is listed twice in present [attendance-mismatch]\n");
}

TEST_CASE("attendance-mismatch: participants neither present nor absent, reported at 'present'") {
  const auto d = MiniDossier().replace(kSession1Path, "absent: [bob]", "absent: []");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:4:1: error: participant 'bob' is neither present nor absent [attendance-mismatch]\n");
  const auto none = MiniDossier().replace(kSession2Path, "present: [ann, bob]\n", "");
  CHECK(none.check() ==
        "rex/dev/sessions/02.yaml:1:1: error: participants 'ann', 'bob' are neither present nor absent "
        "[attendance-mismatch]\n");
}

TEST_CASE("attendance-mismatch: not raised when present and absent add up to the participants") {
  const auto d = MiniDossier().replace(kSession1Path, "present: [ann]\nabsent: [bob]", "present: [bob, ann]\nabsent: []");
  CHECK(d.check() == "");
}

// --- session-order ---

TEST_CASE("session-order: a gap in the numbers") {
  auto d = MiniDossier();
  const std::string second = d.files().at(kSession2Path);
  d.remove(kSession2Path).set("rex/dev/sessions/03.yaml", second).replace("rex/dev/sessions/03.yaml", "number: 2", "number: 3");
  CHECK(d.check() ==
        "rex/dev/sessions/03.yaml:1:1: error: session 2 is missing: sessions are numbered 1 to n without gaps "
        "[session-order]\n");
}

TEST_CASE("session-order: the first session is not 01") {
  const auto d = MiniDossier().remove(kSession1Path).replace(kDevicePath, "planned_sessions: 2", "planned_sessions: 3");
  CHECK(d.check() == "rex/dev/sessions/02.yaml:1:1: error: sessions start at 01.yaml, found 02.yaml first [session-order]\n");
}

TEST_CASE("session-order: dates not strictly increasing") {
  const auto same_day = MiniDossier().replace(kSession2Path, "date: 2025-03-01", "date: 2025-02-01");
  CHECK(same_day.check() ==
        "rex/dev/sessions/02.yaml:2:7: error: session 2 on 2025-02-01 is not after session 1 on 2025-02-01 "
        "[session-order]\n");
  const auto earlier = MiniDossier().replace(kSession2Path, "date: 2025-03-01", "date: 2024-12-31");
  CHECK(earlier.check() ==
        "rex/dev/sessions/02.yaml:2:7: error: session 2 on 2024-12-31 is not after session 1 on 2025-02-01 "
        "[session-order]\n");
}

TEST_CASE("session-order: not raised for 01, 02 on increasing dates") {
  const auto d = MiniDossier().replace(kSession2Path, "date: 2025-03-01", "date: 2025-02-02");
  CHECK(d.check() == "");
}

// --- stories-count ---

TEST_CASE("stories-count: more stories than stories_per_session allows") {
  const auto d = MiniDossier().replace(
      kSession1Path, "questions:", "  - narrator: ann\n    title: Second\n  - narrator: ann\n    title: Third\nquestions:");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:6:1: warning: session 1 has 3 stories; the device plans 1 to 2 per session "
        "[stories-count]\n");
}

TEST_CASE("stories-count: fewer stories than stories_per_session asks, reported at the session without 'stories'") {
  const auto d = MiniDossier().replace(kSession1Path,
                                       "stories:\n  - narrator: ann\n    title: The night shift\n"
                                       "    situation: Nobody could be reached, so the team improvised until morning.\n",
                                       "");
  CHECK(d.check() ==
        "rex/dev/sessions/01.yaml:1:1: warning: session 1 has 0 stories; the device plans 1 to 2 per session "
        "[stories-count]\n");
}

TEST_CASE("stories-count: not raised within the range, nor for a bilan session without stories") {
  const auto two = MiniDossier().replace(kSession1Path, "questions:", "  - narrator: ann\n    title: Second\nquestions:");
  CHECK(two.check() == "");
  CHECK(MiniDossier().files().at(kSession2Path).find("stories") == std::string::npos);
  auto no_range = MiniDossier().replace(kDevicePath, "stories_per_session: [1, 2]\n", "");
  CHECK(no_range
            .replace(kSession1Path,
                     "questions:", "  - narrator: ann\n    title: Second\n  - narrator: ann\n    title: Third\nquestions:")
            .check() == "");
}

// --- sessions-exceed-plan ---

TEST_CASE("sessions-exceed-plan: more sessions held than planned") {
  const auto d = MiniDossier().replace(kDevicePath, "planned_sessions: 2", "planned_sessions: 1");
  CHECK(d.check() == "rex/dev/device.yaml:6:19: warning: 2 sessions held, 1 planned [sessions-exceed-plan]\n");
}

TEST_CASE("sessions-exceed-plan: not raised while sessions stay within the plan") {
  const auto d = MiniDossier().replace(kDevicePath, "planned_sessions: 2", "planned_sessions: 5");
  CHECK(d.check() == "");
}

// --- bilan-missing ---

TEST_CASE("bilan-missing: all planned sessions held, the bilan has no lessons") {
  const auto d = MiniDossier().replace(kSession2Path, "lessons: [Talk early]\n", "");
  CHECK(d.check() ==
        "rex/dev/device.yaml:6:19: warning: all 2 planned sessions are held but none is a bilan with produced, lessons "
        "and perspectives [bilan-missing]\n");
}

TEST_CASE("bilan-missing: all planned sessions held, none of kind bilan") {
  const auto d = MiniDossier()
                     .replace(kSession2Path, "kind: bilan", "kind: regular")
                     .replace(kSession2Path, "produced:", "stories:\n  - narrator: ann\n    title: Another night\nproduced:");
  CHECK(d.check() ==
        "rex/dev/device.yaml:6:19: warning: all 2 planned sessions are held but none is a bilan with produced, lessons "
        "and perspectives [bilan-missing]\n");
}

TEST_CASE("bilan-missing: not raised while planned sessions remain") {
  const auto d = MiniDossier()
                     .replace(kDevicePath, "planned_sessions: 2", "planned_sessions: 3")
                     .replace(kSession2Path, "lessons: [Talk early]\n", "");
  CHECK(d.check() == "");
}

// --- id-mismatch (device and sessions) ---

TEST_CASE("id-mismatch: the device id differs from its folder") {
  const auto d = MiniDossier().replace(kDevicePath, "id: dev", "id: devices");
  CHECK(d.check() == "rex/dev/device.yaml:1:5: error: device id 'devices' does not match its folder 'dev' [id-mismatch]\n");
}

TEST_CASE("id-mismatch: the session number differs from its file name") {
  const auto d = MiniDossier().replace(kSession2Path, "number: 2", "number: 3");
  CHECK(d.check() == "rex/dev/sessions/02.yaml:1:9: error: session number 3 does not match the file name 02.yaml [id-mismatch]\n");
}

TEST_CASE("id-mismatch: not raised when ids and numbers match their names") {
  CHECK(MiniDossier().check() == "");
}

// --- limits of the file-name form ---

TEST_CASE("session numbers and planned sessions beyond 9999 are bad values: NN.yaml holds at most four digits") {
  const auto d = MiniDossier()
                     .replace(kSession2Path, "number: 2", "number: 10000")
                     .replace(kDevicePath, "planned_sessions: 2", "planned_sessions: 10000");
  CHECK(d.check() ==
        "rex/dev/device.yaml:6:19: error: 'planned_sessions' is 10000, beyond 9999, the last session a series holds "
        "(session files are named 01.yaml to 9999.yaml) [bad-value]\n"
        "rex/dev/sessions/02.yaml:1:9: error: session number 10000 is beyond 9999, the last a series holds (session files "
        "are named 01.yaml to 9999.yaml); start a new device for more sessions [bad-value]\n");
}

TEST_CASE("dates outside the years 1900 to 2999 are bad values, saying the range") {
  const auto d = MiniDossier().replace(kSession2Path, "date: 2025-03-01", "date: 9999-12-31");
  CHECK(d.check() ==
        "rex/dev/sessions/02.yaml:2:7: error: 'date' must be a date from 1900-01-01 to 2999-12-31, found '9999-12-31' "
        "[bad-value]\n");
}
