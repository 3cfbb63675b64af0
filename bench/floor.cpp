// Parse-only baseline for benchmarks: reads every .yaml file below the given
// folders (or each file given) and parses it with yaml-cpp into a node tree, nothing else.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <yaml-cpp/yaml.h>

namespace {

// 1 when `path` parses into a defined node.
std::size_t parse(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  try {
    const YAML::Node node = YAML::Load(buffer.str());
    return node.IsDefined() ? 1 : 0;
  } catch (const YAML::Exception& e) {
    std::cerr << path.string() << ": " << e.what() << '\n';
    return 0;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t files = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::filesystem::is_regular_file(argv[i])) {
      files += parse(argv[i]);
      continue;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") files += parse(entry.path());
    }
  }
  std::cout << files << " files parsed\n";
  return 0;
}
