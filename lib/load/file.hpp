// Loading one file of a known kind: bytes, YAML tree, typed record.
#pragma once

#include <optional>
#include <string>

#include "format/context.hpp"
#include "format/record.hpp"
#include "io/filesystem.hpp"
#include "yaml/tree.hpp"

namespace efc::load {

// Reads `path` and fills a `T` through `spec`; nullopt when the file is unusable
// (unreadable, not YAML, empty, not a mapping). Every finding goes to `ctx`'s report.
template <class T>
std::optional<T> load_file(const io::FileSystem& fs, const std::string& path, const format::Record<T>& spec,
                           format::LoadContext& ctx);

// The YAML tree of a file, its problems not reported yet; nullopt when the file cannot be
// read (reported). The tree must not outlive the call's result.
std::optional<yaml::ParseResult> read_yaml(const io::FileSystem& fs, const std::string& path,
                                           diag::FileReport& report);

// Reports the problems of the YAML layer; one inside group text (a region sealed while
// loading) is told without quoting the file.
void report_problems(const std::vector<yaml::Problem>& problems, format::LoadContext& ctx);

// The one error of a file holding nothing (or only comments): "the file is empty", with the
// keys a `record` needs (missing-key at 1:1), instead of one missing-key per key.
void report_empty_file(const format::RecordInfo& record, format::LoadContext& ctx);

template <class T>
std::optional<T> load_file(const io::FileSystem& fs, const std::string& path, const format::Record<T>& spec,
                           format::LoadContext& ctx) {
  const std::optional<yaml::ParseResult> parsed = read_yaml(fs, path, ctx.report());
  if (!parsed) return std::nullopt;
  if (parsed->document.root == nullptr && !parsed->problems.empty()) {
    report_problems(parsed->problems, ctx);
    return std::nullopt;
  }
  if (parsed->document.root == nullptr || parsed->document.root->is_null()) {
    report_empty_file(spec.info(), ctx);
    return std::nullopt;
  }
  const yaml::Node& root = *parsed->document.root;
  T value;
  value.path = ctx.report().path();
  const bool loaded = spec.load(value, root, ctx);
  report_problems(parsed->problems, ctx);
  if (!loaded) return std::nullopt;
  return value;
}

}  // namespace efc::load
