#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/words.hpp"

namespace efc::rules {
namespace {

constexpr std::size_t kRunLength = 8;  // consecutive words that make a leak

// Where a group text was written, to name it in the warning.
struct Origin {
  std::string what;
  int session;
};

using GroupRuns = std::unordered_map<std::uint64_t, Origin>;

void add_group_text(const model::Text& t, const std::string& what, int session, GroupRuns& runs) {
  if (!t) return;
  for (const auto h : text::shingles(*t, kRunLength)) runs.emplace(h, Origin{what, session});
}

GroupRuns collect_group_runs(const model::Device& device) {
  GroupRuns runs;
  for (const auto& s : device.sessions) {
    for (const auto& story : s.stories) {
      for (const auto* t : {&story.title, &story.situation, &story.prescribed, &story.real}) {
        add_group_text(*t, "a story", s.file_number, runs);
      }
    }
    add_group_text(s.notes, "the notes", s.file_number, runs);
    for (const auto* items : {&s.questions, &s.hypotheses}) {
      for (const auto& i : *items) {
        if (i.confidential && *i.confidential) add_group_text(i.text, "a confidential item", s.file_number, runs);
      }
    }
  }
  return runs;
}

void check_shared_text(const model::Text& t, const GroupRuns& runs, diag::FileReport& report) {
  if (!t) return;
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

bool is_confidential(const model::Bool& b) { return b && *b; }

void check_session_shared(const model::SessionFile& s, const GroupRuns& runs, diag::FileReport& report) {
  for (const auto* items : {&s.questions, &s.hypotheses}) {
    for (const auto& i : *items) {
      if (!is_confidential(i.confidential)) check_shared_text(i.text, runs, report);
    }
  }
  for (const auto& e : s.experiments) {
    if (!is_confidential(e.confidential)) check_shared_text(e.text, runs, report);
  }
  for (const auto& v : s.vocabulary) {
    if (!is_confidential(v.confidential)) check_shared_text(v.meaning, runs, report);
  }
  for (const auto* list : {&s.produced, &s.lessons, &s.perspectives, &s.next_steps}) {
    for (const auto& t : *list) check_shared_text(t, runs, report);
  }
}

}  // namespace

void check_group_text(const model::Device& device, diag::Diagnostics& out) {
  const GroupRuns runs = collect_group_runs(device);
  if (runs.empty()) return;
  for (const auto& s : device.sessions) {
    diag::FileReport report(s.path, out);
    check_session_shared(s, runs, report);
  }
}

}  // namespace efc::rules
