// What the commands that read a dossier share: finding it from the current folder, loading
// and checking it, naming a device, loading templates, writing a document.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common.hpp"
#include "diag/diagnostic.hpp"
#include "io/filesystem.hpp"
#include "load/loader.hpp"
#include "render/template.hpp"

namespace CLI {
class App;  // <CLI/CLI.hpp> only where the command line is set up (cli/*.cpp)
}  // namespace CLI

namespace efc::cli {

struct LoadedDossier {
  std::string root;     // absolute
  std::string display;  // the root relative to the current folder, as a prefix ("", "../../")
  load::Loaded loaded;  // every file, and every finding of `efc validate`
};

// The dossier around the current folder, loaded (the files of `scope`) and checked, or why not
// (not in a dossier: exit 3).
Result<LoadedDossier> load_dossier_here(const io::FileSystem& fs, const load::Scope& scope = load::Scope::everything());

// The ids of the devices of the dossier: the folders rex/ID/ holding a device.yaml, read from
// the disk (a document loads only its own device), sorted.
std::vector<std::string> device_folders(const io::FileSystem& fs, const LoadedDossier& d);

// Commands that work on a dossier with errors (agenda, rex new, status) say so in one line
// on stderr: "efc: the dossier has N errors; run 'efc validate' to see them". Nothing when none.
void summarise_errors(const LoadedDossier& d);

// The errors of `all`, without its warnings: what --quiet shows.
diag::Diagnostics errors_only(const diag::Diagnostics& all);

// The device named `id`, or why not: not an id, no such device (naming the devices there are)
// or rex/ or rex/ID a folder link (exit 3), or its device.yaml could not be read (its findings
// printed, exit 1).
Result<const model::Device*> find_device(const LoadedDossier& d, const std::string& id, bool color);

// Where the templates of a dossier are found: its language and its root as shown. What a
// document command keeps of the loaded dossier once it has released it, before rendering.
struct TemplatePlace {
  std::string lang;     // "fr" or "en"
  std::string display;  // LoadedDossier::display
};
TemplatePlace template_place(const LoadedDossier& d);

// `--templates DIR` on `cmd`.
void add_templates_option(CLI::App* cmd, std::string& dir);
// --typography: French typography (no-break spaces, ’) in a Markdown document; HTML pages have it always.
void add_typography_option(CLI::App* cmd, bool& on);

// The templates of the dossier's language: built-ins, the dossier's templates/ folder, then
// `--templates DIR`. Or why not (each problem printed with its file, exit 3).
Result<render::TemplateSet> load_templates(const io::FileSystem& fs, const LoadedDossier& d, const std::string& dir);
Result<render::TemplateSet> load_templates(const io::FileSystem& fs, const TemplatePlace& place, const std::string& dir);

// Writes `text` to stdout, or to `output` when set, never overwriting (exit 3 if it exists
// or cannot be written). Returns the exit code.
int write_document(const std::string& text, const std::string& output);

}  // namespace efc::cli
