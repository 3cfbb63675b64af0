// Files compiled into the binary, so efc works away from its source tree.
#pragma once

#include <span>
#include <string_view>

namespace efc::embed {

struct File {
  std::string_view path;   // relative to the embedded folder, '/' separated
  std::string_view bytes;
};

// The built-in templates: "fr/bilan.md.mustache", "en/agenda.md.mustache"...
std::span<const File> templates();
// The worked example of examples/, a portfolio: "README.md", "hopital-valmont/dossier.yaml"...
std::span<const File> example();
// The questions of the sheet's exercises (questions/): "fr/management.txt"...
std::span<const File> questions();

// The embedded file at `path`, or nullptr.
const File* find(std::span<const File> files, std::string_view path);

}  // namespace efc::embed
