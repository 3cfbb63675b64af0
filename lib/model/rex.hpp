// REX devices and their sessions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/exercise.hpp"
#include "model/value.hpp"

namespace efc::model {

struct Audience {
  Pos pos;
  KeyPositions keys;
  Text id, label;
  Texts members;
  Text receives;  // "shared" | "group"
};

struct DeviceFile {
  std::string path;  // rex/<device>/device.yaml
  std::string folder;  // <device>, the folder name
  Pos pos;
  KeyPositions keys;
  Text id, title, kind;
  Texts facilitators, participants;
  Int planned_sessions, session_minutes;
  Int break_minutes;  // the break of sessions longer than two hours (agenda::kBreakAbove); 0: none
  std::vector<Value<long long>> stories_per_session;  // [min, max]
  Texts rules;
  std::vector<Audience> audiences;
  bool has_errors = false;  // set after checking
  // The frame of trust of a cross-actor device (format 1.1).
  std::optional<InitialStake> initial_stake{};
  Bool voluntary{};
  Texts trust_measures{};
  Texts carried_by{};  // organisations

  // The first audience with id `wanted`, or nullptr (a repeated id is an error of its own).
  const Audience* audience(std::string_view wanted) const;
};

struct Story {
  Pos pos;
  KeyPositions keys;
  Text narrator, title, situation, prescribed, real;
  Texts keywords;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
};

// A question or a hypothesis: shared unless marked confidential. An id lets management
// answer it (responses.yaml) and later sessions repeat it.
struct Item {
  Pos pos;
  KeyPositions keys;
  Text text;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
  Text id{};
};

struct Experiment {
  Pos pos;
  KeyPositions keys;
  Text id, text, owner, status;
  Texts principles;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
  Text outcome{};  // what it produced, once done or dropped
};

struct Term {
  Pos pos;
  KeyPositions keys;
  Text term, meaning;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
};

struct SessionFile {
  std::string path;  // rex/<device>/sessions/NN.yaml
  int file_number = 0;  // NN of the file name
  Pos pos;
  KeyPositions keys;
  Int number;
  DateValue date;
  Text start;
  Int minutes;
  Text place, kind;
  Texts present, absent;
  std::vector<Story> stories;
  std::vector<Item> questions, hypotheses;
  std::vector<Experiment> experiments;
  std::vector<Term> vocabulary;
  Text notes;
  Texts produced, lessons, perspectives, next_steps;
  bool has_errors = false;  // set after checking: a file with errors shares nothing

  bool is_bilan() const { return kind && *kind == "bilan"; }
};

// One time the bilan or an interim note went up to an audience (responses.yaml).
struct Transmission {
  Pos pos;
  KeyPositions keys;
  DateValue date;
  Text audience;  // an audience of the device
  Texts presented_by;
  Text form;  // "meeting" | "document"
};

// Management's answer to an item that went up (responses.yaml).
struct Response {
  Pos pos;
  KeyPositions keys;
  Text to;  // the id of a question, hypothesis or experiment of the device
  DateValue date;
  Texts by;
  Text decision;  // "answered" | "adopted" | "declined" | "under-study"
  Text text;
  DateValue review_on;
};

// rex/<device>/responses.yaml: what went up to management and what came back. Shared.
struct ResponsesFile {
  std::string path;
  Pos pos;
  KeyPositions keys;
  std::vector<Transmission> transmissions;
  std::vector<Response> responses;
  bool has_errors = false;  // set after checking: a file with errors shares nothing
};

struct Device {
  DeviceFile file;
  std::vector<SessionFile> sessions;  // in file-number order
  // NN of the session files that could not be loaded (already reported): they were held,
  // so the rules on numbering and on the plan count them without reading them.
  std::vector<int> unreadable_sessions;
  // Every id-like word of those unreadable files: an item id among them may be marked
  // confidential there, so the shared view keeps it in the group.
  std::vector<std::string> words_of_unreadable_sessions{};
  bool sessions_unread = false;  // sessions/ exists but is not read (a link, a file): already reported
  std::optional<ResponsesFile> responses{};  // absent when the device has no responses.yaml
  bool responses_unreadable = false;  // responses.yaml exists but could not be loaded
};

}  // namespace efc::model
