// The rules of the sheet's exercises (exercises/<id>.yaml) and of the self-assessment of
// management (assessment.yaml).
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "exercise/assessment.hpp"
#include "exercise/questions.hpp"
#include "rules/checks.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::rules {
namespace {

bool blank(const model::Text& t) {
  return !t || std::all_of(t->begin(), t->end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

// unknown-ref for a question id the exercise does not have; duplicate-id for a second answer.
void check_answer_ids(const model::ExerciseFile& x, const std::vector<std::string>& ids, diag::FileReport& report) {
  std::map<std::string, diag::Pos> seen;
  for (const auto& a : x.answers) {
    if (!a.question) continue;
    if (std::find(ids.begin(), ids.end(), *a.question) == ids.end()) {
      report.error(a.question.pos, diag::Rule::UnknownRef,
                   text::trf("'{}' is not a question of the {} exercise (its questions: {}){}", *a.question, *x.exercise,
                             fmt::join(ids, ", "), text::did_you_mean(*a.question, ids)));
      continue;
    }
    const auto [it, inserted] = seen.emplace(*a.question, a.question.pos);
    if (!inserted) {
      report.error(a.question.pos, diag::Rule::DuplicateId,
                   text::trf("question '{}' is already answered at line {}, column {}; put the whole answer in one text",
                             *a.question, it->second.line, it->second.column));
    }
  }
}

// exercise-unanswered: every question needs an answer with a text, unless postponed on purpose.
void check_unanswered(const model::ExerciseFile& x, const std::vector<std::string>& ids, diag::FileReport& report) {
  if (!x.keys.reliable("answers")) return;  // a misspelt or unreadable list is reported once
  for (const auto& id : ids) {
    const auto it = std::find_if(x.answers.begin(), x.answers.end(), [&](const model::Answer& a) { return a.question && *a.question == id; });
    if (it == x.answers.end()) {
      report.warning(x.keys.of("answers", x.pos), diag::Rule::ExerciseUnanswered,
                     text::trf("question '{}' of the {} exercise has no answer: add one with 'question: {}' (or "
                               "'postponed:' saying when it will be taken up)",
                               id, *x.exercise, id));
    } else if (blank(it->text) && blank(it->postponed) && it->keys.reliable("text")) {
      report.warning(it->question.pos, diag::Rule::ExerciseUnanswered,
                     text::trf("question '{}' has no answer yet: write it under 'text' (or say under 'postponed' when "
                               "it will be taken up)",
                               id));
    }
  }
}

void check_exercise(const model::ExerciseFile& x, diag::Diagnostics& out) {
  diag::FileReport report(x.path, out);
  if (x.id && *x.id != x.file_id) {
    report.error(x.id.pos, diag::Rule::IdMismatch,
                 text::trf("exercise id '{}' does not match its file name '{}.yaml'", *x.id, x.file_id));
  }
  if (!x.exercise) return;
  const auto ids = exercise::question_ids(*x.exercise);
  check_answer_ids(x, ids, report);
  check_unanswered(x, ids, report);
}

std::string gap_message(const exercise::Gap& g) {
  switch (g.kind) {
    case exercise::GapKind::NoEvidence:
      return text::trf(
          "'{}' claims level 2 or more with no evidence: name the device, arbitration or file of the "
          "dossier that bears it out, or lower the level",
          g.ingredient);
    case exercise::GapKind::EvidenceNotFound:
      return "";
    case exercise::GapKind::NoRecentSession:
      return text::trf(
          "'instituted-times' claims level 2 or more, but no device held a session in the {} days before "
          "the assessment{}: times that are instituted are held",
          exercise::kRecentSessionDays,
          g.last_session ? text::trf(" (the last was on {})", g.last_session->iso()) : std::string(text::tr(" (none so far)")));
  }
  return "";
}

void check_assessments(const model::Dossier& d, const model::AssessmentFile& f, diag::Diagnostics& out) {
  diag::FileReport report(f.path, out);
  for (const auto& a : f.assessments) {
    for (const auto& g : exercise::gaps_of(d, a)) {
      if (g.kind == exercise::GapKind::EvidenceNotFound) {
        report.error(g.pos, diag::Rule::EvidenceNotFound,
                     text::trf("evidence '{}' of '{}' is not a path of the dossier{}", g.evidence, g.ingredient,
                               g.suggestion.empty()
                                   ? std::string(text::tr(" (a device folder rex/ID, an arbitration, principles.yaml...)"))
                                   : text::trf(", did you mean '{}'?", g.suggestion)));
      } else {
        report.warning(g.pos, diag::Rule::AssessmentWithoutEvidence, gap_message(g));
      }
    }
  }
}

}  // namespace

void check_management(const model::Dossier& d, diag::Diagnostics& out) {
  for (const auto& x : d.exercises) check_exercise(x, out);
  if (d.assessment) check_assessments(d, *d.assessment, out);
}

}  // namespace efc::rules
