// Reads every file of a dossier into the typed model, collecting diagnostics.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "format/context.hpp"
#include "io/filesystem.hpp"
#include "model/model.hpp"

namespace efc::load {

struct Loaded {
  model::Dossier dossier;
  format::RefTable refs;
  diag::Diagnostics diagnostics;  // structural findings only; rules come later
};

// Which files a load reads. The default reads every file (efc validate); a document reads only
// the files it is built from (docs/documents.md). The ids of a file left unread are not
// checked: references to them are taken as they are.
struct Scope {
  bool all_devices = true;  // every rex/<device>/; when false, only rex/`device`/ (none if empty)
  std::string device{};
  bool principles = true;    // principles.yaml
  bool arbitrations = true;  // arbitrations/: the queue and every arbitration
  // exercises/; and assessment.yaml when every other file is read too (its rules read them all).
  bool management = true;

  static Scope everything() { return {}; }
  // dossier.yaml, principles.yaml and rex/`id`/ (a bilan, an agenda).
  static Scope device_only(const std::string& id) { return {false, id, true, false, false}; }
};

// Loads the dossier whose dossier.yaml is in `root`. `display` is how `root`
// is shown in diagnostics ("" for the current folder, "../", "dossiers/a/").
Loaded load_dossier(const io::FileSystem& fs, const std::string& root, const std::string& display,
                    const Scope& scope = Scope::everything());

// The number of responses the text of a responses.yaml holds, or nullopt when it does not load
// (efc respond checks that a file it extends gained exactly one).
std::optional<std::size_t> count_responses(const std::string& bytes);

}  // namespace efc::load
