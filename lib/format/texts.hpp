// Walks over the texts of the model's files, driven by the descriptions of their kinds: what
// the view, the rules and the schemas need of the format, without its records.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "format/field.hpp"
#include "format/visit.hpp"
#include "model/model.hpp"

namespace efc::format {

// Kind name ("dossier", "session"...) and its record description, for schemas and docs.
struct KindInfo {
  std::string_view name;
  const RecordInfo* record;
};
std::vector<KindInfo> all_kinds();

// Redacts every file of `d` for a shared audience, each through its kind's record
// (Record::redact): group fields emptied, confidential or doubtful items removed.
void redact_all(model::Dossier& d);

// Calls `visit` on every text of every file of `d` with the file's path, through the same
// records and the same list of files as redact_all (so a test can prove it reaches them all).
using FileTextVisitor = std::function<void(const std::string& path, const TextVisit&)>;
void visit_all_texts(const model::Dossier& d, const FileTextVisitor& visit);

// Calls `visit` on every text of one session file with its visibility (the session's record).
void visit_session_texts(const model::SessionFile& session, const TextVisitor& visit);

}  // namespace efc::format
