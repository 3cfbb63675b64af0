#include "app.hpp"

#include <malloc.h>

int main(int argc, char** argv) {
  // efc runs for a moment and exits: memory it frees is kept for its next allocations instead
  // of being handed back to the system (and faulted in again, at about 15 us a page on the
  // virtual machines measured in docs/benchmarks.md); large blocks come from the same heap.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  return efc::cli::run(argc, argv);
}
