#include "load/file.hpp"
#include "text/i18n.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace efc::load {

void report_empty_file(const format::RecordInfo& record, format::LoadContext& ctx) {
  std::vector<std::string> required;
  for (const auto& f : record.fields) {
    if (f.required) required.push_back(text::trf("'{}'", f.key));
  }
  std::string needs;
  for (std::size_t i = 0; i < required.size(); ++i) {
    needs += (i == 0 ? "" : i + 1 == required.size() ? text::tr(" and ") : ", ") + required[i];
  }
  ctx.report().error({1, 1}, diag::Rule::MissingKey,
                     required.empty() ? std::string(text::tr("the file is empty"))
                                      : text::trf("the file is empty: it needs at least {} ({})", needs, record.name));
}

std::optional<yaml::ParseResult> read_yaml(const io::FileSystem& fs, const std::string& path,
                                           diag::FileReport& report) {
  const yaml::Limits limits;
  const io::ReadResult read = fs.read(path, limits.max_bytes);
  if (!read.ok) {
    report.error({1, 1}, diag::Rule::BadEncoding, text::trf("cannot read the file: {}", read.error));
    return std::nullopt;
  }
  return yaml::parse(read.bytes, limits);
}

namespace {

bool before(diag::Pos a, diag::Pos b) { return a.line < b.line || (a.line == b.line && a.column < b.column); }

// Answers "is this position in a sealed region?" in log time: regions sorted by start, with
// the furthest end reached by any region starting at or before each one.
class RegionIndex {
 public:
  explicit RegionIndex(std::vector<format::SealedRegion> regions) : regions_(std::move(regions)) {
    std::sort(regions_.begin(), regions_.end(),
              [](const format::SealedRegion& a, const format::SealedRegion& b) { return before(a.first, b.first); });
    for (const auto& r : regions_) furthest_.push_back(furthest_.empty() || before(furthest_.back(), r.last) ? r.last : furthest_.back());
  }

  bool contains(diag::Pos p) const {
    const auto it = std::upper_bound(regions_.begin(), regions_.end(), p,
                                     [](diag::Pos q, const format::SealedRegion& r) { return before(q, r.first); });
    if (it == regions_.begin()) return false;
    const diag::Pos reach = furthest_[static_cast<std::size_t>(it - regions_.begin()) - 1];
    return !before(reach, p);
  }

 private:
  std::vector<format::SealedRegion> regions_;
  std::vector<diag::Pos> furthest_;
};

}  // namespace

void report_problems(const std::vector<yaml::Problem>& problems, format::LoadContext& ctx) {
  if (problems.empty()) return;
  const RegionIndex sealed(ctx.sealed_regions());
  for (const auto& p : problems) {
    const bool quiet = !p.sealed_message.empty() && sealed.contains(p.pos);
    ctx.report().error(p.pos, p.rule, quiet ? p.sealed_message : p.message);
  }
}

}  // namespace efc::load
