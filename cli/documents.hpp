// What the document commands share (bilan, doctrine, principles): opening the dossier,
// rendering a template set with the dossier's overrides, writing the result.
#pragma once

#include <optional>
#include <string>

#include "common.hpp"
#include "load/loader.hpp"
#include "render/tree.hpp"

namespace efc::cli {

// A dossier loaded and checked, ready to render from.
struct OpenedDossier {
  std::optional<load::Loaded> loaded;  // nullopt when it cannot be rendered from
  int exit = kDone;                    // the exit code when loaded is nullopt
  std::string root;                    // absolute path of the dossier root
};

// The dossier around the current folder. Not in a dossier: exit 3. Errors: they are printed
// (the form of `efc validate`) and nothing is rendered, exit 1. Warnings are printed unless
// --quiet (group-text-shared matters most before a document leaves) and do not stop.
OpenedDossier open_dossier(const GlobalOptions& global);

// Renders template `name` ("bilan.md") of `lang` with `data`, the dossier's templates/ folder
// overriding the built-ins. A broken template set: its problem is printed, nullopt (exit 3).
std::optional<std::string> render_document(const std::string& root, const std::string& lang, const std::string& name,
                                           const render::Tree& data);

// Prints `bytes` on stdout, or creates `output` (never overwriting: exit 3 when it exists).
int emit_document(const std::string& bytes, const std::string& output, const GlobalOptions& global);

}  // namespace efc::cli
