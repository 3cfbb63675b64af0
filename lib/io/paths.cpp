#include "io/paths.hpp"

#include <filesystem>

namespace efc::io {

namespace fs = std::filesystem;

std::string absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path.empty() ? "." : path, ec).lexically_normal();
  std::string s = p.string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

std::string relative(const std::string& path, const std::string& base) {
  const std::string r = fs::path(path).lexically_relative(base).string();
  return r == "." ? "" : r;
}

std::string parent(const std::string& path) {
  const std::string p = fs::path(path).parent_path().string();
  return p.empty() ? "/" : p;
}

std::string as_prefix(const std::string& folder) { return folder.empty() ? "" : folder + "/"; }

}  // namespace efc::io
