// What the document commands share (bilan, agenda, doctrine, principles): opening the files a
// document is built from, refusing it when they have errors, rendering a template with the
// dossier's overrides, writing the result.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common.hpp"
#include "dossier.hpp"
#include "render/tree.hpp"

namespace efc::cli {

// The files a document is built from, relative to the dossier root (docs/documents.md).
struct Sources {
  std::string what;                   // "bilan", "agenda": how messages name the document
  load::Scope scope{};                // what is read
  std::vector<std::string> files{};   // "dossier.yaml"
  std::vector<std::string> folders{};  // "rex/x": the folder and all it holds
  bool decided_arbitrations = false;  // arbitrations with a decision, and those that could not be read
};

// A bilan or an agenda of device `id`: dossier.yaml, principles.yaml and rex/`id`/.
Sources device_sources(const std::string& what, const std::string& id);

// Whether the diagnostic at `path` (as shown) is in the sources of a document.
bool in_sources(const Sources& sources, const LoadedDossier& d, const std::string& path);

// The dossier around the current folder, reading only `sources.scope`, or why not.
// Not in a dossier: exit 3. An error in the sources: printed as `efc validate` prints it and
// nothing rendered (exit 1), since a misspelt `confidential` would leave an item shared. Warnings
// of the source folders are printed unless --quiet (group-text-shared matters most before a
// document leaves), no other; errors elsewhere are counted in one line and do not stop.
Result<LoadedDossier> open_sources(const Sources& sources, const GlobalOptions& global);

// Prints what open_sources prints about the sources of a dossier already loaded; a Failure
// when their errors forbid the document.
Status accept_sources(const Sources& sources, const LoadedDossier& d, const GlobalOptions& global);

// Renders template `name` ("bilan.md") with `data`: built-ins of the dossier's language, the
// dossier's templates/ folder, then `templates_dir` (--templates). Or why not (exit 3).
// `markdown_typography`: French typography in a Markdown document too (--typography).
Result<std::string> render_document(const LoadedDossier& d, const std::string& templates_dir, const std::string& name,
                                    const render::Tree& data, bool markdown_typography = false);
// The same for a command that has released the loaded dossier; `data` is emptied as it is
// turned into the templates' values, so that both are not held whole at once.
Result<std::string> render_document(const TemplatePlace& place, const std::string& templates_dir, const std::string& name,
                                    render::Tree&& data, bool markdown_typography = false);

// Prints `bytes` on stdout, or creates `output` (never overwriting: exit 3 when it exists).
int emit_document(const std::string& bytes, const std::string& output, const GlobalOptions& global);

}  // namespace efc::cli
