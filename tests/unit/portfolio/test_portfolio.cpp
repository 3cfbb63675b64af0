#include <doctest/doctest.h>

#include "check/check.hpp"
#include "portfolio/portfolio.hpp"
#include "status/status.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

// The mini dossier at `prefix` ("p/a") in `fs`.
void add_dossier(io::MemoryFileSystem& fs, const std::string& prefix, const testing::MiniDossier& m) {
  for (const auto& [path, text] : m.files()) fs.add(prefix + "/" + path, text);
}

constexpr const char* kOpenArbitration = R"(id: a-2
kind: shared-stake
date: 2025-04-01
parties:
  - who: seller
    stakes: Sell.
  - who: maker
    stakes: Make.
)";

portfolio::DossierSummary summary_of(const testing::MiniDossier& m, model::Date today) {
  const auto fs = m.filesystem();
  const auto loaded = check::load_and_check(fs, "", "");
  return portfolio::summarise(view::make_view(loaded.dossier, view::Visibility::Shared), loaded.diagnostics, today, ".");
}

std::vector<check::DossierRef> refs(const std::vector<std::string>& roots) {
  std::vector<check::DossierRef> out;
  for (const auto& r : roots) out.push_back({r, r + "/"});
  return out;
}

}  // namespace

TEST_CASE("locate: a folder inside a dossier stands for it, a folder above for every dossier below, sorted, once") {
  io::MemoryFileSystem fs;
  add_dossier(fs, "p/b", testing::MiniDossier());
  add_dossier(fs, "p/a", testing::MiniDossier());
  add_dossier(fs, "p/deep/er/c", testing::MiniDossier());
  fs.add("p/notes/kickoff.txt", "minutes");

  const auto inside = portfolio::locate(fs, {{"p/a/rex/dev", "p/a/rex/dev"}});
  CHECK(inside.refusal.empty());
  CHECK(inside.roots == std::vector<std::string>{"p/a"});

  const auto all = portfolio::locate(fs, {{"p", "p"}, {"p/b", "p/b"}});
  CHECK(all.refusal.empty());
  CHECK(all.roots == std::vector<std::string>{"p/a", "p/b", "p/deep/er/c"});
}

TEST_CASE("locate: a place that does not exist or holds no dossier refuses the whole run") {
  io::MemoryFileSystem fs;
  add_dossier(fs, "p/a", testing::MiniDossier());
  fs.add("p/notes/kickoff.txt", "minutes");
  const auto missing = portfolio::locate(fs, {{"p", "p"}, {"p/nope", "nope"}});
  CHECK(missing.roots.empty());
  CHECK(missing.refusal == "no such file or folder: nope");
  const auto empty = portfolio::locate(fs, {{"p/notes", ""}});
  CHECK(empty.roots.empty());
  CHECK(empty.refusal == "no dossier in .: no dossier.yaml in it, in a folder below it or above it");
}

TEST_CASE("summarise: sessions before today are held, the earliest from today on is the next") {
  testing::MiniDossier m;
  const auto before = summary_of(m, {2025, 2, 1});
  CHECK(before.id == "mini");
  CHECK(before.title == "Minimal dossier");
  CHECK(before.lang == "en");
  REQUIRE(before.devices.size() == 1);
  CHECK(before.devices[0].id == "dev");
  CHECK(before.devices[0].title == "Reflective space");
  CHECK(before.devices[0].held == 0);
  CHECK(before.devices[0].planned == 2);
  CHECK(before.upcoming == 2);
  REQUIRE(before.next);
  CHECK(before.next->device == "dev");
  CHECK(before.next->number == 1);
  CHECK(before.next->date == model::Date{2025, 2, 1});

  const auto after = summary_of(m, {2025, 3, 2});
  CHECK(after.devices[0].held == 2);
  CHECK(after.upcoming == 0);
  CHECK_FALSE(after.next);
  CHECK(after.errors == 0);
  CHECK(after.warnings == 0);
}

TEST_CASE("summarise: the next session is the earliest of every device, not the first device's") {
  testing::MiniDossier m;
  m.set("rex/aaa/device.yaml", R"(id: aaa
title: Early birds
kind: internal
facilitators: [fay]
participants: [ann, bob]
planned_sessions: 3
)");
  m.set("rex/aaa/sessions/01.yaml", "number: 1\ndate: 2025-05-01\nkind: regular\npresent: [ann, bob]\nabsent: []\n");
  const auto s = summary_of(m, {2025, 2, 15});
  REQUIRE(s.devices.size() == 2);
  CHECK(s.devices[0].id == "aaa");
  CHECK(s.devices[0].held == 0);
  CHECK(s.devices[1].held == 1);
  REQUIRE(s.next);
  CHECK(s.next->device == "dev");  // 1 March, before aaa's 1 May
  CHECK(s.next->number == 2);
  CHECK(s.upcoming == 2);
}

TEST_CASE("summarise: open arbitrations and findings are counted, a dossier with errors still summarised") {
  testing::MiniDossier m;
  m.set("arbitrations/a-2.yaml", kOpenArbitration);
  m.replace("dossier.yaml", "title: Minimal dossier", "titel: Minimal dossier");
  const auto s = summary_of(m, {2025, 2, 1});
  CHECK(s.open_arbitrations == 1);
  CHECK(s.errors == 1);  // the misspelt key (the title it leaves missing is not reported again)
  CHECK(s.title.empty());
  CHECK(s.id == "mini");
  CHECK(s.devices.size() == 1);
}

TEST_CASE("summarise: each dossier of the worked example gives the figures of efc status") {
  const io::DiskFileSystem fs;
  long long waiting = 0;
  for (const char* name : {"hopital-valmont", "marche-valmont", "mecanique-du-rhone"}) {
    CAPTURE(name);
    const auto loaded = check::load_and_check(fs, std::string(EFC_SOURCE_DIR) + "/examples/" + name, "");
    const auto view = view::make_view(loaded.dossier, view::Visibility::Shared);
    const model::Date today{2025, 5, 10};
    const auto s = portfolio::summarise(view, loaded.diagnostics, today, name);
    const auto status = status::status_data(view, loaded.diagnostics, today);
    REQUIRE(status);
    const auto& devices = status->get("dedicated_times")->get("devices")->items();
    REQUIRE(s.devices.size() == devices.size());
    const render::Tree* earliest = nullptr;  // the device whose next session comes first
    for (std::size_t i = 0; i < devices.size(); ++i) {
      CHECK(std::to_string(s.devices[i].held) == devices[i].get("held")->text());
      const render::Tree* next = devices[i].get("next_date");
      if (next && next->kind() == render::Tree::Kind::String &&
          (!earliest || next->text() < earliest->get("next_date")->text())) {
        earliest = &devices[i];
      }
    }
    CHECK(static_cast<bool>(s.next) == (earliest != nullptr));
    if (s.next && earliest) {
      CHECK(std::to_string(s.next->number) == earliest->get("next_number")->text());
      CHECK(s.next->date.iso() == earliest->get("next_date")->text());
    }
    CHECK(s.waiting == static_cast<long long>(status->get("awaiting_answers")->items().size()));
    CHECK(s.open_arbitrations == static_cast<long long>(status->get("open_arbitrations")->items().size()));
    waiting += s.waiting;
  }
  CHECK(waiting > 0);
}

TEST_CASE("summarise_all keeps the order given, whatever the threads do, and lists dossiers with errors") {
  io::MemoryFileSystem fs;
  testing::MiniDossier broken;
  broken.replace("dossier.yaml", "efc: 1", "efc: 2");
  add_dossier(fs, "p/c", testing::MiniDossier());
  add_dossier(fs, "p/a", broken);
  add_dossier(fs, "p/b", testing::MiniDossier());
  const auto out = portfolio::summarise_all(fs, refs({"p/c", "p/a", "p/b"}), {2025, 2, 1}, 2);
  REQUIRE(out.size() == 3);
  CHECK(out[0].path == "p/c");
  CHECK(out[1].path == "p/a");
  CHECK(out[1].errors == 1);
  CHECK(out[2].path == "p/b");
  CHECK(out[2].errors == 0);
}

TEST_CASE("upcoming_all: the sessions from today on, with the UIDs and summaries of efc agenda") {
  const auto fs = testing::MiniDossier().filesystem();
  const auto out = portfolio::upcoming_all(fs, {{"", ""}}, {2025, 2, 2});
  REQUIRE(out.size() == 1);
  CHECK(out[0].path == ".");
  CHECK(out[0].id == "mini");
  CHECK(out[0].errors == 0);
  REQUIRE(out[0].events.size() == 1);
  const ics::Event& e = out[0].events[0];
  CHECK(e.uid == "mini.dev.2@efc");
  CHECK(e.date == model::Date{2025, 3, 1});
  CHECK(e.summary == "Reflective space: session 2 of 2 (bilan)");
  CHECK(e.description == "Mission: Minimal dossier");
  CHECK(e.minutes == 120);
}

TEST_CASE("upcoming_all reads no arbitration: an error there does not leave a dossier out") {
  testing::MiniDossier m;
  m.replace("arbitrations/a-1.yaml", "kind: urgent-request", "kind: urgent");
  const auto fs = m.filesystem();
  const auto out = portfolio::upcoming_all(fs, {{"", ""}}, {2025, 1, 1});
  CHECK(out.at(0).errors == 0);
  CHECK(out.at(0).events.size() == 2);
}

TEST_CASE("merge_events: sorted by date, start and UID, errors, missing and shared ids left out, each said") {
  const auto event = [](std::string uid, model::Date date, std::optional<std::string> start) {
    ics::Event e;
    e.uid = std::move(uid);
    e.date = date;
    e.start = std::move(start);
    return e;
  };
  std::vector<portfolio::DossierEvents> dossiers = {
      {"a", "x", 0, {event("x.d.2@efc", {2026, 3, 1}, "14:00"), event("x.d.1@efc", {2026, 2, 1}, "14:00")}},
      {"b", "y", 0, {event("y.d.1@efc", {2026, 2, 1}, "09:00")}},
      {"c", "x", 0, {event("x.d.1@efc", {2026, 2, 1}, "14:00")}},
      {"d", "z", 2, {event("z.d.1@efc", {2026, 1, 5}, std::nullopt)}},
      {"e", "", 0, {event("dossier.d.1@efc", {2026, 1, 5}, std::nullopt)}},
  };
  const auto merged = portfolio::merge_events(dossiers);
  REQUIRE(merged.events.size() == 3);
  CHECK(merged.events[0].uid == "y.d.1@efc");
  CHECK(merged.events[1].uid == "x.d.1@efc");
  CHECK(merged.events[2].uid == "x.d.2@efc");
  CHECK(merged.left_out == std::vector<std::string>{
                               "c: left out of the calendar: its id 'x' is already the id of a; give each dossier its own",
                               "d: left out of the calendar: 2 errors in dossier.yaml or rex/ (efc validate d)",
                               "e: left out of the calendar: dossier.yaml has no id",
                           });
}

TEST_CASE("common_lang: the language every dossier uses, else French") {
  portfolio::DossierSummary en;
  en.lang = "en";
  portfolio::DossierSummary fr;
  fr.lang = "fr";
  CHECK(portfolio::common_lang({en, en}) == "en");
  CHECK(portfolio::common_lang({en, fr}) == "fr");
  CHECK(portfolio::common_lang({}) == "fr");
}
