// A minimal valid dossier held in memory, for tests that seed one fault at a time.
#pragma once

#include <map>
#include <string>

#include "diag/diagnostic.hpp"
#include "io/filesystem.hpp"

namespace efc::testing {

// Files of a dossier keyed by their path relative to the root ("rex/dev/device.yaml").
using Files = std::map<std::string, std::string>;

// The paths of the minimal dossier's device and of its first session.
inline constexpr const char* kDevicePath = "rex/dev/device.yaml";
inline constexpr const char* kSession1Path = "rex/dev/sessions/01.yaml";
inline constexpr const char* kSession2Path = "rex/dev/sessions/02.yaml";

// The smallest dossier that uses every file kind and gets no finding at all:
// dossier.yaml, principles.yaml, one internal device "dev" of two sessions (the second
// a bilan), a queue and one arbitration "a-1". Read mini_dossier.cpp for the exact text.
const Files& mini_dossier_files();

// A copy of the minimal dossier that a test changes file by file, then checks.
class MiniDossier {
 public:
  MiniDossier() : files_(mini_dossier_files()) {}

  // Replaces (or adds) the file at `path` with `text`.
  MiniDossier& set(const std::string& path, std::string text);
  // Removes the file at `path`; the test fails when there is none.
  MiniDossier& remove(const std::string& path);
  // Replaces the only occurrence of `from` in the file at `path`; the test fails otherwise.
  MiniDossier& replace(const std::string& path, const std::string& from, const std::string& to);

  const Files& files() const { return files_; }
  io::MemoryFileSystem filesystem() const;

  // Runs check::load_and_check on the dossier (root "", shown as ""): every finding,
  // sorted, in the text form `efc validate` prints ("path:line:col: error: msg [rule]\n").
  std::string check() const;
  // The same findings, sorted, for tests that look at fields.
  diag::Diagnostics diagnostics() const;

 private:
  Files files_;
};

}  // namespace efc::testing
