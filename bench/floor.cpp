// Parse-only baseline for benchmarks: reads every .yaml file below the given
// folders and parses it with yaml-cpp into a node tree, nothing else.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
  std::size_t files = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
      if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      try {
        const YAML::Node node = YAML::Load(buffer.str());
        files += node.IsDefined() ? 1 : 0;
      } catch (const YAML::Exception& e) {
        std::cerr << entry.path().string() << ": " << e.what() << '\n';
      }
    }
  }
  std::cout << files << " files parsed\n";
  return 0;
}
