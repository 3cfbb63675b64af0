#include <doctest/doctest.h>

#include "portfolio/screen.hpp"
#include "render/template.hpp"

using namespace efc;

namespace {

constexpr portfolio::Noun kErrors{"erreur", "erreurs", true, "error", "errors"};
constexpr portfolio::Noun kArbitrations{"arbitrage ouvert", "arbitrages ouverts", false, "open arbitration", "open arbitrations"};

portfolio::DossierSummary alpha() {
  portfolio::DossierSummary d;
  d.path = "clients/alpha";
  d.id = "alpha";
  d.title = "Hôpital & <Co>";
  d.lang = "fr";
  d.devices = {{"chefs", "Chefs de service", 4, 5}, {"libre", "Sans plan", 1, std::nullopt}};
  d.next = portfolio::Session{"chefs", "Chefs de service", 5, {2026, 2, 2}, "14:00"};
  d.upcoming = 1;
  d.waiting = 3;
  d.open_arbitrations = 1;
  d.errors = 1;
  return d;
}

portfolio::DossierSummary beta() {
  portfolio::DossierSummary d;
  d.path = "clients/beta";
  d.lang = "fr";
  d.next = portfolio::Session{"x", "X", 2, {2026, 1, 20}, std::nullopt};
  d.upcoming = 2;
  d.warnings = 2;
  return d;
}

}  // namespace

TEST_CASE("counted: French agrees in number, counts 0 and 1 as singular and says aucun or aucune for 0") {
  CHECK(portfolio::counted(0, kErrors, "fr") == "aucune erreur");
  CHECK(portfolio::counted(1, kErrors, "fr") == "1 erreur");
  CHECK(portfolio::counted(2, kErrors, "fr") == "2 erreurs");
  CHECK(portfolio::counted(0, kArbitrations, "fr") == "aucun arbitrage ouvert");
  CHECK(portfolio::counted(3, kArbitrations, "fr") == "3 arbitrages ouverts");
  CHECK(portfolio::counted(0, kErrors, "en") == "no error");
  CHECK(portfolio::counted(1, kArbitrations, "en") == "1 open arbitration");
  CHECK(portfolio::counted(2, kArbitrations, "en") == "2 open arbitrations");
}

TEST_CASE("status_tree: one entry per dossier in the order given, and the summary over them") {
  const auto t = portfolio::status_tree({alpha(), beta()}, {2026, 1, 1}, "fr");
  CHECK(t.get("today")->text() == "2026-01-01");
  const auto& dossiers = t.get("dossiers")->items();
  REQUIRE(dossiers.size() == 2);
  const auto& a = dossiers[0];
  CHECK(a.get("path")->text() == "clients/alpha");
  CHECK(a.get("next_session")->get("date")->text() == "2026-02-02");
  CHECK(a.get("next_session")->get("start")->text() == "14:00");
  CHECK(a.get("devices")->items().at(1).get("planned")->kind() == render::Tree::Kind::Null);
  CHECK(a.get("devices_label")->text() == "Chefs de service (4 sur 5), Sans plan (1)");
  CHECK(a.get("errors_label")->text() == "1 erreur");
  CHECK(a.get("warnings_label")->text() == "aucun avertissement");
  CHECK(dossiers[1].get("id")->kind() == render::Tree::Kind::Null);
  CHECK(dossiers[1].get("name")->text() == "clients/beta");  // no title: its folder

  const auto& s = *t.get("summary");
  CHECK(s.get("dossiers")->text() == "2");
  CHECK(s.get("with_errors")->text() == "1");
  CHECK(s.get("upcoming_sessions")->text() == "3");
  CHECK(s.get("waiting_answers")->text() == "3");
  CHECK(s.get("errors")->text() == "1");
  CHECK(s.get("warnings")->text() == "2");
  CHECK(s.get("next_session")->get("path")->text() == "clients/beta");  // 20 January, before 2 February
  CHECK(s.get("upcoming_label")->text() == "3 séances à venir");
}

TEST_CASE("status_tree: labels are template-only, JSON holds figures and ids") {
  const std::string json = render::to_json(portfolio::status_tree({alpha()}, {2026, 1, 1}, "en"));
  CHECK(json.find("\"waiting_answers\": 3") != std::string::npos);
  CHECK(json.find("_label") == std::string::npos);
  CHECK(json.find("date_long") == std::string::npos);
}

TEST_CASE("the built-in page escapes what the dossiers say: no markup from a title") {
  const auto data = portfolio::status_tree({alpha()}, {2026, 1, 1}, "fr");
  const auto set = render::TemplateSet::builtin("fr");
  const auto page = render::render(set, "portfolio-status.html", data);
  REQUIRE(page.ok);
  CHECK(page.text.find("Hôpital &amp; &lt;Co&gt;") != std::string::npos);
  CHECK(page.text.find("<Co>") == std::string::npos);
  CHECK(page.text.find("<script") == std::string::npos);
  CHECK(page.text.find("<tr class=\"errors\">") != std::string::npos);
  const auto text = render::render(set, "portfolio-status.txt", data);
  REQUIRE(text.ok);
  CHECK(text.text.find("clients/alpha [alpha] : prochaine séance le 2 février 2026 à 14 h (Chefs de service, séance 5)") !=
        std::string::npos);
}
