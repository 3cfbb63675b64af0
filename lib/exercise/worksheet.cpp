#include "exercise/worksheet.hpp"

#include <algorithm>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "exercise/questions.hpp"

namespace efc::exercise {
namespace {

using render::Tree;

const model::Answer* answer_to(const model::ExerciseFile& x, const std::string& id) {
  const auto it = std::find_if(x.answers.begin(), x.answers.end(), [&](const model::Answer& a) { return a.question && *a.question == id; });
  return it == x.answers.end() ? nullptr : &*it;
}

Tree question_tree(const QuestionState& q, long long number) {
  Tree t = Tree::object();
  t.set("id", q.question.id);
  t.set("number", Tree::number(number));
  t.set("text", q.question.text);
  t.set("answer", q.answered ? Tree(*q.answer->text) : Tree::null());
  t.set("postponed", q.postponed ? Tree(*q.answer->postponed) : Tree::null());
  t.set("answered", Tree::boolean(q.answered));
  return t;
}

}  // namespace

bool has_words(const model::Text& t) {
  return t && std::any_of(t->begin(), t->end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; });
}

std::vector<QuestionState> question_states(const model::ExerciseFile& x, const std::string& lang) {
  std::vector<QuestionState> out;
  const auto s = x.exercise ? sheet(*x.exercise, lang) : std::nullopt;
  if (!s) return out;
  for (const auto& q : s->questions) {
    const model::Answer* a = answer_to(x, q.id);
    const bool answered = a != nullptr && has_words(a->text);
    out.push_back({q, a, answered, !answered && a != nullptr && has_words(a->postponed)});
  }
  return out;
}

std::optional<render::Tree> worksheet_data(const view::DossierView& view, const std::string& id) {
  const model::Dossier& d = view.dossier();
  const model::ExerciseFile* x = d.exercise(id);
  if (x == nullptr || !x->exercise) return std::nullopt;
  const std::string lang = d.lang();
  const auto s = sheet(*x->exercise, lang);
  if (!s) return std::nullopt;
  Tree data = Tree::object();
  data.set("lang", lang);
  data.set("id", x->file_id);
  data.set("exercise", *x->exercise);
  data.set("title", s->title);
  data.set("intro", s->intro);
  data.set("dossier_title", d.dossier && d.dossier->title ? *d.dossier->title : "");
  bilan::set_date(data, "date", x->date, lang);
  data.set_template_only("front_matter", bilan::front_matter(s->title, x->date, lang));
  std::vector<std::string> names;
  data.set("participants", bilan::people_tree(d, x->participants, names));
  bilan::set_joined(data, "participant_names", names);
  Tree questions = Tree::list();
  long long answered = 0;
  long long number = 0;
  for (const auto& q : question_states(*x, lang)) {
    questions.push(question_tree(q, ++number));
    if (q.answered) ++answered;
  }
  data.set("questions", std::move(questions));
  data.set("answered", Tree::number(answered));
  data.set("total", Tree::number(number));
  return data;
}

}  // namespace efc::exercise
