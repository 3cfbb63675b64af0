// The data of `efc exercise render`: the worksheet of one exercise, each question of efc beside
// its answer. Keys are listed in docs/templates.md ("exercise") and docs/json.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exercise/questions.hpp"
#include "model/model.hpp"
#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::exercise {

// One question of a worksheet and what was written for it.
struct QuestionState {
  Question question;
  const model::Answer* answer = nullptr;  // nullptr: no answer names it
  bool answered = false;   // an answer with words in its text
  bool postponed = false;  // not answered, and 'postponed' says why
};

// The questions of exercise `x` in `lang`, in order; empty when its exercise is unknown.
std::vector<QuestionState> question_states(const model::ExerciseFile& x, const std::string& lang);

// Whether a text holds more than blanks.
bool has_words(const model::Text& t);

// The worksheet of exercises/`id`.yaml as the view holds it; nullopt when there is no such
// exercise or its exercise is not one efc knows.
std::optional<render::Tree> worksheet_data(const view::DossierView& view, const std::string& id);

}  // namespace efc::exercise
