#include "load/file.hpp"

#include <fmt/format.h>

namespace efc::load {

const yaml::Node& empty_document() {
  static const yaml::Node kEmpty = [] {
    yaml::Node n;
    n.pos = {1, 1};
    return n;
  }();
  return kEmpty;
}

std::optional<yaml::ParseResult> read_yaml(const io::FileSystem& fs, const std::string& path,
                                           diag::FileReport& report) {
  const yaml::Limits limits;
  const io::ReadResult read = fs.read(path, limits.max_bytes);
  if (!read.ok) {
    report.error({1, 1}, "bad-encoding", fmt::format("cannot read the file: {}", read.error));
    return std::nullopt;
  }
  yaml::ParseResult parsed = yaml::parse(read.bytes, limits);
  for (const auto& p : parsed.problems) report.error(p.pos, p.rule, p.message);
  return parsed;
}

}  // namespace efc::load
