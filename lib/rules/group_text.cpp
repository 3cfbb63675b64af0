#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/words.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

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

// Each run of words of the group texts, to the index of the text's Origin.
using GroupRuns = std::unordered_map<std::uint64_t, std::size_t>;

bool is_free_text(const format::TextVisit& t) { return t.field.kind == format::ScalarKind::Text; }

// "a story", "a confidential item", "the notes": how the warning names a group text.
std::string origin_of(const format::TextVisit& t) {
  if (t.record.name == "story") return text::tr("a story");
  if (t.confidential) return text::tr("a confidential item");
  // TRANSLATORS: {} is a key of the YAML files (notes, lessons...), which stays as it is.
  return text::trf("the {}", t.field.key);
}

// Where each group text was read: a shared text read at the same place is the same node,
// reused through a YAML alias.
using GroupPlaces = std::set<std::tuple<std::string, int, int>>;

struct GroupTexts {
  std::vector<Origin> origins;
  GroupRuns runs;
  GroupPlaces places;
};

GroupTexts collect_group_texts(const model::Device& device) {
  GroupTexts g;
  view::visit_device_texts(device, [&](const model::SessionFile& s, const format::TextVisit& t) {
    if (t.visibility != format::Visibility::Group) return;
    g.places.emplace(s.path, t.text.pos.line, t.text.pos.column);
    if (!is_free_text(t)) return;
    const auto runs = text::shingles(*t.text, kRunLength);
    if (runs.empty()) return;
    g.origins.push_back({origin_of(t), s.file_number});
    for (const auto h : runs) g.runs.emplace(h, g.origins.size() - 1);
  });
  return g;
}

void check_shared_text(const model::Text& t, const GroupTexts& group, diag::FileReport& report) {
  for (const auto h : text::shingles(*t, kRunLength)) {
    const auto it = group.runs.find(h);
    if (it == group.runs.end()) continue;
    const Origin& origin = group.origins[it->second];
    report.warning(t.pos, diag::Rule::GroupTextShared,
                   text::trf("this shared text repeats {} or more words of {} of session {}; rephrase it so that "
                             "nothing said in the group leaks",
                             kRunLength, origin.what, origin.session));
    return;
  }
}

// A shared text that is a group text itself (a YAML alias of it), whatever its length.
bool check_alias(const std::string& path, const model::Text& t, const GroupPlaces& places, diag::FileReport& report) {
  if (places.count({path, t.pos.line, t.pos.column}) == 0) return false;
  report.error(t.pos, diag::Rule::GroupTextShared,
               text::tr("this group text is reused through a YAML alias in a shared field; write the shared text out "
                        "in other words, without '*'"));
  return true;
}

// The device's own shared texts (title, rules, audience labels) go into every shared document.
void check_device_texts(const model::DeviceFile& f, const GroupTexts& group, diag::Diagnostics& out) {
  diag::FileReport report(f.path, out);
  if (f.title) check_shared_text(f.title, group, report);
  for (const auto& rule : f.rules) check_shared_text(rule, group, report);
  for (const auto& a : f.audiences) {
    if (a.label) check_shared_text(a.label, group, report);
  }
}

}  // namespace

void check_group_text(const model::Device& device, diag::Diagnostics& out) {
  const GroupTexts group = collect_group_texts(device);
  if (group.places.empty()) return;
  view::visit_device_texts(device, [&](const model::SessionFile& s, const format::TextVisit& t) {
    if (t.visibility != format::Visibility::Shared) return;
    diag::FileReport report(s.path, out);
    if (!check_alias(s.path, t.text, group.places, report) && is_free_text(t)) check_shared_text(t.text, group, report);
  });
  check_device_texts(device.file, group, out);
  if (device.responses) {
    diag::FileReport report(device.responses->path, out);
    for (const auto& r : device.responses->responses) {
      if (r.text) check_shared_text(r.text, group, report);
    }
  }
}

}  // namespace efc::rules
