// One function per family of rules; each appends its findings.
#pragma once

#include "diag/diagnostic.hpp"
#include "format/context.hpp"
#include "model/model.hpp"

namespace efc::rules {

// A value as a message may show it: quoted, or `instead` when it was read in group text.
std::string quoted_or(const model::Text& t, std::string_view instead);
// A value quoted as the user's language quotes ('x' in English, « x » in French); a list of them.
std::string quoted(std::string_view value);
std::string quoted_list(const std::vector<std::string>& values);

// unknown-ref and duplicate ids, across all files.
void check_refs(const model::Dossier& d, const format::RefTable& refs, diag::Diagnostics& out);
// backing-missing, principles-not-validated, the format version.
void check_institution(const model::Dossier& d, diag::Diagnostics& out);
// id-mismatch, facilitator-not-external, sessions-exceed-plan, bilan-missing, session-order;
// the frame of trust of cross-actor devices: stake-missing, trust-frame-missing, device-carried-by-one.
void check_device(const model::Dossier& d, const model::Device& device, diag::Diagnostics& out);
// narrator-absent, attendance-mismatch, stories-count.
void check_session(const model::Device& device, const model::SessionFile& s, diag::Diagnostics& out);
// duplicate-id among items, response-unknown-item, response-to-group-item,
// response-before-transmission, transmission-without-participants (responses.yaml).
void check_responses(const model::Device& device, diag::Diagnostics& out);
// group-text-shared.
void check_group_text(const model::Device& device, diag::Diagnostics& out);
// id-mismatch, stakes-missing, decision-unilateral, rationale-missing, client-not-consulted, deadline-order.
void check_arbitration(const model::Dossier& d, const model::ArbitrationFile& a, diag::Diagnostics& out);
// exercises: id-mismatch, unknown-ref (question ids), duplicate-id, exercise-unanswered;
// assessment.yaml: evidence-not-found, assessment-without-evidence.
void check_management(const model::Dossier& d, diag::Diagnostics& out);
// deadline-order on the queue: a request done before it entered.
void check_queue(const model::QueueFile& q, diag::Diagnostics& out);

}  // namespace efc::rules
