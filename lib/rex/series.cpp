#include "rex/series.hpp"

#include <algorithm>
#include <unordered_map>

namespace efc::rex {
namespace {

constexpr long long kDefaultMinutes = 120;

// NN of a session file name "NN.yaml" (2 to 4 digits, as the loader reads them), or 0.
long long number_of(const std::string& name) {
  const auto dot = name.find('.');
  if (dot < 2 || dot > 4 || name.substr(dot) != ".yaml") return 0;
  if (!std::all_of(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(dot), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return std::stoll(name.substr(0, dot));
}

}  // namespace

long long next_number(const io::FileSystem& fs, const std::string& sessions_dir) {
  long long largest = 0;
  for (const auto& e : fs.list(sessions_dir).value_or(std::vector<io::DirEntry>{})) largest = std::max(largest, number_of(e.name));
  return largest + 1;
}

const model::SessionFile* session(const model::Device& device, long long number) {
  const auto it = std::find_if(device.sessions.begin(), device.sessions.end(),
                               [&](const model::SessionFile& s) { return s.file_number == number; });
  return it == device.sessions.end() ? nullptr : &*it;
}

bool is_bilan(const model::Device& device, long long number) {
  if (const auto* s = session(device, number); s != nullptr && s->kind) return s->is_bilan();
  const bool earlier_bilan = std::any_of(device.sessions.begin(), device.sessions.end(), [&](const model::SessionFile& s) {
    return s.file_number < number && s.is_bilan();
  });
  const auto& planned = device.file.planned_sessions;
  return planned && number >= *planned && !earlier_bilan;
}

std::vector<ExperimentState> latest_experiments(const model::Device& device, long long before) {
  // Every experiment's last mention, found through an index by id (one pass, no search);
  // copied once per experiment at the end, not once per mention.
  std::vector<std::pair<const model::Experiment*, long long>> last;
  std::unordered_map<std::string, std::size_t> by_id;  // index in `last` of each id
  for (const auto& s : device.sessions) {
    if (before != 0 && s.file_number >= before) break;
    for (const auto& e : s.experiments) {
      std::size_t at = last.size();
      if (e.id) at = by_id.try_emplace(*e.id, last.size()).first->second;
      if (at == last.size()) last.emplace_back();
      last[at] = {&e, s.file_number};
    }
  }
  std::vector<ExperimentState> tracks;
  tracks.reserve(last.size());
  for (const auto& [e, session] : last) tracks.push_back({*e, session});
  return tracks;
}

bool is_open(const model::Experiment& e) { return !(e.status && (*e.status == "done" || *e.status == "dropped")); }

std::vector<ExperimentState> open_experiments(const model::Device& device, long long before) {
  auto tracks = latest_experiments(device, before);
  std::erase_if(tracks, [](const ExperimentState& t) { return !is_open(t.latest); });
  return tracks;
}

long long session_minutes(const model::Device& device, const model::SessionFile* s) {
  if (s != nullptr && s->minutes) return *s->minutes;
  return device.file.session_minutes ? *device.file.session_minutes : kDefaultMinutes;
}

}  // namespace efc::rex
