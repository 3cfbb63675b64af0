// libFuzzer target over the YAML layer alone (yaml::parse): raw bytes in, a positioned
// tree or positioned problems out. Faster per input than fuzz_check, so it goes deeper
// into yaml-cpp's event stream and efc's tree builder.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "yaml/tree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const efc::yaml::Limits limits;
  const efc::yaml::ParseResult r = efc::yaml::parse(std::string_view(reinterpret_cast<const char*>(data), size), limits);
  for (const auto& p : r.problems) {
    efc::fuzz::expect(p.pos.known(), "a YAML problem without a position");  // its rule is a diag::Rule: in the table
    efc::fuzz::expect(!p.message.empty(), "a YAML problem without a message");
  }
  if (r.document.root != nullptr) {
    efc::fuzz::expect(r.document.root->expanded_size <= limits.max_nodes, "a tree larger than the node limit");
  }
  return 0;
}
