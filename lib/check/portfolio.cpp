#include "check/portfolio.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "check/check.hpp"

namespace efc::check {

void for_each_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, count));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
}

std::vector<diag::Diagnostics> check_dossiers(const io::FileSystem& fs, const std::vector<DossierRef>& dossiers,
                                              unsigned threads) {
  std::vector<diag::Diagnostics> results(dossiers.size());
  for_each_parallel(dossiers.size(), threads, [&](std::size_t i) {
    results[i] = load_and_check(fs, dossiers[i].root, dossiers[i].display).diagnostics;
  });
  return results;
}

}  // namespace efc::check
