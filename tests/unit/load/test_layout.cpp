// Every entry of a dossier is accounted for (load/layout.hpp): what efc does not read is a
// warning naming the closest expected name, leftovers of killed runs are reported with the
// command removing them, and a folder link is an error at the link, never dropped.
#include <doctest/doctest.h>

#include "check/check.hpp"
#include "diag/format.hpp"
#include "support/mini_dossier.hpp"

using efc::testing::MiniDossier;

namespace {

// The findings of the mini dossier once `extra` files are added and `links` planted as folder links.
std::string check_with(const std::vector<std::string>& extra, const std::vector<std::string>& links = {}) {
  efc::io::MemoryFileSystem fs = MiniDossier().filesystem();
  for (const auto& path : extra) fs.add(path, "x: 1\n");
  for (const auto& path : links) fs.add_folder_link(path);
  auto diags = efc::check::load_and_check(fs, "", "").diagnostics;
  diags.sort();
  return efc::diag::format_text(diags, false);
}

}  // namespace

TEST_CASE("unexpected-file: a session folder spelt 'session/' is named, with 'sessions/' suggested") {
  CHECK(check_with({"rex/dev/session/03.yaml"}) ==
        "rex/dev/session:1:1: warning: efc does not read the folder 'session/', did you mean 'sessions/'? Rename it, "
        "or move it out of the dossier [unexpected-file]\n");
}

TEST_CASE("unexpected-file: 'arbitration/' at the root suggests 'arbitrations/'") {
  CHECK(check_with({"arbitration/2025-009.yaml"}) ==
        "arbitration:1:1: warning: efc does not read the folder 'arbitration/', did you mean 'arbitrations/'? Rename "
        "it, or move it out of the dossier [unexpected-file]\n");
}

TEST_CASE("unexpected-file: a session file in capitals suggests its name in lower case") {
  CHECK(check_with({"rex/dev/sessions/05.YAML"}) ==
        "rex/dev/sessions/05.YAML:1:1: warning: efc does not read the file '05.YAML', did you mean '05.yaml'? Rename "
        "it, or move it out of the dossier [unexpected-file]\n");
}

TEST_CASE("unexpected-file: a folder inside sessions/ is named, not walked") {
  CHECK(check_with({"rex/dev/sessions/old/05.yaml"}) ==
        "rex/dev/sessions/old:1:1: warning: efc does not read the folder 'old/': sessions/ holds the session files "
        "NN.yaml, and nothing below; move it out of the dossier [unexpected-file]\n");
}

TEST_CASE("unexpected-file: strict in rex/ and arbitrations/, hidden entries included") {
  CHECK(check_with({"rex/notes.txt", "arbitrations/.draft", "arbitrations/2025-009.YAML"}) ==
        "arbitrations/.draft:1:1: warning: efc does not read the file '.draft': arbitrations/ holds queue.yaml and one "
        "ID.yaml per arbitration; move it out of the dossier [unexpected-file]\n"
        "arbitrations/2025-009.YAML:1:1: warning: efc does not read the file '2025-009.YAML', did you mean "
        "'2025-009.yaml'? Rename it, or move it out of the dossier [unexpected-file]\n"
        "rex/notes.txt:1:1: warning: efc does not read the file 'notes.txt': rex/ holds one folder per device, named "
        "by its id; move it out of the dossier [unexpected-file]\n");
}

TEST_CASE("unexpected-file: documented entries are known and not reported") {
  CHECK(check_with({"README.md", "LICENSE", "Makefile", ".gitignore", ".git/HEAD", ".github/workflows/ci.yml",
                    ".gitlab-ci.yml", "docs/notes.md", "templates/fr/bilan.md.mustache", ".efc/schemas/session.schema.json",
                    "rex/README.md", "rex/dev/sessions/.gitkeep", "arbitrations/README.md", "rex/dev/.DS_Store",
                    "exercises/README.md"}) == "");
}

TEST_CASE("format 1.1: assessment.yaml and exercises/ID.yaml are read, through their records, never skipped") {
  CHECK(check_with({"assessment.yaml", "exercises/2025-management.yaml"}) ==
        "assessment.yaml:1:1: error: missing key 'assessments' in assessment file [missing-key]\n"
        "assessment.yaml:1:1: error: unknown key 'x' in assessment file [unknown-key]\n"
        "exercises/2025-management.yaml:1:1: error: missing key 'date' in exercise [missing-key]\n"
        "exercises/2025-management.yaml:1:1: error: missing key 'exercise' in exercise [missing-key]\n"
        "exercises/2025-management.yaml:1:1: error: missing key 'id' in exercise [missing-key]\n"
        "exercises/2025-management.yaml:1:1: error: unknown key 'x' in exercise [unknown-key]\n");
}

TEST_CASE("unexpected-file: exercises/ holds ID.yaml files only") {
  CHECK(check_with({"exercises/old/2024-management.yaml", "exercises/Notes.yaml"}) ==
        "exercises/Notes.yaml:1:1: error: file name 'Notes' is not a valid id (a-z, 0-9 and '-') [id-mismatch]\n"
        "exercises/old:1:1: warning: efc does not read the folder 'old/': exercises/ holds one ID.yaml per exercise, "
        "and nothing below; move it out of the dossier [unexpected-file]\n");
}

TEST_CASE("unexpected-file: at the root, every unknown folder, and a file whose name is close to one efc reads") {
  CHECK(check_with({"notes.txt", "bilan.md", "arbitration", "old/dossier.yaml"}) ==
        "arbitration:1:1: warning: efc does not read the file 'arbitration', did you mean 'arbitrations/'? Rename it, "
        "or move it out of the dossier [unexpected-file]\n"
        "old:1:1: warning: efc does not read the folder 'old/': the dossier root holds dossier.yaml, principles.yaml, "
        "assessment.yaml, rex/, arbitrations/, exercises/, templates/ and documentation; move it out of the dossier "
        "[unexpected-file]\n");
}

TEST_CASE("leftover-temp-file: a temporary entry of a killed run is reported with the command that removes it") {
  CHECK(check_with({"rex/dev/sessions/.03.yaml.efc-tmp-a1B2c3", "arbitrations/.a-2.yaml.efc-Zz9yX8",
                    ".charter.md.efc-tmp-000000", ".efc/.schemas.efc-tmp-qwerty/session.schema.json"}) ==
        ".charter.md.efc-tmp-000000:1:1: warning: leftover of an efc run that was interrupted (a temporary file); "
        "remove it: rm -- '.charter.md.efc-tmp-000000' [leftover-temp-file]\n"
        ".efc/.schemas.efc-tmp-qwerty:1:1: warning: leftover of an efc run that was interrupted (a temporary folder); "
        "remove it: rm -r -- '.efc/.schemas.efc-tmp-qwerty' [leftover-temp-file]\n"
        "arbitrations/.a-2.yaml.efc-Zz9yX8:1:1: warning: leftover of an efc run that was interrupted (a temporary "
        "file); remove it: rm -- 'arbitrations/.a-2.yaml.efc-Zz9yX8' [leftover-temp-file]\n"
        "rex/dev/sessions/.03.yaml.efc-tmp-a1B2c3:1:1: warning: leftover of an efc run that was interrupted (a "
        "temporary file); remove it: rm -- 'rex/dev/sessions/.03.yaml.efc-tmp-a1B2c3' [leftover-temp-file]\n");
}

TEST_CASE("folder-link: a device folder, a sessions folder, rex/ or arbitrations/ that is a link is an error at the link") {
  CHECK(check_with({}, {"rex/other"}) ==
        "rex/other:1:1: error: this folder is a symbolic link; efc neither reads nor writes through a folder link, so "
        "that nothing outside the dossier is taken for it: replace the link with the folder itself [folder-link]\n");
  efc::io::MemoryFileSystem fs;
  const MiniDossier mini;
  for (const auto& [path, text] : mini.files()) {
    if (path.rfind("rex/", 0) != 0 && path.rfind("arbitrations/", 0) != 0) fs.add(path, text);
  }
  fs.add_folder_link("rex");
  fs.add_folder_link("arbitrations");
  auto diags = efc::check::load_and_check(fs, "", "").diagnostics;
  diags.sort();
  const std::string text = efc::diag::format_text(diags, false);
  CHECK(text.find("arbitrations:1:1: error: this folder is a symbolic link;") != std::string::npos);
  CHECK(text.find("rex:1:1: error: this folder is a symbolic link;") != std::string::npos);
  const std::string sessions = check_with({}, {"rex/dev/sessions"});
  CHECK(sessions.find("rex/dev/sessions:1:1: error: this folder is a symbolic link;") != std::string::npos);
}
