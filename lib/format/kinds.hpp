// The six file kinds of FORMAT.md, each a record bound to the model.
#pragma once

#include "format/record.hpp"
#include "model/model.hpp"

namespace efc::format {

const Record<model::DossierFile>& dossier_record();
const Record<model::PrinciplesFile>& principles_record();
const Record<model::DeviceFile>& device_record();
const Record<model::SessionFile>& session_record();
const Record<model::QueueFile>& queue_record();
const Record<model::ArbitrationFile>& arbitration_record();

// Kind name ("dossier", "session"...) and its record description, for schemas and docs.
struct KindInfo {
  std::string_view name;
  const RecordInfo* record;
};
std::vector<KindInfo> all_kinds();

}  // namespace efc::format
