// Lexical path helpers (no symlink resolution), as git shows paths.
#pragma once

#include <string>

namespace efc::io {

// `path` made absolute against the current folder and normalised ("a/./b/.." -> "a").
std::string absolute(const std::string& path);
// `path` relative to `base` (both absolute), "" when equal: "../x", "rex/a".
std::string relative(const std::string& path, const std::string& base);
// The folder holding `path` ("/a/b" -> "/a"); "/" stays "/".
std::string parent(const std::string& path);
// "" for "", otherwise the path with a trailing '/': ready to prefix file names.
std::string as_prefix(const std::string& folder);

}  // namespace efc::io
