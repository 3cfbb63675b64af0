// The rules efc reports, one table: id (part of the contract), default severity, when it fires.
// Code names a rule by its enumerator, so a misspelt id does not compile; docs/format.md's rule
// tables are checked against this table (tests/unit/diag/test_rules.cpp).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace efc::diag {

enum class Severity { Error, Warning };

// In the order of docs/format.md: the form of the files, then the cooperation method.
enum class Rule : std::uint8_t {
  YamlSyntax,
  DuplicateKey,
  UnknownKey,
  MissingKey,
  BadType,
  BadValue,
  BadEncoding,
  UnknownRef,
  IdMismatch,
  TooDeep,
  FolderLink,
  UnexpectedFile,
  LeftoverTempFile,
  CommentCutsText,
  FacilitatorNotExternal,
  NarratorAbsent,
  AttendanceMismatch,
  SessionOrder,
  StoriesCount,
  SessionsExceedPlan,
  BilanMissing,
  GroupTextShared,
  DuplicateId,
  ResponseUnknownItem,
  ResponseToGroupItem,
  ResponseBeforeTransmission,
  TransmissionWithoutParticipants,
  GroupAudienceOutsider,
  BackingMissing,
  PrinciplesNotValidated,
  StakesMissing,
  DecisionUnilateral,
  RationaleMissing,
  ClientNotConsulted,
  DeadlineOrder,
  StakeMissing,
  TrustFrameMissing,
  DeviceCarriedByOne,
  ExerciseUnanswered,
  EvidenceNotFound,
  AssessmentWithoutEvidence,
};

// What a rule is about: the form of the files, or the cooperation method (docs/format.md's two tables).
enum class RuleFamily : std::uint8_t { Form, Method };

struct RuleInfo {
  Rule rule;
  std::string_view id;       // kebab-case, printed as `[id]` and in JSON's "rule"
  Severity severity;         // the usual one; see `severity_note`
  std::string_view summary;  // when it fires (docs/format.md's "when" column, English)
  RuleFamily family;
  // Set when the severity depends on the case: how (docs/format.md's "severity" column).
  std::string_view severity_note{};
};

// Every rule, in enumerator order.
std::span<const RuleInfo> all_rules();
const RuleInfo& info(Rule rule);
inline std::string_view rule_id(Rule rule) { return info(rule).id; }

}  // namespace efc::diag
