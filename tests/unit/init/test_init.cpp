#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "check/check.hpp"
#include "diag/format.hpp"
#include "embed/embedded.hpp"
#include "init/init.hpp"

using namespace efc;

namespace {

std::string check_files(const std::vector<init::NewFile>& files) {
  io::MemoryFileSystem fs;
  for (const auto& f : files) fs.add(f.path, f.bytes);
  auto diags = check::load_and_check(fs, "", "").diagnostics;
  diags.sort();
  return diag::format_text(diags, false);
}

// A fresh empty folder under the system's temporary folder, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "efc-init-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(path)) out.push_back(e.path().lexically_relative(path).string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

}  // namespace

TEST_CASE("the skeleton validates in both languages, only the missing backing is warned about") {
  for (const char* lang : {"fr", "en"}) {
    CAPTURE(lang);
    const auto files = init::skeleton(lang, "my-mission");
    REQUIRE(files.size() == 1);
    CHECK(files[0].path == "dossier.yaml");
    CHECK(files[0].bytes.rfind("# yaml-language-server: $schema=.efc/schemas/dossier.schema.json\n", 0) == 0);
    CHECK(files[0].bytes.find("\nid: my-mission\n") != std::string::npos);
    CHECK(files[0].bytes.find(std::string("\nlang: ") + lang + "\n") != std::string::npos);
    CHECK(check_files(files) == "dossier.yaml:5:1: warning: no institutional backing: add 'backing' with who validated the "
                                "principles, and when [backing-missing]\n");
  }
}

TEST_CASE("the example is the embedded examples/ folder and validates without any finding") {
  const auto files = init::example();
  CHECK(files.size() == embed::example().size());
  CHECK(check_files(files) == "");
}

TEST_CASE("a new dossier's id is its folder's name when that is an id") {
  CHECK(init::default_id("clients/hopital-valmont") == "hopital-valmont");
  CHECK(init::default_id("clients/Hôpital Valmont") == "mission");
}

TEST_CASE("create_dossier writes every file, or none when one is in the way or a write fails") {
  TempDir tmp;
  const std::string dir = (tmp.path / "new").string();
  const auto ok = init::create_dossier(dir, {{"dossier.yaml", "x"}, {"a/b.txt", "y"}});
  REQUIRE(ok);
  CHECK(*ok == std::vector<std::string>{dir + "/a/b.txt", dir + "/dossier.yaml"});  // dossier.yaml last
  CHECK(tmp.entries() == std::vector<std::string>{"new", "new/a", "new/a/b.txt", "new/dossier.yaml"});

  const auto again = init::create_dossier(dir, {{"other.txt", "z"}});
  CHECK_FALSE(again);
  CHECK(again.failure().message == dir + " already holds a dossier (dossier.yaml); efc init never touches an existing dossier");
  const auto inside = init::create_dossier(dir + "/a", {{"other.txt", "z"}});
  CHECK(inside.failure().message.rfind(dir + "/a is inside an existing dossier (", 0) == 0);
  CHECK(inside.failure().message.find("new/dossier.yaml); efc init never touches an existing dossier") != std::string::npos);
  const auto below = init::create_dossier(dir + "/a/not/yet", {{"other.txt", "z"}});  // folders that do not exist yet
  CHECK(below.failure().message.rfind(dir + "/a/not/yet is inside an existing dossier (", 0) == 0);

  const std::string second = (tmp.path / "second").string();
  std::filesystem::create_directory(second);
  std::ofstream(second + "/taken.txt") << "mine";
  const auto taken = init::create_dossier(second, {{"dossier.yaml", "x"}, {"taken.txt", "z"}});
  CHECK(taken.failure().message == second + "/taken.txt already exists; efc never overwrites (nothing was written)");

  std::ofstream(second + "/sub") << "a file where a folder is needed";
  const auto blocked = init::create_dossier(second, {{"dossier.yaml", "x"}, {"first.txt", "1"}, {"sub/deep/x.txt", "2"}});
  CHECK_FALSE(blocked);
  CHECK(blocked.failure().message.find("sub") != std::string::npos);
  CHECK(tmp.entries() == std::vector<std::string>{"new", "new/a", "new/a/b.txt", "new/dossier.yaml", "second", "second/sub",
                                                  "second/taken.txt"});  // first.txt rolled back

  const std::string fresh = (tmp.path / "x" / "y").string();
  const auto deep = init::create_dossier(fresh, {{"dossier.yaml", "x"}, {"sub", "1"}, {"sub/z", "2"}});
  CHECK_FALSE(deep);  // "sub" is written as a file, then cannot hold "sub/z": all undone, folders too
  const auto left = tmp.entries();
  CHECK(std::find(left.begin(), left.end(), "x") == left.end());
}
