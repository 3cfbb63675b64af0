// bilan/: the data of the bilan, the doctrine and the charter, read from views only.
// The minimal dossier (tests/unit/support) gets audiences and items seeded per test.
#include <doctest/doctest.h>

#include "bilan/bilan.hpp"
#include "bilan/doctrine.hpp"
#include "bilan/principles.hpp"
#include "check/check.hpp"
#include "support/mini_dossier.hpp"
#include "text/language.hpp"

using efc::testing::kDevicePath;
using efc::testing::kSession1Path;
using efc::testing::kSession2Path;
using efc::testing::MiniDossier;
namespace bilan = efc::bilan;
namespace view = efc::view;
namespace render = efc::render;

namespace {

constexpr const char* kAudiences =
    "audiences:\n"
    "  - id: group\n    members: [ann, bob]\n    receives: group\n"
    "  - id: board\n    label: The board\n    members: [boss]\n    receives: shared\n";

MiniDossier with_audiences() {
  MiniDossier d;
  d.set(kDevicePath, d.files().at(kDevicePath) + kAudiences);
  return d;
}

efc::model::Dossier load_mini(const MiniDossier& d) {
  const auto fs = d.filesystem();
  auto loaded = efc::check::load_and_check(fs, "", "");
  REQUIRE_MESSAGE(loaded.diagnostics.errors() == 0, d.check());
  return std::move(loaded.dossier);
}

std::string json_of(const efc::model::Dossier& d, const std::string& audience, view::Visibility v) {
  const auto data = bilan::bilan_data(view::make_view(d, v), "dev", audience);
  REQUIRE(data);
  return render::to_json(*data);
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("choose_audience: the one asked for, else the first receiving shared, else a message naming them") {
  const auto d = load_mini(with_audiences());
  const auto& device = d.device("dev")->file;
  CHECK(*bilan::choose_audience(device, std::nullopt).audience->id == "board");
  CHECK(*bilan::choose_audience(device, "group").audience->id == "group");
  const auto unknown = bilan::choose_audience(device, "direction");
  CHECK(unknown.audience == nullptr);
  CHECK(unknown.error == "device 'dev' has no audience 'direction'; its audiences: group (group), board (shared)");

  auto only_group = MiniDossier();
  only_group.set(kDevicePath,
                 only_group.files().at(kDevicePath) + "audiences:\n  - id: group\n    members: [ann]\n    receives: group\n");
  const auto d2 = load_mini(only_group);
  CHECK(bilan::choose_audience(d2.device("dev")->file, std::nullopt).error ==
        "no audience of device 'dev' receives shared; choose one with --audience: group (group)");
  const auto d3 = load_mini(MiniDossier());
  CHECK(bilan::choose_audience(d3.device("dev")->file, std::nullopt).error ==
        "device 'dev' declares no audiences; add them to rex/dev/device.yaml");
}

TEST_CASE("a shared bilan holds the shared items and the overall attendance, and no story, narrator or absentee") {
  const auto d = load_mini(with_audiences());
  const std::string json = json_of(d, "board", view::Visibility::Shared);
  CHECK(contains(json, "\"Who decides at night?\""));
  CHECK(contains(json, "\"A shared view of the night\""));
  CHECK(contains(json, "\"attendance\": {\n    \"present\": 3,\n    \"expected\": 4,\n    \"rate_percent\": 75\n  }"));
  CHECK_FALSE(contains(json, "\"stories\""));
  CHECK_FALSE(contains(json, "The night shift"));
  CHECK_FALSE(contains(json, "Nobody could be reached"));
  CHECK_FALSE(contains(json, "\"Bob\""));  // a participant, absent from session 1
  CHECK(contains(json, "\"receives\": \"shared\""));
  CHECK(contains(json, "\"distribution\": [\n    {\n      \"id\": \"boss\",\n      \"name\": \"Boss\""));
}

TEST_CASE("a group bilan holds the stories with their narrators and the attendance of each participant") {
  const auto d = load_mini(with_audiences());
  const std::string json = json_of(d, "group", view::Visibility::Group);
  CHECK(contains(json, "\"title\": \"The night shift\""));
  CHECK(contains(json, "\"narrator\": {\n        \"id\": \"ann\",\n        \"name\": \"Ann\""));
  CHECK(contains(json, "\"id\": \"bob\",\n        \"name\": \"Bob\",\n        \"role\": null,\n        \"organisation\": \"The Organisation\",\n"
                       "        \"present\": 1,\n        \"sessions\": 2,\n        \"absent_sessions\": [\n          \"1\"\n"));
  CHECK_FALSE(contains(json, "Nobody could be reached"));  // a bilan lists stories, it does not retell them
}

TEST_CASE("a view wider than the audience is refused: no group view for a shared audience") {
  const auto d = load_mini(with_audiences());
  CHECK_FALSE(bilan::bilan_data(view::make_view(d, view::Visibility::Group), "dev", "board"));
  CHECK_FALSE(bilan::bilan_data(view::make_view(d, view::Visibility::Shared), "nodev", "board"));
  CHECK_FALSE(bilan::bilan_data(view::make_view(d, view::Visibility::Shared), "dev", "nobody"));
  // A group audience given the shared view gets the shared content, never more.
  const auto narrow = bilan::bilan_data(view::make_view(d, view::Visibility::Shared), "dev", "group");
  REQUIRE(narrow);
  CHECK_FALSE(contains(render::to_json(*narrow), "The night shift"));
}

TEST_CASE("experiments are followed across sessions by id, confidential ones stay out of the shared bilan") {
  auto m = with_audiences();
  m.replace(kSession1Path, "questions:",
            "experiments:\n  - id: pair\n    text: Pair at night.\n    owner: boss\n    status: proposed\n"
            "    principles: [fair]\n  - text: SECRET-TRY\n    confidential: true\nquestions:");
  m.set(kSession2Path,
        m.files().at(kSession2Path) + "experiments:\n  - id: pair\n    text: Pair at night.\n    status: running\n");
  const auto d = load_mini(m);
  const std::string json = json_of(d, "board", view::Visibility::Shared);
  CHECK(contains(json, "\"status\": \"running\",\n      \"status_label\": \"running\",\n      \"outcome\": null,\n      \"principles\": [],\n"
                       "      \"first_session\": 1,\n      \"last_session\": 2,\n"));
  CHECK(contains(json, "\"session\": 1,\n          \"date\": \"2025-02-01\",\n          \"date_long\": \"1 February 2025\",\n"
                       "          \"status\": \"proposed\""));
  CHECK_FALSE(contains(json, "SECRET-TRY"));
  CHECK(contains(json_of(d, "group", view::Visibility::Group), "SECRET-TRY"));
}

TEST_CASE("doctrine: terms merged across spellings, sorted ignoring case and accents, confidential ones left out") {
  auto m = MiniDossier();
  m.replace(kSession1Path, "questions:",
            "vocabulary:\n  - term: Écart\n    meaning: a gap\n  - term: hold the line\n    meaning: keep going\n"
            "  - term: SECRET-TERM\n    meaning: hidden\n    confidential: true\nquestions:");
  m.set(kSession2Path, m.files().at(kSession2Path) +
                           "vocabulary:\n  - term: Hold-the-line\n    meaning: keep going\n"
                           "  - term: apex\n    meaning: the top\n");
  const auto d = load_mini(m);
  // Even given a group view, the doctrine is built from the shared one.
  const std::string json = render::to_json(bilan::doctrine_data(view::make_view(d, view::Visibility::Group)));
  CHECK_FALSE(contains(json, "SECRET-TERM"));
  const auto apex = json.find("\"term\": \"apex\"");
  const auto ecart = json.find("\"term\": \"Écart\"");
  const auto hold = json.find("\"term\": \"hold the line\"");
  CHECK(apex < ecart);
  CHECK(ecart < hold);
  CHECK(contains(json, "\"term_count\": 3"));
  CHECK(contains(json, "\"term\": \"hold the line\",\n      \"variants\": [\n        \"Hold-the-line\"\n      ],\n"
                       "      \"meanings\": [\n        {\n          \"device\": \"dev\",\n          \"device_title\": \"Reflective space\",\n"
                       "          \"session\": 1,\n"));
  CHECK(contains(json, "\"appearances\": 2,\n      \"first\": {\n        \"device\": \"dev\",\n        \"device_title\": \"Reflective space\",\n"
                       "        \"session\": 1,"));
  CHECK(contains(json, "\"last\": {\n        \"device\": \"dev\",\n        \"device_title\": \"Reflective space\",\n        \"session\": 2,"));
}

TEST_CASE("charter: each principle with what invokes it, and those nobody invokes") {
  auto m = MiniDossier();
  m.set("principles.yaml", m.files().at("principles.yaml") +
                               "  - id: quiet\n    title: Quiet\n    statement: Nobody invokes this one.\n"
                               "  - id: hidden\n    title: Hidden\n    statement: Only a confidential experiment invokes it.\n");
  m.replace("arbitrations/a-1.yaml", "  decided_by: [seller, maker]\n", "  decided_by: [seller, maker]\n  principles: [fair]\n");
  m.replace(kSession1Path,
            "questions:", "experiments:\n  - text: SECRET-TRY\n    principles: [hidden]\n    confidential: true\nquestions:");
  const auto d = load_mini(m);
  const auto data = bilan::charter_data(view::make_view(d, view::Visibility::Group));
  REQUIRE(data);
  const std::string json = render::to_json(*data);
  CHECK_FALSE(contains(json, "SECRET-TRY"));
  CHECK(contains(json, "\"arbitrations\": [\n        {\n          \"id\": \"a-1\",\n          \"date\": \"2025-03-04\",\n"));
  CHECK(contains(json, "\"unused\": [\n    {\n      \"id\": \"quiet\",\n      \"title\": \"Quiet\"\n    },\n"
                       "    {\n      \"id\": \"hidden\",\n      \"title\": \"Hidden\"\n    }\n  ]"));
  CHECK_FALSE(bilan::charter_data(view::make_view(load_mini(MiniDossier().remove("principles.yaml")), view::Visibility::Shared)));
}

TEST_CASE("a person's title: read with its position, shown before the name, with its article in French sentences") {
  MiniDossier d = with_audiences();
  d.replace("dossier.yaml", "  - id: ann\n    name: Ann\n", "  - id: ann\n    title: Pr\n    name: Ann Roy\n");
  d.replace("dossier.yaml", "  - id: bob\n    name: Bob\n", "  - id: bob\n    title: Mme\n    name: Bob\n");
  const auto dossier = load_mini(d);
  CHECK(efc::model::shown_name(*dossier.person("ann")) == "Pr Ann Roy");
  CHECK(efc::model::shown_name(*dossier.person("bob")) == "Mme Bob");
  CHECK(contains(json_of(dossier, "group", view::Visibility::Group), R"("name": "Pr Ann Roy")"));
  CHECK(efc::text::named("fr", efc::model::shown_name(*dossier.person("ann"))) == "le Pr Ann Roy");
  CHECK(efc::text::named("fr", efc::model::shown_name(*dossier.person("bob"))) == "Mme Bob");
  // The key wins over a name that looks like a title.
  MiniDossier odd = with_audiences();
  odd.replace("dossier.yaml", "  - id: ann\n    name: Ann\n", "  - id: ann\n    title: M.\n    name: Dr Who\n");
  CHECK(efc::text::named("fr", efc::model::shown_name(*load_mini(odd).person("ann"))) == "M. Dr Who");
  MiniDossier misspelt;
  misspelt.replace("dossier.yaml", "  - id: ann\n    name: Ann\n", "  - id: ann\n    titel: Dr\n    name: Ann\n");
  CHECK(
      contains(misspelt.check(), "dossier.yaml:17:5: error: unknown key 'titel' in person, did you mean 'title'? [unknown-key]"));
}
