// The "done when" of the bilan, on the worked example's hospital (examples/hopital-valmont/): the bilan for management
// holds every shared question, hypothesis, experiment, lesson and perspective, and not five
// words in a row of any story or note; the group's bilan holds the stories.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "bilan/bilan.hpp"
#include "check/check.hpp"
#include "format/visit.hpp"
#include "render/template.hpp"
#include "text/words.hpp"

namespace {

using namespace efc;

const model::Dossier& example() {
  static const model::Dossier d = [] {
    io::DiskFileSystem fs;
    auto loaded = check::load_and_check(fs, std::string(EFC_SOURCE_DIR) + "/examples/hopital-valmont", "");
    REQUIRE(loaded.diagnostics.empty());
    return std::move(loaded.dossier);
  }();
  return d;
}

std::string bilan_md(const std::string& audience, view::Visibility v) {
  const auto data = bilan::bilan_data(view::make_view(example(), v), "chefs-de-service", audience);
  REQUIRE(data);
  const auto r = render::render(render::TemplateSet::builtin("fr"), "bilan.md", *data);
  REQUIRE(r.ok);
  return r.text;
}

bool holds(const std::string& md, const model::Text& t) { return md.find(render::markdown_escape(*t)) != std::string::npos; }

// The group texts of the example (story fields, notes, confidential items).
std::vector<std::string> group_texts() {
  std::vector<std::string> texts;
  for (const auto& s : example().device("chefs-de-service")->sessions) {
    for (const auto& story : s.stories) {
      for (const auto* t : {&story.title, &story.situation, &story.prescribed, &story.real}) {
        if (*t) texts.push_back(t->value);
      }
    }
    if (s.notes) texts.push_back(*s.notes);
    for (const auto& q : s.questions) {
      if (format::is_confidential(q)) texts.push_back(*q.text);
    }
  }
  return texts;
}

}  // namespace

TEST_CASE("worked example: the bilan for management holds every shared item of every session") {
  const std::string md = bilan_md("direction", view::Visibility::Shared);
  std::size_t checked = 0;
  for (const auto& s : example().device("chefs-de-service")->sessions) {
    for (const auto* items : {&s.questions, &s.hypotheses}) {
      for (const auto& i : *items) {
        if (format::is_confidential(i)) continue;
        CHECK_MESSAGE(holds(md, i.text), *i.text);
        ++checked;
      }
    }
    for (const auto& e : s.experiments) {
      CHECK_MESSAGE(holds(md, e.text), *e.text);
      ++checked;
    }
    for (const auto* list : {&s.produced, &s.lessons, &s.perspectives, &s.next_steps}) {
      for (const auto& t : *list) {
        CHECK_MESSAGE(holds(md, t), *t);
        ++checked;
      }
    }
  }
  CHECK(checked == 31);  // 5 shared questions, 4 hypotheses, 10 experiment mentions, 12 texts of the bilan session
}

TEST_CASE("worked example: the bilan for management holds not five words in a row of a story, a note or a confidential item") {
  const std::string md = bilan_md("direction", view::Visibility::Shared);
  std::set<std::uint64_t> shown;  // 4-word runs do occur: the shared items reuse "ouvrir des lits supplémentaires"
  for (const auto h : text::shingles(md, 5)) shown.insert(h);
  for (const auto& t : group_texts()) {
    const auto runs = text::shingles(t, 5);
    const bool leaked = std::any_of(runs.begin(), runs.end(), [&](std::uint64_t h) { return shown.count(h) > 0; });
    CHECK_MESSAGE(!leaked, t);
  }
}

TEST_CASE("worked example: the group's bilan holds every story with its narrator") {
  const std::string md = bilan_md("participants", view::Visibility::Group);
  for (const auto& s : example().device("chefs-de-service")->sessions) {
    for (const auto& story : s.stories) {
      CHECK_MESSAGE(holds(md, story.title), *story.title);
      CHECK(md.find(*example().person(*story.narrator)->name) != std::string::npos);
    }
  }
}
