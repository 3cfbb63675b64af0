#include <doctest/doctest.h>

#include "check/check.hpp"
#include "rex/series.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

constexpr const char* kThreeExperiments = R"(number: 1
date: 2025-02-01
kind: regular
present: [ann, bob]
absent: []
stories:
  - narrator: ann
    title: The night shift
experiments:
  - id: pairs
    text: Pair seniors and juniors.
    status: proposed
  - id: board
    text: A board for the night.
    status: running
  - text: An experiment without id and without status.
)";

constexpr const char* kUpdates = R"(number: 2
date: 2025-03-01
kind: bilan
present: [ann, bob]
absent: []
produced: [A shared view of the night]
lessons: [Talk early]
perspectives: [Meet again in autumn]
experiments:
  - id: pairs
    text: Pair seniors and juniors.
    status: done
  - id: board
    text: A board for the night, in every ward.
    status: accepted
)";

model::Dossier dossier_of(const testing::MiniDossier& m) {
  const auto fs = m.filesystem();
  return check::load_and_check(fs, "", "").dossier;
}

}  // namespace

TEST_CASE("the next number is one more than the largest NN.yaml in the folder, whatever the entry") {
  io::MemoryFileSystem fs;
  CHECK(rex::next_number(fs, "rex/dev/sessions") == 1);
  fs.add("rex/dev/sessions/01.yaml", "");
  fs.add("rex/dev/sessions/notes.txt", "");
  CHECK(rex::next_number(fs, "rex/dev/sessions") == 2);
  fs.add("rex/dev/sessions/07.yaml/inside", "");  // a folder named like a session still takes its number
  fs.add("rex/dev/sessions/1.yaml", "");           // not a session name: ignored, as the loader does
  fs.add("rex/dev/sessions/.08.yaml.efc-abc", ""); // a temporary file of a concurrent write
  CHECK(rex::next_number(fs, "rex/dev/sessions") == 8);
  fs.add("rex/dev/sessions/120.yaml", "");
  CHECK(rex::next_number(fs, "rex/dev/sessions") == 121);
}

TEST_CASE("the last planned session is the bilan unless a file says otherwise or an earlier one was") {
  testing::MiniDossier m;
  const model::Dossier d = dossier_of(m);
  const model::Device& dev = *d.device("dev");
  CHECK_FALSE(rex::is_bilan(dev, 1));
  CHECK(rex::is_bilan(dev, 2));
  CHECK_FALSE(rex::is_bilan(dev, 3));  // session 2 was the bilan

  m.remove("rex/dev/sessions/02.yaml");
  CHECK(rex::is_bilan(*dossier_of(m).device("dev"), 2));
  CHECK(rex::is_bilan(*dossier_of(m).device("dev"), 3));  // beyond the plan, and still no bilan

  m.set("rex/dev/sessions/02.yaml", "number: 2\ndate: 2025-03-01\nkind: regular\npresent: [ann, bob]\nabsent: []\n");
  CHECK_FALSE(rex::is_bilan(*dossier_of(m).device("dev"), 2));  // the file says regular
}

TEST_CASE("open experiments: the last status of each id, done and dropped left out, no status counts as open") {
  testing::MiniDossier m;
  m.set("rex/dev/sessions/01.yaml", kThreeExperiments).set("rex/dev/sessions/02.yaml", kUpdates);
  const model::Dossier d = dossier_of(m);
  const model::Device& dev = *d.device("dev");

  const auto all = rex::open_experiments(dev);
  REQUIRE(all.size() == 2);
  CHECK(*all[0].latest.id == "board");
  CHECK(*all[0].latest.status == "accepted");
  CHECK(*all[0].latest.text == "A board for the night, in every ward.");
  CHECK(all[0].session == 2);
  CHECK_FALSE(all[1].latest.id);
  CHECK(all[1].session == 1);

  const auto before_two = rex::open_experiments(dev, 2);
  REQUIRE(before_two.size() == 3);
  CHECK(*before_two[0].latest.id == "pairs");
  CHECK(*before_two[1].latest.status == "running");
}

TEST_CASE("session length: the session's minutes, else the device's") {
  testing::MiniDossier m;
  m.replace("rex/dev/sessions/01.yaml", "kind: regular\n", "kind: regular\nminutes: 90\n");
  const model::Dossier d = dossier_of(m);
  const model::Device& dev = *d.device("dev");
  CHECK(rex::session_minutes(dev, rex::session(dev, 1)) == 90);
  CHECK(rex::session_minutes(dev, rex::session(dev, 2)) == 120);
  CHECK(rex::session_minutes(dev, nullptr) == 120);
  CHECK(rex::session(dev, 3) == nullptr);
}
