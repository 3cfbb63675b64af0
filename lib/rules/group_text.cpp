#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/words.hpp"
#include "view/visibility.hpp"

namespace efc::rules {
namespace {

// Which texts are group and which are shared is not listed here: it comes from the format
// description through the visibility module, the same that redacts the shared views.

constexpr std::size_t kRunLength = 8;  // consecutive words that make a leak

// Where a group text was written, to name it in the warning.
struct Origin {
  std::string what;
  int session;
};

using GroupRuns = std::unordered_map<std::uint64_t, Origin>;

bool is_free_text(const format::TextVisit& t) { return t.field.kind == format::ScalarKind::Text; }

// "a story", "a confidential item", "the notes": how the warning names a group text.
std::string origin_of(const format::TextVisit& t) {
  if (t.record.name == "story") return "a story";
  if (t.confidential) return "a confidential item";
  return "the " + t.field.key;
}

GroupRuns collect_group_runs(const model::Device& device) {
  GroupRuns runs;
  view::visit_device_texts(device, [&](const model::SessionFile& s, const format::TextVisit& t) {
    if (t.visibility != format::Visibility::Group || !is_free_text(t)) return;
    for (const auto h : text::shingles(*t.text, kRunLength)) runs.emplace(h, Origin{origin_of(t), s.file_number});
  });
  return runs;
}

void check_shared_text(const model::Text& t, const GroupRuns& runs, diag::FileReport& report) {
  for (const auto h : text::shingles(*t, kRunLength)) {
    const auto it = runs.find(h);
    if (it == runs.end()) continue;
    report.warning(t.pos, "group-text-shared",
                   fmt::format("this shared text repeats {} or more words of {} of session {}; rephrase it so that "
                               "nothing said in the group leaks",
                               kRunLength, it->second.what, it->second.session));
    return;
  }
}

}  // namespace

void check_group_text(const model::Device& device, diag::Diagnostics& out) {
  const GroupRuns runs = collect_group_runs(device);
  if (runs.empty()) return;
  view::visit_device_texts(device, [&](const model::SessionFile& s, const format::TextVisit& t) {
    if (t.visibility != format::Visibility::Shared || !is_free_text(t)) return;
    diag::FileReport report(s.path, out);
    check_shared_text(t.text, runs, report);
  });
}

}  // namespace efc::rules
