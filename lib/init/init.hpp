// `efc init`: the files of a new dossier, and creating them all or none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/result.hpp"
#include "io/filesystem.hpp"

namespace efc::init {

struct NewFile {
  std::string path;   // relative to the dossier root, '/' separated
  std::string bytes;
};

// A dossier skeleton in `lang` ("fr" or "en") whose id is `id`: dossier.yaml with placeholder
// organisations and people that validates (only backing-missing is warned), commented guidance.
std::vector<NewFile> skeleton(std::string_view lang, std::string_view id);

// The worked example dossier, as compiled into the binary (embed::example()).
std::vector<NewFile> example();

// The JSON Schemas of every file kind, in .efc/schemas/ where the modelines of scaffolded files
// point (schema::modeline), for editors.
std::vector<NewFile> schemas();

// The id a new dossier in folder `dir` gets: the folder's name when it is a valid id, else "mission".
std::string default_id(const std::string& dir);

// Creates `files` under `dir` (created if missing), or nothing at all: refuses when `dir` is
// or is inside a dossier, or when any file or top folder (a link included) is already there.
// A new `dir` is built in a hidden sibling ".DIR.efc-tmp-XXXXXX" renamed into place in one step;
// in an existing `dir`, the hidden folder is inside it and its entries are renamed into place,
// dossier.yaml last. A kill leaves at most the hidden folder, which the next init clears.
// The paths written, as given (dir joined with the file path), or why nothing was created.
diag::Result<std::vector<std::string>> create_dossier(const std::string& dir, std::vector<NewFile> files,
                                                      io::FileSystem& fs = io::disk());

}  // namespace efc::init
