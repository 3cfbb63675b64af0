// Temporary entries of efc (io/temp.hpp): recognised by name, spared while locked or young,
// cleared when abandoned; renames that never replace.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/fd.hpp"
#include "io/safe_write.hpp"
#include "io/temp.hpp"
#include "support/scratch.hpp"

namespace fs = std::filesystem;
using efc::io::Fd;
using efc::io::TempEntry;

namespace {

// The scratch folder, opened: the folder descriptor io::temp works in.
struct OpenedScratch : efc::testing::Scratch {
  Fd fd{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  void age(const std::string& name) const {  // two minutes old
    const std::time_t old = std::time(nullptr) - 120;
    const struct timespec times[2] = {{old, 0}, {old, 0}};
    ::utimensat(fd.get(), name.c_str(), times, AT_SYMLINK_NOFOLLOW);
  }
};

}  // namespace

TEST_CASE("temp names: efc's own forms are recognised, nothing else") {
  CHECK(efc::io::is_temp_name(".01.yaml.efc-tmp-a1B2c3"));
  CHECK(efc::io::is_temp_name(".01.yaml.efc-a1B2c3"));  // the form of earlier versions
  CHECK(efc::io::is_temp_name(".demo.efc-tmp-a1B2c3", "demo"));
  CHECK_FALSE(efc::io::is_temp_name(".demo.efc-tmp-a1B2c3", "other"));
  CHECK_FALSE(efc::io::is_temp_name(".efc"));
  CHECK_FALSE(efc::io::is_temp_name("01.yaml.efc-tmp-a1B2c3"));
  CHECK_FALSE(efc::io::is_temp_name(".01.yaml.efc-tmp-a1B2"));
  CHECK_FALSE(efc::io::is_temp_name(".01.yaml.efc-tmp-a1B2c!"));
  CHECK(efc::io::removal_command("a b/.x.efc-tmp-000000", true) == "rm -r -- 'a b/.x.efc-tmp-000000'");
  CHECK(efc::io::removal_command("it's", false) == "rm -- 'it'\\''s'");
}

TEST_CASE("temp entries: removed when dropped, kept under their target's name once in place") {
  OpenedScratch s;
  {
    auto dropped = TempEntry::create(s.fd.get(), "a.yaml", TempEntry::Kind::File);
    REQUIRE(dropped);
    CHECK(efc::io::is_temp_name(dropped->name(), "a.yaml"));
    CHECK(s.names() == std::vector<std::string>{dropped->name()});
  }
  CHECK(s.names().empty());
  auto folder = TempEntry::create(s.fd.get(), "demo", TempEntry::Kind::Folder);
  REQUIRE(folder);
  CHECK(folder->put_in_place() == 0);
  CHECK(s.names() == std::vector<std::string>{"demo"});
  auto again = TempEntry::create(s.fd.get(), "demo", TempEntry::Kind::Folder);
  REQUIRE(again);
  CHECK(again->put_in_place() == EEXIST);  // never replaces, not even an empty folder
}

TEST_CASE("clear_leftovers: removes old unlocked leftovers only, spares young or locked ones and others' files") {
  OpenedScratch s;
  std::ofstream(s.at(".01.yaml.efc-tmp-aaaaaa")) << "half";
  fs::create_directories(s.at(".demo.efc-tmp-bbbbbb/rex"));
  std::ofstream(s.at(".02.yaml.efc-tmp-cccccc")) << "young";
  std::ofstream(s.at(".03.yaml.efc-tmp-dddddd")) << "locked";
  std::ofstream(s.at("notes.efc-tmp-eeeeee")) << "not ours";
  for (const char* name : {".01.yaml.efc-tmp-aaaaaa", ".demo.efc-tmp-bbbbbb", ".03.yaml.efc-tmp-dddddd", "notes.efc-tmp-eeeeee"}) {
    s.age(name);
  }
  const Fd held(::open(s.at(".03.yaml.efc-tmp-dddddd").c_str(), O_RDONLY | O_CLOEXEC));
  REQUIRE(::flock(held.get(), LOCK_EX) == 0);  // as a running efc holds it
  auto removed = efc::io::clear_leftovers(s.fd.get());
  std::sort(removed.begin(), removed.end());
  CHECK(removed == std::vector<std::string>{".01.yaml.efc-tmp-aaaaaa", ".demo.efc-tmp-bbbbbb"});
  CHECK(s.names() == std::vector<std::string>{".02.yaml.efc-tmp-cccccc", ".03.yaml.efc-tmp-dddddd", "notes.efc-tmp-eeeeee"});
}

TEST_CASE("open_below: a folder link on the way is refused, naming it, and missing folders are created") {
  OpenedScratch s;
  fs::create_directories(s.at("outside"));
  fs::create_directories(s.at("d/rex/a"));
  fs::create_directory_symlink(s.at("outside"), s.at("d/rex/a/sessions"));
  const auto linked = efc::io::open_below(s.at("d"), "rex/a/sessions", true, "");
  CHECK_FALSE(linked.fd.ok());
  CHECK(linked.error == "rex/a/sessions is a symbolic link; efc never writes through a folder link (make it a real folder)");
  fs::create_directory_symlink(s.at("outside"), s.at("d/arbitrations"));
  CHECK(efc::io::open_below(s.at("d"), "arbitrations", true, "../").error.rfind("../arbitrations is a symbolic link", 0) == 0);
  const auto made = efc::io::open_below(s.at("d"), "rex/b/sessions", true, "");
  CHECK(made.fd.ok());
  CHECK(fs::is_directory(s.at("d/rex/b/sessions")));
  const auto written = efc::io::create_file_at(made.fd.get(), "01.yaml", "number: 1\n", "rex/b/sessions/01.yaml");
  CHECK(written.ok());
  CHECK(fs::is_empty(s.at("outside")));
}

TEST_CASE("create_file_at: clears an abandoned leftover of the same folder before writing") {
  OpenedScratch s;
  std::ofstream(s.at(".01.yaml.efc-tmp-aaaaaa")) << "half";
  s.age(".01.yaml.efc-tmp-aaaaaa");
  CHECK(efc::io::create_file_at(s.fd.get(), "02.yaml", "x\n", "02.yaml").ok());
  CHECK(s.names() == std::vector<std::string>{"02.yaml"});
}
