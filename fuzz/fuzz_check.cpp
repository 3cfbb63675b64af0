// libFuzzer target over the loader and every rule: the input becomes one file of the
// minimal dossier of the unit tests (tests/unit/support: every file kind, no finding),
// then check::load_and_check runs on the whole dossier in memory. The first byte picks the file kind (its value
// modulo 6, see kPlaces); the rest is the file's bytes. Any crash, sanitizer report,
// hang or diagnostic outside the contract (unknown position, multi-line text) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>

#include "check/check.hpp"
#include "diag/format.hpp"
#include "fuzz_support.hpp"

namespace {

// Where the input goes, by kind: dossier, principles, device, session, queue, arbitration.
constexpr const char* kPlaces[] = {
    "dossier.yaml",
    "principles.yaml",
    "rex/dev/device.yaml",
    "rex/dev/sessions/01.yaml",
    "arbitrations/queue.yaml",
    "arbitrations/a-1.yaml",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* place = kPlaces[data[0] % (sizeof kPlaces / sizeof kPlaces[0])];
  efc::io::MemoryFileSystem fs = efc::fuzz::base_dossier();
  fs.add(place, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  const efc::load::Loaded loaded = efc::check::load_and_check(fs, "", "");
  efc::fuzz::check_contract(loaded.diagnostics);
  return 0;
}
