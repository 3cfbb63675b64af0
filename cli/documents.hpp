// What the document commands share (bilan, doctrine, principles): opening the dossier, refusing
// it when it has errors, rendering a template with the dossier's overrides, writing the result.
#pragma once

#include <optional>
#include <string>

#include "common.hpp"
#include "dossier.hpp"
#include "render/tree.hpp"

namespace efc::cli {

// The dossier around the current folder (cli/dossier.hpp), or nullopt with `code` set. Not in
// a dossier: exit 3. Any error: printed as `efc validate` prints it and nothing rendered (exit 1),
// since a misspelt `confidential` would leave an item shared. Warnings are printed unless
// --quiet (group-text-shared matters most before a document leaves) and do not stop.
std::optional<LoadedDossier> open_clean_dossier(const GlobalOptions& global, int& code);

// Renders template `name` ("bilan.md") with `data`: built-ins of the dossier's language, the
// dossier's templates/ folder, then `templates_dir` (--templates). nullopt with `code` set after
// printing the problem (exit 3).
std::optional<std::string> render_document(const LoadedDossier& d, const std::string& templates_dir,
                                           const std::string& name, const render::Tree& data, int& code);

// Prints `bytes` on stdout, or creates `output` (never overwriting: exit 3 when it exists).
int emit_document(const std::string& bytes, const std::string& output, const GlobalOptions& global);

}  // namespace efc::cli
