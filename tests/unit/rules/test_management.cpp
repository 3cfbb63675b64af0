// rules/management.cpp: the sheet's exercises (exercise-unanswered, question ids, duplicate
// answers, id-mismatch) and the self-assessment (evidence-not-found, assessment-without-evidence),
// on the minimal dossier (device "dev": sessions on 2025-02-01 and 2025-03-01; arbitration a-1).
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

namespace {

constexpr const char* kExercise = "exercises/2025-management.yaml";

// Every question of the management exercise answered (lines 6 to 15).
constexpr const char* kAnswered = R"(id: 2025-management
exercise: management
date: 2025-01-20
participants: [boss, ann]
answers:
  - question: attention
    text: Management as a device.
  - question: questions
    text: How to evaluate collective work.
  - question: experience-shared
    text: In corridors.
  - question: talk-about-work
    text: Nowhere yet.
  - question: hierarchy-help
    text: By listening.
)";

MiniDossier with_exercise(const std::string& text = kAnswered) { return MiniDossier().set(kExercise, text); }

constexpr const char* kAssessment = "assessment.yaml";

// One assessment on 2025-04-01 (a session of "dev" was held 31 days before).
constexpr const char* kAssessed = R"(assessments:
  - date: 2025-04-01
    by: [boss]
    ingredients:
      listening: {level: 2, evidence: [rex/dev]}
      relation-to-real: {level: 2, evidence: [arbitrations/a-1, principles.yaml]}
      cooperation-support: {level: 1, evidence: []}
      instituted-times: {level: 2, evidence: [rex/dev/]}
    administration:
      evaluation: {mode: individual}
)";

MiniDossier with_assessment(const std::string& text = kAssessed) { return MiniDossier().set(kAssessment, text); }

}  // namespace

// --- exercises ---

TEST_CASE("exercise: a fully answered worksheet gets no finding") { CHECK(with_exercise().check() == ""); }

TEST_CASE("exercise-unanswered: an empty text, and a question with no answer at all") {
  const auto d = with_exercise()
                     .replace(kExercise, "    text: Nowhere yet.", "    text: \"\"")
                     .replace(kExercise, "  - question: hierarchy-help\n    text: By listening.\n", "");
  CHECK(d.check() ==
        "exercises/2025-management.yaml:5:1: warning: question 'hierarchy-help' of the management exercise has no answer: "
        "add one with 'question: hierarchy-help' (or 'postponed:' saying when it will be taken up) [exercise-unanswered]\n"
        "exercises/2025-management.yaml:12:15: warning: question 'talk-about-work' has no answer yet: write it under 'text' "
        "(or say under 'postponed' when it will be taken up) [exercise-unanswered]\n");
}

TEST_CASE("exercise-unanswered: a question postponed on purpose is not warned") {
  const auto d = with_exercise().replace(kExercise, "    text: By listening.", "    postponed: At the next board meeting.");
  CHECK(d.check() == "");
}

TEST_CASE("exercise: an unknown question id is suggested, a second answer to a question is a duplicate") {
  const auto d = with_exercise()
                     .replace(kExercise, "question: talk-about-work", "question: talk-about-wrok")
                     .replace(kExercise, "  - question: hierarchy-help\n", "  - question: attention\n    text: Again.\n  - question: hierarchy-help\n");
  CHECK(d.check() ==
        "exercises/2025-management.yaml:5:1: warning: question 'talk-about-work' of the management exercise has no "
        "answer: add one with 'question: talk-about-work' (or 'postponed:' saying when it will be taken up) "
        "[exercise-unanswered]\n"
        "exercises/2025-management.yaml:12:15: error: 'talk-about-wrok' is not a question of the management exercise (its "
        "questions: attention, questions, experience-shared, talk-about-work, hierarchy-help), did you mean "
        "'talk-about-work'? [unknown-ref]\n"
        "exercises/2025-management.yaml:14:15: error: question 'attention' is already answered at line 6, column 15; put "
        "the whole answer in one text [duplicate-id]\n");
}

TEST_CASE("exercise: the id must equal the file name, the exercise be one of the sheet's") {
  CHECK(with_exercise().replace(kExercise, "id: 2025-management", "id: 2025-mgmt").check() ==
        "exercises/2025-management.yaml:1:5: error: exercise id '2025-mgmt' does not match its file name "
        "'2025-management.yaml' [id-mismatch]\n");
  CHECK(with_exercise().replace(kExercise, "exercise: management", "exercise: managment").check() ==
        "exercises/2025-management.yaml:2:11: error: 'exercise' must be one of management, cooperation, found "
        "'managment', did you mean 'management'? [bad-value]\n");
}

TEST_CASE("exercise: participants are people of the dossier") {
  CHECK(with_exercise().replace(kExercise, "[boss, ann]", "[boss, anne]").check() ==
        "exercises/2025-management.yaml:4:22: error: unknown person 'anne', did you mean 'ann'? [unknown-ref]\n");
}

// --- assessment.yaml ---

TEST_CASE("assessment: evidence of the dossier, with or without '.yaml' or a final '/', gets no finding") {
  CHECK(with_assessment().check() == "");
}

TEST_CASE("evidence-not-found: a path that is not in the dossier, with the closest one suggested") {
  const auto d = with_assessment().replace(kAssessment, "evidence: [rex/dev]", "evidence: [rex/deb]");
  CHECK(d.check() ==
        "assessment.yaml:5:40: error: evidence 'rex/deb' of 'listening' is not a path of the dossier, did you mean "
        "'rex/dev'? [evidence-not-found]\n");
}

TEST_CASE("evidence-not-found: a path leaving the dossier never counts, even when it would exist") {
  const auto d = with_assessment().replace(kAssessment, "evidence: [rex/dev]", "evidence: [../dossier.yaml]");
  CHECK(d.check() ==
        "assessment.yaml:5:40: error: evidence '../dossier.yaml' of 'listening' is not a path of the dossier, did you "
        "mean 'dossier.yaml'? [evidence-not-found]\n");
}

TEST_CASE("assessment-without-evidence: a level of 2 or more with no evidence") {
  const auto d = with_assessment().replace(kAssessment, "evidence: [rex/dev]", "evidence: []");
  CHECK(d.check() ==
        "assessment.yaml:5:19: warning: 'listening' claims level 2 or more with no evidence: name the device, arbitration "
        "or file of the dossier that bears it out, or lower the level [assessment-without-evidence]\n");
}

TEST_CASE("assessment-without-evidence: a level of 1 needs none") {
  CHECK(with_assessment().replace(kAssessment, "{level: 2, evidence: [rex/dev]}", "{level: 1}").check() == "");
}

TEST_CASE("assessment-without-evidence: instituted times claimed, no session in the 180 days before") {
  const auto d = with_assessment().replace(kAssessment, "date: 2025-04-01", "date: 2025-09-01");
  CHECK(d.check() ==
        "assessment.yaml:8:33: warning: 'instituted-times' claims level 2 or more, but no device held a session in the 180 "
        "days before the assessment (the last was on 2025-03-01): times that are instituted are held "
        "[assessment-without-evidence]\n");
}

TEST_CASE("assessment-without-evidence: 180 days before still counts, sessions after the date do not") {
  CHECK(with_assessment().replace(kAssessment, "date: 2025-04-01", "date: 2025-08-28").check() == "");
  CHECK(with_assessment().replace(kAssessment, "date: 2025-04-01", "date: 2025-01-15").check() ==
        "assessment.yaml:8:33: warning: 'instituted-times' claims level 2 or more, but no device held a session in the 180 "
        "days before the assessment (none so far): times that are instituted are held [assessment-without-evidence]\n");
}

TEST_CASE("assessment-without-evidence: silent when a session file cannot be read (it may be the recent one)") {
  const auto d = with_assessment()
                     .replace(kAssessment, "date: 2025-04-01", "date: 2025-09-01")
                     .set("rex/dev/sessions/03.yaml", "number: [3\n");
  const std::string found = d.check();
  CHECK(found.find("assessment-without-evidence") == std::string::npos);
  CHECK(found.find("rex/dev/sessions/03.yaml:1:9: error:") != std::string::npos);
}

TEST_CASE("assessment: levels go from 0 to 3, modes are words of the format, unknown keys are suggested") {
  CHECK(with_assessment().replace(kAssessment, "{level: 1, evidence: []}", "{level: 4, evidence: []}").check() ==
        "assessment.yaml:7:36: error: 'level' must be at most 3, found 4 [bad-value]\n");
  CHECK(with_assessment().replace(kAssessment, "{mode: individual}", "{mode: personal}").check() ==
        "assessment.yaml:10:26: error: 'mode' must be one of individual, mixed, collective, found 'personal' [bad-value]\n");
  CHECK(with_assessment().replace(kAssessment, "      listening:", "      listenning:").check() ==
        "assessment.yaml:5:7: error: unknown key 'listenning' in ingredients, did you mean 'listening'? [unknown-key]\n");
}
