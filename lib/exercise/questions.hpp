// The questions of the sheet's two exercises, in efc's own words (questions/, compiled in).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace efc::exercise {

struct Question {
  std::string id;    // stable: answers name it
  std::string text;
};

// One exercise in one language: its title, a line of introduction, its questions in order.
struct Sheet {
  std::string exercise;  // "management" | "cooperation"
  std::string title, intro;
  std::vector<Question> questions;
};

// The exercises efc knows, in the sheet's order.
const std::vector<std::string>& exercise_names();

// The sheet of `exercise` in `lang` ("fr" unless "en"); nullopt for an unknown exercise.
std::optional<Sheet> sheet(std::string_view exercise, std::string_view lang);

// Reads a question file ("KEY: TEXT" lines, '#' comments): title and intro, then questions.
Sheet parse_sheet(std::string_view exercise, std::string_view bytes);

// The ids of the questions of `exercise` (the same in every language); empty when unknown.
std::vector<std::string> question_ids(std::string_view exercise);

}  // namespace efc::exercise
