// The self-assessment of management (assessment.yaml) checked against the dossier itself:
// what rules report and what `efc status` shows, computed once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace efc::exercise {

// A device must have held a session within this many days before an assessment that claims
// instituted times at level 2 or more.
inline constexpr long long kRecentSessionDays = 180;

// The four ingredients, in the sheet's order: their key in assessment.yaml and their value.
struct IngredientEntry {
  std::string_view key;
  const model::Ingredient* value;  // nullptr when the assessment leaves it out
};
std::vector<IngredientEntry> ingredients_of(const model::Assessment& a);

// The four administrative practices, in order: their key and their value.
struct PracticeEntry {
  std::string_view key;
  const model::Practice* value;  // nullptr when left out
};
std::vector<PracticeEntry> practices_of(const model::Assessment& a);

// Where the dossier does not bear a claim out.
enum class GapKind {
  NoEvidence,        // a level of 2 or more without evidence
  EvidenceNotFound,  // an evidence path that is not in the dossier
  NoRecentSession,   // instituted-times at 2 or more, no session within kRecentSessionDays before
};
struct Gap {
  GapKind kind;
  std::string ingredient;    // its key
  diag::Pos pos;             // where to point
  std::string evidence;      // EvidenceNotFound: the path as written
  std::string suggestion;    // EvidenceNotFound: the closest path of the dossier, or ""
  std::optional<model::Date> last_session;  // NoRecentSession: the last one before, if any
};

// The gaps of assessment `a` against dossier `d`, in ingredient order. Evidence paths are read
// relative to the root ("rex/a", "rex/a/", "arbitrations/2025-001" for its .yaml file).
std::vector<Gap> gaps_of(const model::Dossier& d, const model::Assessment& a);

// The assessments of the file, oldest first (stable for equal dates); those without a date left out.
std::vector<const model::Assessment*> by_date(const model::AssessmentFile& f);

}  // namespace efc::exercise
