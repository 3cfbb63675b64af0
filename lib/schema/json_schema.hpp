// JSON Schema (draft 2020-12) of each file kind, generated from the format description
// (format::all_kinds()) that the loader also reads: the format is written once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace efc::schema {

// The file kinds, in the order of FORMAT.md: dossier, principles, device, session, queue, arbitration.
std::vector<std::string> kind_names();

// The schema of one kind as indented JSON ending in a newline; nullopt for an unknown kind.
// Same format description, same bytes.
std::optional<std::string> json_schema(std::string_view kind);

// Every schema in one JSON object keyed by kind, in kind_names() order.
std::string all_schemas_json();

// "session" -> "session.schema.json".
std::string schema_file_name(std::string_view kind);

// The `$id` of the schema of `kind`, "urn:efc:format-1:session": stable, it changes with the
// format's version only (not with efc's, nor with where the file is written).
std::string schema_id(std::string_view kind);

// Patterns shared with the loader's scalar checks (format/scalars.hpp), ECMA-262 syntax.
extern const std::string_view kIdPattern;
extern const std::string_view kDatePattern;
extern const std::string_view kTimePattern;

}  // namespace efc::schema
