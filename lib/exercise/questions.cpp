#include "exercise/questions.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "embed/embedded.hpp"

namespace efc::exercise {

const std::vector<std::string>& exercise_names() {
  static const std::vector<std::string> kNames = {"management", "cooperation"};
  return kNames;
}

Sheet parse_sheet(std::string_view exercise, std::string_view bytes) {
  Sheet out;
  out.exercise = std::string(exercise);
  while (!bytes.empty()) {
    const std::size_t end = std::min(bytes.find('\n'), bytes.size());
    const std::string_view line = bytes.substr(0, end);
    bytes.remove_prefix(std::min(end + 1, bytes.size()));
    const std::size_t colon = line.find(": ");
    if (line.empty() || line.front() == '#' || colon == std::string_view::npos) continue;
    const std::string key(line.substr(0, colon));
    const std::string text(line.substr(colon + 2));
    if (key == "title") out.title = text;
    else if (key == "intro") out.intro = text;
    else out.questions.push_back({key, text});
  }
  return out;
}

std::optional<Sheet> sheet(std::string_view exercise, std::string_view lang) {
  const std::string path = fmt::format("{}/{}.txt", lang == "en" ? "en" : "fr", exercise);
  const embed::File* f = embed::find(embed::questions(), path);
  if (f == nullptr) return std::nullopt;
  return parse_sheet(exercise, f->bytes);
}

std::vector<std::string> question_ids(std::string_view exercise) {
  std::vector<std::string> ids;
  if (const auto s = sheet(exercise, "en")) {
    for (const auto& q : s->questions) ids.push_back(q.id);
  }
  return ids;
}

}  // namespace efc::exercise
