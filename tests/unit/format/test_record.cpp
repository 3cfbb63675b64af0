// format::Record: closed mappings read strictly into the model, every finding positioned.
#include <doctest/doctest.h>

#include <string>

#include "diag/format.hpp"
#include "format/kinds.hpp"
#include "yaml/tree.hpp"

using namespace efc;

namespace {

// Parses `yaml` and loads it through `spec` as file "f.yaml": the findings in text form.
template <class T>
std::string load_findings(const format::Record<T>& spec, std::string_view yaml, T& out) {
  diag::Diagnostics diags;
  diag::FileReport report("f.yaml", diags);
  format::RefTable refs;
  format::LoadContext ctx(report, refs);
  const yaml::ParseResult parsed = yaml::parse(yaml);
  for (const auto& p : parsed.problems) report.error(p.pos, p.rule, p.message);
  if (parsed.document.root != nullptr) spec.load(out, *parsed.document.root, ctx);
  diags.sort();
  return diag::format_text(diags, false);
}

template <class T>
std::string load_findings(const format::Record<T>& spec, std::string_view yaml) {
  T out;
  return load_findings(spec, yaml, out);
}

std::string at(diag::Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

// A dossier.yaml whose first person is written by the caller, from line 8 on.
std::string dossier_with_person(std::string_view person) {
  return "efc: 1\nid: d\ntitle: T\norganisations:\n  - id: o\n    name: O\n    kind: public\npeople:\n" +
         std::string(person);
}

// An arbitration whose decision is written by the caller, from line 7 on.
std::string arbitration_with_decision(std::string_view decision) {
  return "id: a\nkind: shared-stake\ndate: 2025-03-04\nparties:\n  - who: o\n    stakes: S\ndecision:\n" +
         std::string(decision);
}

}  // namespace

TEST_CASE("record: a valid file loads every value with its position") {
  model::DossierFile f;
  CHECK(load_findings(format::dossier_record(), dossier_with_person("  - id: p\n    name: Pé\n    organisation: o\n"), f) == "");
  CHECK(*f.efc == 1);
  CHECK(at(f.efc.pos) == "1:6");
  CHECK(*f.title == "T");
  CHECK(at(f.pos) == "1:1");
  REQUIRE(f.people.size() == 1);
  CHECK(at(f.people[0].pos) == "9:5");
  CHECK(*f.people[0].name == "Pé");
  CHECK(at(f.people[0].organisation.pos) == "11:19");
  CHECK(at(f.people[0].keys.of("organisation", {})) == "11:5");
  CHECK_FALSE(f.people[0].role.present);
  CHECK_FALSE(f.lang.present);
  CHECK_FALSE(f.backing.has_value());
}

TEST_CASE("record: unknown-key names the closest known key, and a misspelt required key is one fault") {
  CHECK(load_findings(format::dossier_record(), dossier_with_person("  - id: p\n    name: P\n    organisatoin: o\n")) ==
        "f.yaml:11:5: error: unknown key 'organisatoin' in person, did you mean 'organisation'? [unknown-key]\n");
}

TEST_CASE("record: unknown-key without a suggestion when nothing is close") {
  CHECK(load_findings(format::dossier_record(),
                      dossier_with_person("  - id: p\n    name: P\n    organisation: o\n    telephone: 1\n")) ==
        "f.yaml:12:5: error: unknown key 'telephone' in person [unknown-key]\n");
}

TEST_CASE("record: missing-key is reported at the mapping that lacks the key") {
  CHECK(
      load_findings(format::dossier_record(),
                    "# a comment first\nefc: 1\nid: d\norganisations:\n  - id: o\n    name: O\n    kind: public\npeople: []\n") ==
      "f.yaml:2:1: error: missing key 'title' in dossier [missing-key]\n");
  CHECK(load_findings(format::dossier_record(), dossier_with_person("  - {id: p, name: P}\n")) ==
        "f.yaml:9:5: error: missing key 'organisation' in person [missing-key]\n");
}

TEST_CASE("record: an empty file is an empty mapping: every required key is missing at 1:1") {
  model::PrinciplesFile f;
  diag::Diagnostics diags;
  diag::FileReport report("f.yaml", diags);
  format::RefTable refs;
  format::LoadContext ctx(report, refs);
  yaml::Node empty;
  empty.pos = {1, 1};
  CHECK(format::principles_record().load(f, empty, ctx));
  diags.sort();
  CHECK(diag::format_text(diags, false) ==
        "f.yaml:1:1: error: missing key 'principles' in principles [missing-key]\n"
        "f.yaml:1:1: error: missing key 'status' in principles [missing-key]\n");
}

TEST_CASE("record: bad-type when a value has the wrong shape") {
  CHECK(load_findings(format::dossier_record(), "efc: 1\nid: d\ntitle: [a, b]\norganisations:\n  - just a name\npeople: ann\n") ==
        "f.yaml:3:8: error: 'title' must be a text, found a list [bad-type]\n"
        "f.yaml:5:5: error: organisation must be a mapping of keys, found 'just a name' [bad-type]\n"
        "f.yaml:6:9: error: 'people' must be a list, found 'ann' [bad-type]\n");
}

TEST_CASE("record: a file that is not a mapping is bad-type and not loaded") {
  model::DossierFile f;
  diag::Diagnostics diags;
  diag::FileReport report("f.yaml", diags);
  format::RefTable refs;
  format::LoadContext ctx(report, refs);
  const auto parsed = yaml::parse("- efc: 1\n");
  CHECK_FALSE(format::dossier_record().load(f, *parsed.document.root, ctx));
  CHECK(diag::format_text(diags, false) == "f.yaml:1:1: error: dossier must be a mapping of keys, found a list [bad-type]\n");
}

// null and ~ are empty values too; like an empty value they are positioned at their key.
TEST_CASE("record: an empty value is not the text null") {
  model::DossierFile f;
  CHECK(load_findings(format::dossier_record(),
                      "efc: 1\nid: d\ntitle:\norganisations:\n  - id: o\n    name: null\n    kind: ~\npeople: []\n", f) ==
        "f.yaml:3:1: error: 'title' must be a text, found an empty value [bad-type]\n"
        "f.yaml:6:5: error: 'name' must be a text, found an empty value [bad-type]\n"
        "f.yaml:7:5: error: 'kind' must be one of the listed words, found an empty value [bad-type]\n");
  CHECK_FALSE(f.title.present);
  model::DossierFile quoted;
  CHECK(load_findings(format::dossier_record(),
                      "efc: 1\nid: d\ntitle: \"null\"\norganisations: [{id: o, name: O, kind: public}]\npeople: []\n",
                      quoted) == "");
  CHECK(*quoted.title == "null");
}

TEST_CASE("record: yes, on, y and quoted true are not booleans") {
  for (const char* word : {"yes", "on", "y", "Yes", "True", "TRUE", "1", "no", "off", "n"}) {
    CAPTURE(word);
    CHECK(load_findings(
              format::arbitration_record(),
              arbitration_with_decision(
                  std::string("  outcome: declined\n  rationale: R\n  decided_by: [o, o]\n  client_informed: ") + word + "\n")) ==
          std::string("f.yaml:11:20: error: 'client_informed' must be true or false, found '") + word + "' [bad-value]\n");
  }
  CHECK(load_findings(format::arbitration_record(),
                      arbitration_with_decision(
                          "  outcome: declined\n  rationale: R\n  decided_by: [o, o]\n  client_informed: \"true\"\n")) ==
        "f.yaml:11:20: error: 'client_informed' must be true or false, found the quoted text 'true' [bad-value]\n");
  model::ArbitrationFile a;
  CHECK(load_findings(
            format::arbitration_record(),
            arbitration_with_decision("  outcome: declined\n  rationale: R\n  decided_by: [o, o]\n  client_informed: false\n"),
            a) == "");
  REQUIRE(a.decision.has_value());
  CHECK(a.decision->client_informed.present);
  CHECK_FALSE(*a.decision->client_informed);
}

TEST_CASE("record: integers are strict: 017 is bad-value, a quoted 5 and 5.0 are bad-type, below the minimum is bad-value") {
  CHECK(load_findings(format::dossier_record(),
                      "efc: 017\nid: d\ntitle: T\norganisations: [{id: o, name: O, kind: public}]\npeople: []\n") ==
        "f.yaml:1:6: error: 'efc': '017' has a leading zero (octal in some YAML readers); write it without [bad-value]\n");
  CHECK(load_findings(format::dossier_record(),
                      "efc: \"1\"\nid: d\ntitle: T\norganisations: [{id: o, name: O, kind: public}]\npeople: []\n") ==
        "f.yaml:1:6: error: 'efc' must be a whole number, found the quoted text '1' [bad-type]\n");
  CHECK(load_findings(format::dossier_record(),
                      "efc: 1.0\nid: d\ntitle: T\norganisations: [{id: o, name: O, kind: public}]\npeople: []\n") ==
        "f.yaml:1:6: error: 'efc' must be a whole number, found '1.0' [bad-type]\n");
  CHECK(load_findings(format::dossier_record(),
                      "efc: 0\nid: d\ntitle: T\norganisations: [{id: o, name: O, kind: public}]\npeople: []\n") ==
        "f.yaml:1:6: error: 'efc' must be at least 1, found 0 [bad-value]\n");
}

TEST_CASE("record: choices, ids, dates and times are checked against their forms") {
  CHECK(load_findings(
            format::dossier_record(),
            "efc: 1\nid: Mon_Dossier\ntitle: T\nlang: deutsch\norganisations: [{id: o, name: O, kind: publc}]\npeople: []\n"
            "backing:\n  statement: S\n  validated_by: []\n  date: 2025-02-29\n") ==
        "f.yaml:2:5: error: 'id' must be an id (a-z, 0-9 and '-', at most 64 characters), found 'Mon_Dossier' [bad-value]\n"
        "f.yaml:4:7: error: 'lang' must be one of fr, en, found 'deutsch' [bad-value]\n"
        "f.yaml:5:40: error: 'kind' must be one of public, company, association, citizens, facilitator, found 'publc', did you "
        "mean 'public'? [bad-value]\n"
        "f.yaml:10:9: error: 'date' must be a real date YYYY-MM-DD, found '2025-02-29' [bad-value]\n");
  CHECK(
      load_findings(format::session_record(), "number: 1\ndate: 2025-02-03\nstart: \"9h00\"\n") ==
      "f.yaml:3:8: error: 'start' must be a time HH:MM on 24 hours, such as \"09:00\" or \"14:30\", found '9h00' [bad-value]\n");
}

TEST_CASE("record: list sizes are checked") {
  CHECK(load_findings(format::dossier_record(), "efc: 1\nid: d\ntitle: T\norganisations: []\npeople: []\n") ==
        "f.yaml:4:16: error: 'organisations' needs at least 1 item [bad-value]\n");
  const std::string device = "id: d\ntitle: T\nkind: internal\nfacilitators: [f]\nparticipants: [p]\nplanned_sessions: 2\nsession_minutes: 60\n";
  CHECK(load_findings(format::device_record(), device + "stories_per_session: [1]\n") ==
        "f.yaml:8:22: error: 'stories_per_session' needs at least 2 items [bad-value]\n");
  CHECK(load_findings(format::device_record(), device + "stories_per_session: [1, 2, 3]\n") ==
        "f.yaml:8:22: error: 'stories_per_session' takes at most 2 items, found 3 [bad-value]\n");
}

TEST_CASE("record: the merge key << is refused, not expanded") {
  CHECK(load_findings(format::dossier_record(), dossier_with_person("  - id: p\n    <<: {name: P, organisation: o}\n")) ==
        "f.yaml:9:5: error: missing key 'name' in person [missing-key]\n"
        "f.yaml:9:5: error: missing key 'organisation' in person [missing-key]\n"
        "f.yaml:10:5: error: merge keys ('<<') are not supported; write the keys out [unknown-key]\n");
}

TEST_CASE("record: YAML tags are refused, !!str is plain text") {
  CHECK(load_findings(format::dossier_record(),
                      "efc: 1\nid: d\ntitle: !custom T\norganisations: [{id: o, name: !!str 12, kind: public}]\npeople: []\n") ==
        "f.yaml:3:8: error: YAML tags such as '!custom' are not supported; remove the tag [bad-type]\n");
}

TEST_CASE("record: ids defined and references made are recorded for the ref check") {
  diag::Diagnostics diags;
  diag::FileReport report("f.yaml", diags);
  format::RefTable refs;
  format::LoadContext ctx(report, refs);
  const auto parsed = yaml::parse(dossier_with_person("  - id: p\n    name: P\n    organisation: o\n"));
  model::DossierFile f;
  REQUIRE(format::dossier_record().load(f, *parsed.document.root, ctx));
  REQUIRE(refs.definitions.size() == 2);
  CHECK(refs.definitions[0].target == format::RefTarget::Organisation);
  CHECK(refs.definitions[0].id == "o");
  CHECK(refs.definitions[1].target == format::RefTarget::Person);
  CHECK(at(refs.definitions[1].pos) == "9:9");
  REQUIRE(refs.references.size() == 1);
  CHECK(refs.references[0].id == "o");
  CHECK(refs.references[0].path == "f.yaml");
  CHECK(at(refs.references[0].pos) == "11:19");
}
