// rex/loop: what a device sent up and what came back, read from a view.
#include <doctest/doctest.h>

#include "check/check.hpp"
#include "rex/loop.hpp"
#include "support/mini_dossier.hpp"
#include "view/visibility.hpp"

using namespace efc;

namespace {

constexpr const char* kAudiences = R"(audiences:
  - id: board
    members: [boss]
    receives: shared
)";

// Session 1 (2025-02-01) raises q-night, a question without id, a confidential question and a
// proposed experiment; session 2 (2025-03-01) repeats q-night. Two transmissions, two answers.
testing::MiniDossier loop_dossier() {
  testing::MiniDossier d;
  d.set("rex/dev/device.yaml", d.files().at("rex/dev/device.yaml") + kAudiences)
      .replace("rex/dev/sessions/01.yaml", "  - text: Who decides at night?",
               "  - id: q-night\n    text: Who decides at night?\n  - text: Who calls the doctor?\n"
               "  - id: q-secret\n    text: A question that stays here.\n    confidential: true\n"
               "experiments:\n  - id: pairs\n    text: Pair seniors and juniors.\n    status: proposed")
      .replace("rex/dev/sessions/02.yaml", "absent: []\n", "absent: []\nquestions:\n  - id: q-night\n    text: Who decides at night?\n")
      .set("rex/dev/responses.yaml",
           "transmissions:\n"
           "  - {date: 2025-02-10, audience: board, presented_by: [ann]}\n"
           "  - {date: 2025-03-10, audience: board, presented_by: [ann]}\n"
           "responses:\n"
           "  - {to: q-night, date: 2025-03-20, by: [boss], decision: under-study}\n"
           "  - {to: q-night, date: 2025-02-20, by: [boss], decision: answered}\n");
  return d;
}

std::vector<rex::RaisedItem> items_of(const testing::MiniDossier& d, view::Visibility v) {
  const io::MemoryFileSystem fs = d.filesystem();
  const auto loaded = check::load_and_check(fs, "", "");
  REQUIRE(loaded.diagnostics.errors() == 0);
  const auto view = view::make_view(loaded.dossier, v);
  return rex::raised_items(*view.dossier().device("dev"));
}

}  // namespace

TEST_CASE("raised_items: one item per id across sessions, answers by date, the first transmission after it") {
  const auto items = items_of(loop_dossier(), view::Visibility::Group);
  REQUIRE(items.size() == 4);
  CHECK(items[0].id == "q-night");
  CHECK(items[0].first_session == 1);
  CHECK(items[0].went_up->iso() == "2025-02-10");
  REQUIRE(items[0].responses.size() == 2);
  CHECK(items[0].responses[0]->date->iso() == "2025-02-20");
  CHECK(items[0].responses[1]->date->iso() == "2025-03-20");
  CHECK_FALSE(rex::is_waiting(items[0]));
  CHECK(items[1].id.empty());
  CHECK(rex::is_waiting(items[1]));
  CHECK(items[2].id == "q-secret");
  CHECK(items[2].confidential);
  CHECK_FALSE(items[2].went_up.has_value());  // kept in the group: it never went up
  CHECK_FALSE(rex::is_waiting(items[2]));
  CHECK(items[3].kind == rex::ItemKind::Experiment);
  CHECK(rex::is_waiting(items[3]));  // still proposed, and no answer
}

TEST_CASE("raised_items: a shared view holds no confidential item") {
  const auto items = items_of(loop_dossier(), view::Visibility::Shared);
  REQUIRE(items.size() == 3);
  for (const auto& item : items) CHECK(item.id != "q-secret");
}

TEST_CASE("median_days_to_answer: from going up to the first answer, none without answers") {
  const auto items = items_of(loop_dossier(), view::Visibility::Shared);
  CHECK(rex::median_days_to_answer(items) == doctest::Approx(10.0));  // 2025-02-10 -> 2025-02-20
  CHECK_FALSE(rex::median_days_to_answer({}).has_value());
}

TEST_CASE("first_transmission: only to an audience receiving shared, on or after the date") {
  const auto d = loop_dossier().replace("rex/dev/responses.yaml", "- {date: 2025-02-10, audience: board",
                                        "- {date: 2025-01-10, audience: board");
  const auto items = items_of(d, view::Visibility::Shared);
  CHECK(items[0].went_up->iso() == "2025-03-10");  // the one of 2025-01-10 came before the question
}
