// The file `efc exercise new` writes: exercises/<id>.yaml with every question of the exercise
// as a prompt to answer, commented in the dossier's language.
#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"

namespace efc::exercise {

struct ScaffoldInput {
  std::string id;        // a valid id: the file name without .yaml
  std::string exercise;  // "management" | "cooperation"
  model::Date date;
  std::string lang;      // "fr" | "en"
  std::string modeline;  // the yaml-language-server line, without its newline ("" for none)
};

// The ids a new worksheet takes, in order of preference: YYYY-EXERCISE (the format's example),
// then YYYY-MM-DD-EXERCISE when a worksheet of that exercise already exists that year.
std::vector<std::string> candidate_ids(const std::string& exercise, const model::Date& date);

// The YAML text of the new worksheet. It validates at once, with one exercise-unanswered
// warning per question until each is answered (or postponed).
std::string scaffold_text(const ScaffoldInput& in);

}  // namespace efc::exercise
