#include "exercise/scaffold.hpp"

#include <fmt/format.h>

#include "exercise/questions.hpp"

namespace efc::exercise {
namespace {

constexpr std::size_t kCommentWidth = 96;

// `text` as YAML comment lines of at most kCommentWidth characters, each starting with `indent`.
std::string comment(const std::string& text, const std::string& indent) {
  std::string out, line;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > kCommentWidth) {
      out += indent + "# " + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty()) out += indent + "# " + line + "\n";
  return out;
}

struct Words {
  std::string how, participants, render;
};

Words words(const std::string& lang, const std::string& id) {
  if (lang == "en") {
    return {"Write each answer in its 'text' (a '|' block for several lines); 'postponed:' says when a question will be "
            "taken up instead. efc validate warns about every question left without either.",
            "who did the exercise: ids of people of dossier.yaml",
            fmt::format("efc exercise render {} gives the worksheet with its answers.", id)};
  }
  // Non-breaking spaces inside the guillemets: a comment line never splits them from their word.
  return {"Écrivez chaque réponse dans son «\u00a0text\u00a0» (un bloc «\u00a0|\u00a0» pour plusieurs lignes) ; "
          "«\u00a0postponed:\u00a0» dit plutôt quand une question sera reprise. efc validate signale toute question "
          "laissée sans l'un ni l'autre.",
          "qui a fait l'exercice : identifiants des personnes de dossier.yaml",
          fmt::format("efc exercise render {} donne la fiche avec ses réponses.", id)};
}

}  // namespace

std::vector<std::string> candidate_ids(const std::string& exercise, const model::Date& date) {
  return {fmt::format("{:04}-{}", date.year, exercise), fmt::format("{}-{}", date.iso(), exercise)};
}

std::string scaffold_text(const ScaffoldInput& in) {
  const auto s = sheet(in.exercise, in.lang);
  const Words w = words(in.lang, in.id);
  std::string out;
  if (!in.modeline.empty()) out += in.modeline + "\n";
  if (s) out += comment(s->title, "") + comment(s->intro, "");
  out += comment(w.how, "") + comment(w.render, "");
  out += fmt::format("id: {}\nexercise: {}\ndate: {}\nparticipants: []   # {}\nanswers:\n", in.id, in.exercise, in.date.iso(),
                     w.participants);
  if (!s) return out;
  for (const auto& q : s->questions) {
    out += comment(q.text, "  ");
    out += fmt::format("  - question: {}\n    text: \"\"\n", q.id);
  }
  return out;
}

}  // namespace efc::exercise
