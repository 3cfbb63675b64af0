// Schemas for editors: where a dossier keeps them, the first line that points a YAML
// file at its schema (yaml-language-server), and writing the schema files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/result.hpp"

namespace efc::schema {

// Where a dossier keeps its schemas, relative to its root.
inline constexpr std::string_view kDossierSchemaFolder = ".efc/schemas";

// The first line of a scaffolded file, without its newline, for a file at `file` (relative to the
// dossier root, '/' separated). The schema path is relative to the file's own folder:
// modeline("session", "rex/a/sessions/01.yaml") ==
// "# yaml-language-server: $schema=../../../.efc/schemas/session.schema.json".
std::string modeline(std::string_view kind, std::string_view file);

// What write_schemas did with one file, in the order of the kinds asked for.
struct SchemaFile {
  std::string path;
  bool unchanged = false;  // it already held the same bytes and was left as it was
};

// Writes KIND.schema.json for each of `kinds` into `dir`, creating `dir` if needed. A file that
// already holds the same bytes is left alone; one that holds other bytes is never overwritten:
// then nothing is written at all and the Failure says which file is in the way. A new `dir` is built
// hidden beside it and renamed into place in one step (whole or nothing); in an existing one, each
// missing file is written whole through its own temporary file (a rerun completes it).
// What was done with each file, in the order of `kinds`.
diag::Result<std::vector<SchemaFile>> write_schemas(const std::string& dir, const std::vector<std::string>& kinds);

// For `efc init`: writes every kind's schema into DOSSIER_ROOT/.efc/schemas/, where modeline()
// points; a Failure when a file is in the way or cannot be written.
diag::Status write_dossier_schemas(const std::string& dossier_root);

}  // namespace efc::schema
