#include "embed/embedded.hpp"

namespace efc::embed {

const File* find(std::span<const File> files, std::string_view path) {
  for (const File& f : files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

}  // namespace efc::embed
