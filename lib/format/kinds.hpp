// The nine file kinds of the format, each a record bound to the model.
#pragma once

#include "format/record.hpp"
#include "model/model.hpp"

namespace efc::format {

const Record<model::DossierFile>& dossier_record();
const Record<model::PrinciplesFile>& principles_record();
const Record<model::DeviceFile>& device_record();
const Record<model::SessionFile>& session_record();
const Record<model::ResponsesFile>& responses_record();
const Record<model::QueueFile>& queue_record();
const Record<model::ArbitrationFile>& arbitration_record();
const Record<model::ExerciseFile>& exercise_record();
const Record<model::AssessmentFile>& assessment_record();

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

}  // namespace efc::format
