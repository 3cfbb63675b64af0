// The description of one key of the format. The loader, the JSON Schema and
// the visibility rules all read these descriptions: the format is written once.
#pragma once

#include <limits>
#include <string>
#include <vector>

namespace efc::format {

enum class ScalarKind { Id, Text, Date, Time, Integer, Boolean, Choice, Ref };
enum class Shape { Scalar, ScalarList, Record, RecordList };
enum class RefTarget { None, Person, Organisation, PersonOrOrganisation, Principle, Request };
enum class Visibility { Shared, Group };

struct RecordInfo;

struct FieldInfo {
  std::string key;
  std::string description;
  Shape shape = Shape::Scalar;
  ScalarKind kind = ScalarKind::Text;
  std::vector<std::string> choices;     // Choice only
  RefTarget target = RefTarget::None;   // Ref: what it points to; Id: what it defines
  long long minimum = 0;                // Integer: smallest value allowed
  std::size_t min_items = 0;            // lists
  std::size_t max_items = 0;            // lists; 0 = no limit
  bool required = false;
  Visibility visibility = Visibility::Shared;
  const RecordInfo* record = nullptr;   // Record, RecordList
  long long maximum = std::numeric_limits<long long>::max();  // Integer: largest value allowed
};

struct RecordInfo {
  std::string name;         // as users read it in messages: "person", "queue request"
  std::string description;
  std::vector<FieldInfo> fields;
  std::vector<std::string> keys() const;
};

std::string_view ref_target_name(RefTarget t);

}  // namespace efc::format
