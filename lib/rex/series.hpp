// Where a REX series stands: the next session's number, bilan or not, what is still open.
#pragma once

#include <string>
#include <vector>

#include "io/filesystem.hpp"
#include "model/model.hpp"

namespace efc::rex {

// The number of the next session file of a device: one more than the largest NN among the
// NN.yaml entries of `sessions_dir` (files or not, readable or not), 1 when there is none.
// Read from the folder, not from a loaded dossier, so that a retry sees a concurrent write.
long long next_number(const io::FileSystem& fs, const std::string& sessions_dir);

// Whether session `number` of `device` is the bilan: its file's `kind` when it says; else
// the last planned session (or any later one) when no earlier session was a bilan.
bool is_bilan(const model::Device& device, long long number);

// The session of `device` numbered `number`, or nullptr.
const model::SessionFile* session(const model::Device& device, long long number);

// One experiment followed across sessions (same id = same experiment; one without id stands
// alone), as last mentioned.
struct ExperimentState {
  model::Experiment latest;
  long long session = 0;  // the session of the last mention
};
// Every experiment mentioned before session `before` (in all sessions when 0), in order of first mention.
std::vector<ExperimentState> latest_experiments(const model::Device& device, long long before = 0);
// Those still open: status neither done nor dropped (no status counts as proposed).
std::vector<ExperimentState> open_experiments(const model::Device& device, long long before = 0);
bool is_open(const model::Experiment& e);

// The session length: the session's `minutes`, else the device's `session_minutes`, else 120.
long long session_minutes(const model::Device& device, const model::SessionFile* session);

}  // namespace efc::rex
