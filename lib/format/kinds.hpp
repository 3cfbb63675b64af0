// The nine file kinds of the format, each a record bound to the model: for the format and the
// loader only; the rest of efc walks the files through format/texts.hpp.
#pragma once

#include "format/record.hpp"
#include "format/texts.hpp"
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

}  // namespace efc::format
