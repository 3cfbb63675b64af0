// The sheet's two exercises (exercises/<id>.yaml) and the self-assessment of management
// (assessment.yaml): format 1.1, both shared.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/value.hpp"

namespace efc::model {

// One answer of a worksheet: the id of a question of the exercise, and what was said.
struct Answer {
  Pos pos;
  KeyPositions keys;
  Text question, text;
  Text postponed{};  // extension: the question is left for later on purpose, and why
};

// exercises/<id>.yaml: one exercise of the sheet, done on a date with some people.
struct ExerciseFile {
  std::string path;    // exercises/<id>.yaml
  std::string file_id;  // the file name without .yaml
  Pos pos;
  KeyPositions keys;
  Text id, exercise;  // exercise: "management" | "cooperation"
  DateValue date;
  Texts participants;
  std::vector<Answer> answers;
};

// Where the organisation stands on one ingredient of a management "of and by the resource".
struct Ingredient {
  Pos pos;
  KeyPositions keys;
  Int level;  // 0 absent, 1 emerging, 2 established, 3 instituted
  Texts evidence;  // paths of the dossier
  Text note;
};

struct Ingredients {
  Pos pos;
  KeyPositions keys;
  std::optional<Ingredient> listening, relation_to_real, cooperation_support, instituted_times;
};

// How one practice of administrative management takes cooperation into account.
struct Practice {
  Pos pos;
  KeyPositions keys;
  Text mode;  // "individual" | "mixed" | "collective"
  Text note;
};

struct Administration {
  Pos pos;
  KeyPositions keys;
  std::optional<Practice> evaluation, training, recruitment, pay;
};

struct Assessment {
  Pos pos;
  KeyPositions keys;
  DateValue date;
  Texts by;
  std::optional<Ingredients> ingredients;
  std::optional<Administration> administration;
};

// assessment.yaml: dated self-assessments, in the order written.
struct AssessmentFile {
  std::string path;
  Pos pos;
  KeyPositions keys;
  std::vector<Assessment> assessments;
};

// The stake that brings the parties of a cross-actor device together (device.yaml).
struct InitialStake {
  Pos pos;
  KeyPositions keys;
  Text kind;  // "ambition" | "friction"
  Text text;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
};

}  // namespace efc::model
