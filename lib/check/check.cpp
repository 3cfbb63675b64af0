#include "check/check.hpp"

#include <set>

#include "io/paths.hpp"
#include "rules/rules.hpp"

namespace efc::check {

std::optional<std::string> find_root(const io::FileSystem& fs, const std::string& start) {
  std::string dir = fs.type(start) == io::EntryType::Directory ? start : io::parent(start);
  while (true) {
    if (fs.type(io::join(dir, "dossier.yaml")) == io::EntryType::File) return dir;
    const std::string up = io::parent(dir);
    if (up == dir) return std::nullopt;
    dir = up;
  }
}

namespace {

constexpr int kMaxPortfolioDepth = 6;  // folders between a portfolio and its dossiers

void collect_roots(const io::FileSystem& fs, const std::string& folder, int depth, std::vector<std::string>& roots) {
  if (fs.type(io::join(folder, "dossier.yaml")) == io::EntryType::File) {
    roots.push_back(folder);
    return;
  }
  if (depth == kMaxPortfolioDepth) return;
  for (const auto& e : fs.list(folder).value_or(std::vector<io::DirEntry>{})) {
    if (e.type == io::EntryType::Directory && e.name.front() != '.') collect_roots(fs, io::join(folder, e.name), depth + 1, roots);
  }
}

}  // namespace

std::vector<std::string> find_roots_below(const io::FileSystem& fs, const std::string& folder) {
  std::vector<std::string> roots;
  collect_roots(fs, folder, 0, roots);
  return roots;
}

namespace {

// Flags the device, session and responses files that have errors: the views keep their items in the group.
void flag_files_with_errors(load::Loaded& loaded) {
  std::set<std::string> paths;
  for (const auto& d : loaded.diagnostics.items()) {
    if (d.severity == diag::Severity::Error) paths.insert(d.path);
  }
  for (auto& device : loaded.dossier.devices) {
    device.file.has_errors = paths.count(device.file.path) > 0;
    for (auto& s : device.sessions) s.has_errors = paths.count(s.path) > 0;
    if (device.responses) device.responses->has_errors = paths.count(device.responses->path) > 0;
  }
}

}  // namespace

load::Loaded load_and_check(const io::FileSystem& fs, const std::string& root, const std::string& display,
                            const load::Scope& scope) {
  load::Loaded loaded = load::load_dossier(fs, root, display, scope);
  rules::check_all(loaded, loaded.diagnostics);
  flag_files_with_errors(loaded);
  return loaded;
}

}  // namespace efc::check
