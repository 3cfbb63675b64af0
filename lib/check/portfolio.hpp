// Checking many dossiers at once (a consultant firm's whole portfolio in CI).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "io/filesystem.hpp"

namespace efc::check {

struct DossierRef {
  std::string root;     // folder holding dossier.yaml
  std::string display;  // prefix of its paths in diagnostics
};

// Calls `work(i)` once for every i below `count`, on `threads` threads (0: one per core); the
// calling thread is one of them. What each call does with i is up to it (one slot per i keeps
// the results in order, whatever the threads did).
void for_each_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

// Loads and checks every dossier, `threads` at a time (0: one per core). Results come in the
// order of `dossiers`, whatever the threads did: output stays deterministic. Only the
// diagnostics are kept, so memory is bounded by the dossiers being checked at that moment.
std::vector<diag::Diagnostics> check_dossiers(const io::FileSystem& fs, const std::vector<DossierRef>& dossiers,
                                              unsigned threads = 0);

}  // namespace efc::check
