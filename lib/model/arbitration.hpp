// The work queue and joint arbitrations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/value.hpp"

namespace efc::model {

struct QueueRequest {
  Pos pos;
  KeyPositions keys;
  Text id, client;
  DateValue entered;
  Text requested_by;
  Int effort_days;
  DateValue promised;
  DateValue done;  // extension: delivered on that day, out of the queue afterwards
};

struct QueueFile {
  std::string path;
  Pos pos;
  KeyPositions keys;
  Text rule, performer;
  Texts working_days;
  std::vector<DateValue> holidays;  // extension: days off besides weekends
  std::vector<QueueRequest> requests;
};

struct Request {
  Pos pos;
  KeyPositions keys;
  Text ref, client, summary, requested_by;
  DateValue requested_deadline;
  Int effort_days;
};

struct Party {
  Pos pos;
  KeyPositions keys;
  Text who, stakes;
};

struct Option {
  Pos pos;
  KeyPositions keys;
  Text text;
};

struct Decision {
  Pos pos;
  KeyPositions keys;
  Text outcome;
  DateValue deadline;
  Text rationale;
  Texts decided_by;
  Bool client_informed;
  Texts principles;
  DateValue review_on;
};

struct ArbitrationFile {
  std::string path;
  std::string file_id;  // the file name without .yaml
  Pos pos;
  KeyPositions keys;
  Text id, kind;
  DateValue date;
  std::optional<Request> request;
  std::vector<Party> parties;
  std::vector<Option> options;
  std::optional<Decision> decision;
};

}  // namespace efc::model
