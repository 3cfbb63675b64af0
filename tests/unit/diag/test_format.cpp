// diag/format: the three printed forms of diagnostics, byte for byte.
#include <doctest/doctest.h>

#include <string>

#include "diag/format.hpp"

using namespace efc::diag;

namespace {

Diagnostics two_findings() {
  Diagnostics d;
  d.add({"rex/dev/device.yaml", {4, 16}, Severity::Warning, "facilitator-not-external",
         "facilitator 'fay' belongs to 'org', the organisation of participant 'ann'"});
  d.add({"dossier.yaml", {12, 3}, Severity::Error, "unknown-key", "unknown key 'nmae' in person, did you mean 'name'?"});
  return d;
}

}  // namespace

TEST_CASE("format: text is path:line:col: severity: message (rule), one per line") {
  CHECK(format_text(two_findings(), false) ==
        "rex/dev/device.yaml:4:16: warning: facilitator 'fay' belongs to 'org', the organisation of participant 'ann' "
        "[facilitator-not-external]\n"
        "dossier.yaml:12:3: error: unknown key 'nmae' in person, did you mean 'name'? [unknown-key]\n");
  CHECK(format_text(Diagnostics{}, false) == "");
}

TEST_CASE("format: text keeps one finding per line: control characters in paths and messages are escaped") {
  Diagnostics d;
  d.add({"odd\tname.yaml", {3, 1}, Severity::Error, "bad-value", "found 'two\nlines' and \x1B[2J, «é» kept"});
  CHECK(format_text(d, false) == "odd\\tname.yaml:3:1: error: found 'two\\nlines' and \\x1B[2J, «é» kept [bad-value]\n");
  CHECK(format_text(d, true) ==
        "\033[1modd\\tname.yaml:3:1:\033[0m \033[1;31merror:\033[0m found 'two\\nlines' and \\x1B[2J, «é» kept "
        "\033[2m[bad-value]\033[0m\n");
}

TEST_CASE("format: text with colour wraps the parts in ANSI codes") {
  Diagnostics d;
  d.add({"a.yaml", {1, 2}, Severity::Error, "bad-type", "m"});
  d.add({"a.yaml", {3, 4}, Severity::Warning, "stories-count", "w"});
  CHECK(format_text(d, true) ==
        "\033[1ma.yaml:1:2:\033[0m \033[1;31merror:\033[0m m \033[2m[bad-type]\033[0m\n"
        "\033[1ma.yaml:3:4:\033[0m \033[1;35mwarning:\033[0m w \033[2m[stories-count]\033[0m\n");
}

TEST_CASE("format: an unknown position is printed as 1:1 in every form") {
  Diagnostics d;
  d.add({"f.yaml", {}, Severity::Error, "bad-encoding", "cannot read the file"});
  CHECK(format_text(d, false) == "f.yaml:1:1: error: cannot read the file [bad-encoding]\n");
  CHECK(format_json(d) ==
        "[\n  {\"path\": \"f.yaml\", \"line\": 1, \"column\": 1, \"severity\": \"error\", \"rule\": \"bad-encoding\", "
        "\"message\": \"cannot read the file\"}\n]\n");
  CHECK(format_github(d) == "::error file=f.yaml,line=1,col=1,title=bad-encoding::cannot read the file\n");
}

TEST_CASE("format: json is an array of {path, line, column, severity, rule, message}") {
  CHECK(format_json(two_findings()) ==
        "[\n"
        "  {\"path\": \"rex/dev/device.yaml\", \"line\": 4, \"column\": 16, \"severity\": \"warning\", "
        "\"rule\": \"facilitator-not-external\", "
        "\"message\": \"facilitator 'fay' belongs to 'org', the organisation of participant 'ann'\"},\n"
        "  {\"path\": \"dossier.yaml\", \"line\": 12, \"column\": 3, \"severity\": \"error\", \"rule\": \"unknown-key\", "
        "\"message\": \"unknown key 'nmae' in person, did you mean 'name'?\"}\n"
        "]\n");
}

TEST_CASE("format: json of no finding is an empty array") { CHECK(format_json(Diagnostics{}) == "[]\n"); }

TEST_CASE("format: json escapes quotes, backslashes and control characters, keeps UTF-8") {
  Diagnostics d;
  d.add({"dir \"q\"\\é.yaml", {1, 1}, Severity::Error, "bad-value", "found 'a\nb\tc\rd\x01' «é»"});
  CHECK(format_json(d) ==
        "[\n  {\"path\": \"dir \\\"q\\\"\\\\é.yaml\", \"line\": 1, \"column\": 1, \"severity\": \"error\", "
        "\"rule\": \"bad-value\", \"message\": \"found 'a\\nb\\tc\\rd\\u0001' «é»\"}\n]\n");
}

TEST_CASE("format: github workflow commands, one per finding") {
  CHECK(format_github(two_findings()) ==
        "::warning file=rex/dev/device.yaml,line=4,col=16,title=facilitator-not-external::facilitator 'fay' belongs to "
        "'org', the organisation of participant 'ann'\n"
        "::error file=dossier.yaml,line=12,col=3,title=unknown-key::unknown key 'nmae' in person, did you mean 'name'?\n");
  CHECK(format_github(Diagnostics{}) == "");
}

TEST_CASE("format: github escapes %, CR and LF everywhere, and , and : in properties") {
  Diagnostics d;
  d.add({"a,b:c%.yaml", {2, 5}, Severity::Error, "bad-value", "50% of a: b, c\r\nnext line"});
  CHECK(format_github(d) ==
        "::error file=a%2Cb%3Ac%25.yaml,line=2,col=5,title=bad-value::50%25 of a: b, c%0D%0Anext line\n");
}

TEST_CASE("format: format() dispatches on the output form") {
  const Diagnostics d = two_findings();
  CHECK(efc::diag::format(d, OutputFormat::Text, false) == format_text(d, false));
  CHECK(efc::diag::format(d, OutputFormat::Text, true) == format_text(d, true));
  CHECK(efc::diag::format(d, OutputFormat::Json, true) == format_json(d));
  CHECK(efc::diag::format(d, OutputFormat::Github, true) == format_github(d));
}

TEST_CASE("diagnostics: sorted by path, then line, column, rule and message, and counted by severity") {
  Diagnostics d = two_findings();
  d.add({"dossier.yaml", {2, 1}, Severity::Warning, "backing-missing", "b"});
  d.add({"dossier.yaml", {12, 3}, Severity::Error, "bad-type", "a"});
  d.sort();
  CHECK(format_text(d, false) ==
        "dossier.yaml:2:1: warning: b [backing-missing]\n"
        "dossier.yaml:12:3: error: a [bad-type]\n"
        "dossier.yaml:12:3: error: unknown key 'nmae' in person, did you mean 'name'? [unknown-key]\n"
        "rex/dev/device.yaml:4:16: warning: facilitator 'fay' belongs to 'org', the organisation of participant 'ann' "
        "[facilitator-not-external]\n");
  CHECK(d.errors() == 2);
  CHECK(d.warnings() == 2);
}

TEST_CASE("format: json stays UTF-8: a byte of a file name that is not UTF-8 is shown as the text form shows it") {
  Diagnostics d;
  d.add({"rex/dev/sessions/0\xFF.yaml", {1, 1}, Severity::Error, "id-mismatch", "file '0\xFF\xC3.yaml' «é»"});
  CHECK(format_text(d, false) == "rex/dev/sessions/0\\xFF.yaml:1:1: error: file '0\\xFF\\xC3.yaml' «é» [id-mismatch]\n");
  CHECK(format_json(d) ==
        "[\n  {\"path\": \"rex/dev/sessions/0\\\\xFF.yaml\", \"line\": 1, \"column\": 1, \"severity\": \"error\", "
        "\"rule\": \"id-mismatch\", \"message\": \"file '0\\\\xFF\\\\xC3.yaml' «é»\"}\n]\n");
}
