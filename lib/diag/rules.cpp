#include "diag/rules.hpp"

#include <cstddef>
#include <iterator>

namespace efc::diag {
namespace {

// The summaries are Markdown, as docs/format.md shows them.
constexpr RuleInfo kRuleTable[] = {
    {Rule::YamlSyntax, "yaml-syntax", Severity::Error, "the text is not YAML (a missing colon, an unclosed quote...)",
     RuleFamily::Form},
    {Rule::DuplicateKey, "duplicate-key", Severity::Error, "a key written twice in one mapping", RuleFamily::Form},
    {Rule::UnknownKey, "unknown-key", Severity::Error,
     "a key efc does not know (the closest one is suggested), a merge key `<<`, a YAML file at a place where efc reads none",
     RuleFamily::Form},
    {Rule::MissingKey, "missing-key", Severity::Error,
     "a required key is absent, a file is empty, a device folder has no `device.yaml`", RuleFamily::Form},
    {Rule::BadType, "bad-type", Severity::Error,
     "a list where a text is expected, a mapping where a list is, a quoted number, an empty value, a YAML tag", RuleFamily::Form},
    {Rule::BadValue, "bad-value", Severity::Error,
     "a word outside the allowed ones, a day that does not exist, a malformed id or time, a number out of its bounds, too many "
     "items, an id defined twice, a format version other than 1, a transmission to an audience that receives `group`",
     RuleFamily::Form},
    {Rule::BadEncoding, "bad-encoding", Severity::Error,
     "not UTF-8, a NUL or control byte, a lone CR line end, several YAML documents in one file, a file efc cannot read",
     RuleFamily::Form},
    {Rule::UnknownRef, "unknown-ref", Severity::Error,
     "a reference to a person, organisation, principle or queue request that is not defined, to an audience the device does not "
     "have, to a question the exercise does not ask",
     RuleFamily::Form},
    {Rule::IdMismatch, "id-mismatch", Severity::Error,
     "an id or a session number that differs from its file or folder name, a name efc cannot read as one", RuleFamily::Form},
    {Rule::TooDeep, "too-deep", Severity::Error,
     "nesting, alias expansion or file size beyond efc's limits ([limits.md](limits.md))", RuleFamily::Form},
    {Rule::FolderLink, "folder-link", Severity::Error, "`rex`, a device folder, `sessions` or `arbitrations` is a symbolic link",
     RuleFamily::Form},
    {Rule::UnexpectedFile, "unexpected-file", Severity::Warning,
     "a file or folder efc does not read, where it reads files; the closest expected name is given", RuleFamily::Form},
    {Rule::LeftoverTempFile, "leftover-temp-file", Severity::Warning,
     "a temporary file left by an interrupted efc run, with the command that removes it", RuleFamily::Form},
    {Rule::CommentCutsText, "comment-cuts-text", Severity::Warning,
     "a ` #` inside a plain text starts a comment that cuts the text short (`place: Salle n°2 #RDC`); quote the text to keep it",
     RuleFamily::Form},
    {Rule::FacilitatorNotExternal, "facilitator-not-external", Severity::Error,
     "a facilitator belongs to the organisation of a participant", RuleFamily::Method,
     "error for a cross-actor device, warning for an internal one"},
    {Rule::NarratorAbsent, "narrator-absent", Severity::Error, "a story's narrator is not among those present",
     RuleFamily::Method},
    {Rule::AttendanceMismatch, "attendance-mismatch", Severity::Error,
     "`present` and `absent` overlap, name someone twice, or do not cover every participant", RuleFamily::Method},
    {Rule::SessionOrder, "session-order", Severity::Error,
     "sessions not numbered 1, 2, 3... without gaps, or dates not increasing", RuleFamily::Method},
    {Rule::StoriesCount, "stories-count", Severity::Warning,
     "a regular session with fewer or more stories than `stories_per_session`", RuleFamily::Method},
    {Rule::SessionsExceedPlan, "sessions-exceed-plan", Severity::Warning, "more sessions than `planned_sessions`",
     RuleFamily::Method},
    {Rule::BilanMissing, "bilan-missing", Severity::Warning,
     "every planned session is held but no bilan session has `produced`, `lessons` and `perspectives`", RuleFamily::Method},
    {Rule::GroupTextShared, "group-text-shared", Severity::Warning,
     "shared text repeats 8 words in a row of a group text, or reuses it through an alias", RuleFamily::Method,
     "warning (error through a YAML alias)"},
    {Rule::DuplicateId, "duplicate-id", Severity::Error,
     "two audiences of one device have the same id; two questions, hypotheses or experiments of a device share an id while their "
     "texts (or kinds) differ; an exercise answers one question twice",
     RuleFamily::Method},
    {Rule::ResponseUnknownItem, "response-unknown-item", Severity::Error,
     "a response names no question, hypothesis or experiment of its device (the closest id is suggested)", RuleFamily::Method},
    {Rule::ResponseToGroupItem, "response-to-group-item", Severity::Error,
     "a response names an item marked confidential: answering it would show it went up (the message quotes nothing of it)",
     RuleFamily::Method},
    {Rule::ResponseBeforeTransmission, "response-before-transmission", Severity::Warning,
     "a response dated before the first transmission to an audience receiving `shared`, or none is recorded", RuleFamily::Method},
    {Rule::TransmissionWithoutParticipants, "transmission-without-participants", Severity::Warning,
     "a transmission presented by no participant of the device", RuleFamily::Method},
    {Rule::GroupAudienceOutsider, "group-audience-outsider", Severity::Error,
     "an audience that receives `group` names someone who is neither a participant nor a facilitator", RuleFamily::Method},
    {Rule::BackingMissing, "backing-missing", Severity::Warning, "no `backing`, or one validated by nobody", RuleFamily::Method},
    {Rule::PrinciplesNotValidated, "principles-not-validated", Severity::Error,
     "a `validated` or `adopted` charter without `validated_by`, an `adopted` one without its date", RuleFamily::Method},
    {Rule::StakesMissing, "stakes-missing", Severity::Error,
     "a party without stakes, or the requester or the performer not among the parties", RuleFamily::Method},
    {Rule::DecisionUnilateral, "decision-unilateral", Severity::Warning, "a decision taken by fewer than two parties",
     RuleFamily::Method},
    {Rule::RationaleMissing, "rationale-missing", Severity::Error, "a decision without its rationale", RuleFamily::Method},
    {Rule::ClientNotConsulted, "client-not-consulted", Severity::Warning,
     "an urgent request accepted at the deadline asked, without the client among the parties", RuleFamily::Method},
    {Rule::DeadlineOrder, "deadline-order", Severity::Error,
     "a deadline, or a delivery, before the date of the request; a response's `review_on` before its date", RuleFamily::Method},
    {Rule::StakeMissing, "stake-missing", Severity::Warning, "a cross-actor device without `initial_stake`", RuleFamily::Method},
    {Rule::TrustFrameMissing, "trust-frame-missing", Severity::Warning,
     "a cross-actor device with `voluntary: false` and no `trust_measures`", RuleFamily::Method},
    {Rule::DeviceCarriedByOne, "device-carried-by-one", Severity::Warning,
     "a cross-actor device whose `carried_by` names one organisation only: how can it become a common one?", RuleFamily::Method},
    {Rule::ExerciseUnanswered, "exercise-unanswered", Severity::Warning,
     "a question of an exercise with no answer, or an empty one, and no `postponed`", RuleFamily::Method},
    {Rule::EvidenceNotFound, "evidence-not-found", Severity::Error,
     "an evidence path of `assessment.yaml` that is not in the dossier, or that leaves it (the closest path is suggested)",
     RuleFamily::Method},
    {Rule::AssessmentWithoutEvidence, "assessment-without-evidence", Severity::Warning,
     "a level of 2 or more with no evidence; `instituted-times` at 2 or more while no device held a session in the 180 days "
     "before the assessment",
     RuleFamily::Method},
};

constexpr bool in_enumerator_order() {
  for (std::size_t i = 0; i < std::size(kRuleTable); ++i) {
    if (static_cast<std::size_t>(kRuleTable[i].rule) != i) return false;
  }
  return true;
}
static_assert(in_enumerator_order(), "kRuleTable lists every Rule once, in enumerator order");
static_assert(kRuleTable[std::size(kRuleTable) - 1].rule == Rule::AssessmentWithoutEvidence, "a Rule is missing from kRuleTable");

}  // namespace

std::span<const RuleInfo> all_rules() { return kRuleTable; }

const RuleInfo& info(Rule rule) { return kRuleTable[static_cast<std::size_t>(rule)]; }

}  // namespace efc::diag
