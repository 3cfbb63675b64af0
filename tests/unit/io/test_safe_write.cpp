// io::create_file and io::extend_file_at on a real temporary folder: written whole or not at all, never over
// anything already there (a file or a link), nothing left behind, whichever step fails.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <fcntl.h>

#include "io/filesystem.hpp"
#include "io/safe_write.hpp"
#include "io/temp.hpp"
#include "support/faulty_fs.hpp"
#include "support/scratch.hpp"

namespace fs = std::filesystem;
using efc::io::WriteStatus;
using efc::test::FaultyFileSystem;
using efc::test::Step;
using efc::testing::Scratch;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("safe write: a new file holds exactly the bytes, and nothing else is left in the folder") {
  Scratch s;
  const auto r = efc::io::create_file(s.at("01.yaml"), "number: 1\n");
  CHECK(r.ok());
  CHECK(read_all(s.at("01.yaml")) == "number: 1\n");
  CHECK(s.names() == std::vector<std::string>{"01.yaml"});
}

TEST_CASE("safe write: an existing file is refused and kept as it was") {
  Scratch s;
  std::ofstream(s.at("01.yaml")) << "mine\n";
  const auto r = efc::io::create_file(s.at("01.yaml"), "theirs\n");
  CHECK(r.status == WriteStatus::Exists);
  CHECK(read_all(s.at("01.yaml")) == "mine\n");
  CHECK(s.names() == std::vector<std::string>{"01.yaml"});
}

TEST_CASE("safe write: a link planted at the path is not followed, dangling or not") {
  Scratch s;
  fs::create_symlink(s.at("target-missing"), s.at("a.yaml"));
  std::ofstream(s.at("target-present")) << "kept\n";
  fs::create_symlink(s.at("target-present"), s.at("b.yaml"));
  CHECK(efc::io::create_file(s.at("a.yaml"), "x\n").status == WriteStatus::Exists);
  CHECK(efc::io::create_file(s.at("b.yaml"), "x\n").status == WriteStatus::Exists);
  CHECK_FALSE(fs::exists(s.at("target-missing")));
  CHECK(read_all(s.at("target-present")) == "kept\n");
  CHECK(fs::is_symlink(s.at("a.yaml")));
  CHECK(s.names() == std::vector<std::string>{"a.yaml", "b.yaml", "target-present"});
}

TEST_CASE("safe write: a failure at any step leaves the folder as it was, no file and no temporary file") {
  for (const Step step : {Step::Create, Step::Write, Step::Sync, Step::Move}) {
    CAPTURE(efc::test::step_name(step));
    Scratch s;
    const efc::io::Fd dir(::open(s.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    FaultyFileSystem faulty(step);
    const auto r = efc::io::create_file_at(dir.get(), "01.yaml", "number: 1\n", "rex/a/01.yaml", faulty);
    CHECK(faulty.failed());
    CHECK(r.status == WriteStatus::Failed);
    CHECK(r.error == "cannot write rex/a/01.yaml: Input/output error");
    CHECK(s.names().empty());
  }
}

TEST_CASE("extend_file_at: a failure at any step leaves the file as it was, and no temporary file") {
  for (const Step step : {Step::Create, Step::Write, Step::Sync, Step::Replace}) {
    CAPTURE(efc::test::step_name(step));
    Scratch s;
    { std::ofstream(s.at("responses.yaml"), std::ios::binary) << "responses:\n"; }
    const efc::io::Fd dir(::open(s.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    FaultyFileSystem faulty(step);
    const auto r =
        efc::io::extend_file_at(dir.get(), "responses.yaml", "responses:\n", "responses:\n  - to: a\n", "r.yaml", faulty);
    CHECK(faulty.failed());
    CHECK(r.error == "cannot write r.yaml: Input/output error");
    CHECK(read_all(s.at("responses.yaml")) == "responses:\n");
    CHECK(s.names() == std::vector<std::string>{"responses.yaml"});
  }
}

TEST_CASE("publish_new_folder: a failure at any step, inside or for the folder, leaves nothing") {
  for (const auto& [step, nth] :
       {std::pair{Step::Create, 1}, {Step::Create, 2}, {Step::Write, 1}, {Step::Sync, 1}, {Step::Move, 1}, {Step::Move, 2}}) {
    CAPTURE(efc::test::step_name(step));
    CAPTURE(nth);
    Scratch s;
    const efc::io::Fd dir(::open(s.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    FaultyFileSystem faulty(step, nth);
    const efc::diag::Status r = efc::io::publish_new_folder(
        dir.get(), "demo", "demo", "efc test",
        [&](int dirfd) -> efc::diag::Status {
          const auto w = efc::io::create_file_at(dirfd, "a.yaml", "a: 1\n", "demo/a.yaml", faulty);
          if (!w.ok()) return efc::diag::refused(w.error);
          return {};
        },
        faulty);
    CHECK(faulty.failed());
    CHECK_FALSE(r);
    CHECK(s.names().empty());
  }
}

TEST_CASE("safe write: a missing folder is a failure naming the path, not a crash") {
  Scratch s;
  const auto r = efc::io::create_file(s.at("no/such/01.yaml"), "x\n");
  CHECK(r.status == WriteStatus::Failed);
  CHECK(r.error.find("no/such") != std::string::npos);
}

TEST_CASE("disk reads: a broken link says so, a folder is not a regular file") {
  Scratch s;
  fs::create_symlink(s.at("nowhere.yaml"), s.at("link.yaml"));
  fs::create_directory(s.at("dir.yaml"));
  const efc::io::DiskFileSystem disk;
  const auto link = disk.read(s.at("link.yaml"), 100);
  CHECK_FALSE(link.ok);
  CHECK(link.error == "a symbolic link to a file that does not exist");
  const auto dir = disk.read(s.at("dir.yaml"), 100);
  CHECK_FALSE(dir.ok);
  CHECK(dir.error == "not a regular file");
}

TEST_CASE("extend_file_at: replaces the file only if it still holds what was read, leaving nothing behind") {
  Scratch s;
  { std::ofstream(s.at("responses.yaml"), std::ios::binary) << "responses:\n"; }
  const efc::io::Fd dir(::open(s.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  const auto changed = efc::io::extend_file_at(dir.get(), "responses.yaml", "something else\n", "responses:\n  - to: a\n", "r.yaml");
  CHECK(changed.status == WriteStatus::Changed);
  CHECK(changed.error == "r.yaml changed while efc wrote it");
  CHECK(read_all(s.at("responses.yaml")) == "responses:\n");
  const auto written = efc::io::extend_file_at(dir.get(), "responses.yaml", "responses:\n", "responses:\n  - to: a\n", "r.yaml");
  CHECK(written.ok());
  CHECK(read_all(s.at("responses.yaml")) == "responses:\n  - to: a\n");
  CHECK(s.names() == std::vector<std::string>{"responses.yaml"});
}
