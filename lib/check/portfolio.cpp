#include "check/portfolio.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "check/check.hpp"

namespace efc::check {

std::vector<diag::Diagnostics> check_dossiers(const io::FileSystem& fs, const std::vector<DossierRef>& dossiers,
                                              unsigned threads) {
  std::vector<diag::Diagnostics> results(dossiers.size());
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < dossiers.size(); i = next++) {
      results[i] = load_and_check(fs, dossiers[i].root, dossiers[i].display).diagnostics;
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, dossiers.size()));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  return results;
}

}  // namespace efc::check
