// The table of rules (diag/rules.hpp): well-formed ids, and the docs and the tests that agree with it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/rules.hpp"

using efc::diag::all_rules;
using efc::diag::Rule;
using efc::diag::RuleInfo;
using efc::diag::Severity;

namespace {

std::string rules_read_source(const std::string& relative) {
  std::ifstream in(std::string(EFC_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The text of `doc` from the line `heading` to the next `## ` heading.
std::string rules_section(const std::string& doc, const std::string& heading) {
  const auto start = doc.find("\n" + heading + "\n");
  if (start == std::string::npos) return "";
  const auto end = doc.find("\n## ", start + 1);
  return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

struct DocRow {
  std::string id, severity, when;
};

// The rows `| `id` | severity | when |` of a Markdown text, in order.
std::vector<DocRow> rules_doc_rows(const std::string& text) {
  static const std::regex row(R"(^\| `([^`]+)` \| (.*?) \| (.*) \|$)");
  std::vector<DocRow> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, row)) rows.push_back({m[1], m[2], m[3]});
  }
  return rows;
}

// The row docs/format.md shows for a rule of the table.
DocRow rules_expected_row(const RuleInfo& r) {
  const std::string_view severity = r.severity_note.empty() ? efc::diag::severity_name(r.severity) : r.severity_note;
  return {std::string(r.id), std::string(severity), std::string(r.summary)};
}

std::string rules_show(const DocRow& r) { return "| `" + r.id + "` | " + r.severity + " | " + r.when + " |"; }

// What differs between the rows a doc table has and those the code's table gives: rows missing,
// extra or different for one id, then the order once both hold the same ids.
std::string rules_differences(const std::vector<DocRow>& doc, const std::vector<DocRow>& code) {
  std::string out;
  const auto find = [](const std::vector<DocRow>& rows, const std::string& id) {
    return std::find_if(rows.begin(), rows.end(), [&](const DocRow& r) { return r.id == id; });
  };
  for (const DocRow& c : code) {
    const auto d = find(doc, c.id);
    if (d == doc.end()) {
      out += "missing from the docs: " + rules_show(c) + "\n";
    } else if (rules_show(*d) != rules_show(c)) {
      out += "differs:\n  docs: " + rules_show(*d) + "\n  code: " + rules_show(c) + "\n";
    }
  }
  for (const DocRow& d : doc) {
    if (find(code, d.id) == code.end()) out += "not in the code's table: " + rules_show(d) + "\n";
  }
  if (!out.empty()) return out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (doc[i].id != code[i].id)
      return "row " + std::to_string(i + 1) + " is " + doc[i].id + ", the code's table has " + code[i].id + "\n";
  }
  return "";
}

// Every file of a tree whose name matches `name`, read whole and joined.
std::string rules_read_tree(const std::string& relative, const std::regex& name) {
  std::string all;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(EFC_SOURCE_DIR) + "/" + relative)) {
    if (!e.is_regular_file() || !std::regex_match(e.path().filename().string(), name)) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    all += text.str();
  }
  return all;
}

}  // namespace

TEST_CASE("diag rules: every id is kebab-case and unique, with a summary on one line") {
  static const std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
  std::set<std::string_view> seen;
  REQUIRE(all_rules().size() == 41);
  for (const RuleInfo& r : all_rules()) {
    CAPTURE(r.id);
    CHECK(std::regex_match(std::string(r.id), kebab));
    CHECK(seen.insert(r.id).second);
    CHECK(&efc::diag::info(r.rule) == &r);
    CHECK(!r.summary.empty());
    CHECK(r.summary.find('\n') == std::string_view::npos);
    CHECK(r.summary.find(" | ") == std::string_view::npos);
    // A note on the severity starts with the usual one: "warning (error through a YAML alias)".
    if (!r.severity_note.empty()) CHECK(r.severity_note.starts_with(efc::diag::severity_name(r.severity)));
  }
}

TEST_CASE("diag rules: a FileReport prints the id of the rule it is given") {
  efc::diag::Diagnostics out;
  efc::diag::FileReport report("rex/d/device.yaml", out);
  report.warning({3, 5}, Rule::DeviceCarriedByOne, "m");
  report.error({1, 1}, Rule::YamlSyntax, "n");
  REQUIRE(out.items().size() == 2);
  CHECK(out.items()[0].rule == "device-carried-by-one");
  CHECK(out.items()[0].severity == Severity::Warning);
  CHECK(out.items()[1].rule == "yaml-syntax");
  CHECK(efc::diag::rule_id(Rule::BadValue) == "bad-value");
}

TEST_CASE("diag rules: the rule tables of docs/format.md are the code's table") {
  const std::string section = rules_section(rules_read_source("docs/format.md"), "## Rules");
  const auto split = section.find("Rules of the cooperation method");
  REQUIRE(split != std::string::npos);
  std::vector<DocRow> form, method;
  for (const RuleInfo& r : all_rules())
    (r.family == efc::diag::RuleFamily::Form ? form : method).push_back(rules_expected_row(r));
  const std::string differences = rules_differences(rules_doc_rows(section.substr(0, split)), form) +
                                  rules_differences(rules_doc_rows(section.substr(split)), method);
  INFO("docs/format.md, section Rules (the code's table: lib/diag/rules.cpp):\n", differences);
  CHECK(differences.empty());
}

TEST_CASE("diag rules: README's rule table has every rule, in order, with its usual severity") {
  const std::vector<DocRow> rows = rules_doc_rows(rules_section(rules_read_source("README.md"), "## Rules"));
  std::string differences;
  for (std::size_t i = 0; i < std::max(rows.size(), all_rules().size()); ++i) {
    const std::string doc = i < rows.size() ? rows[i].id + " (" + rows[i].severity + ")" : "nothing";
    if (i >= all_rules().size()) {
      differences += "row " + std::to_string(i + 1) + ": " + doc + " is not in the code's table\n";
      continue;
    }
    const RuleInfo& r = all_rules()[i];
    const std::string_view usual = efc::diag::severity_name(r.severity);
    if (i >= rows.size() || rows[i].id != r.id || rows[i].severity.compare(0, usual.size(), usual) != 0) {
      differences +=
          "row " + std::to_string(i + 1) + ": " + doc + ", the code has " + std::string(r.id) + " (" + std::string(usual) + ")\n";
    }
  }
  INFO("README.md, section Rules:\n", differences);
  CHECK(differences.empty());
}

// The severity and rule of each diagnostic line (`path:line:col: severity: message [rule]`) of a
// text, as "severity rule"; other lines (`efc: warning: ...`, a summary) are left out.
std::set<std::string> rules_printed(const std::string& text) {
  static const std::regex diagnostic(R"(^[^:]+:[0-9]+:[0-9]+: (error|warning): .*\[([a-z0-9-]+)\]$)");
  std::set<std::string> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (line.size() < 2000 && std::regex_match(line, m, diagnostic)) out.insert(std::string(m[1]) + " " + std::string(m[2]));
  }
  return out;
}

// Each rule fires in a golden case (`[id]` in text, "rule": "id" in JSON, title=id in GitHub
// form) or is asserted by a unit test, with the severity the table gives when it has no note.
TEST_CASE("diag rules: every rule is exercised by a golden case or a unit test") {
  const std::string goldens = rules_read_tree("tests/e2e/cases", std::regex("expected\\..*"));
  const std::string units = rules_read_tree("tests/unit", std::regex("test_(?!rules\\.cpp).*\\.cpp"));
  const std::set<std::string> printed = rules_printed(goldens);
  std::string never, other_severity;
  for (const RuleInfo& r : all_rules()) {
    const std::string id(r.id);
    const bool golden = goldens.find("[" + id + "]") != std::string::npos ||
                        goldens.find("\"rule\": \"" + id + "\"") != std::string::npos ||
                        goldens.find("title=" + id + "::") != std::string::npos;
    const bool unit = units.find("\"" + id + "\"") != std::string::npos || units.find("[" + id + "]") != std::string::npos;
    if (!golden && !unit) never += id + " ";
    const std::string other = r.severity == Severity::Error ? "warning " : "error ";
    if (r.severity_note.empty() && printed.count(other + id) == 1) other_severity += id + " ";
  }
  CHECK(printed.size() > 40);
  INFO("never exercised: ", never);
  CHECK(never.empty());
  INFO("printed in a golden case with a severity the table does not give: ", other_severity);
  CHECK(other_severity.empty());
}
