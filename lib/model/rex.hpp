// REX devices and their sessions.
#pragma once

#include <optional>
#include <string>
#include <vector>

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
};

struct Story {
  Pos pos;
  KeyPositions keys;
  Text narrator, title, situation, prescribed, real;
  Texts keywords;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
};

// A question or a hypothesis: shared unless marked confidential.
struct Item {
  Pos pos;
  KeyPositions keys;
  Text text;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
};

struct Experiment {
  Pos pos;
  KeyPositions keys;
  Text id, text, owner, status;
  Texts principles;
  Bool confidential;
  bool in_doubt = false;  // its confidentiality cannot be read for sure: kept in the group
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

struct Device {
  DeviceFile file;
  std::vector<SessionFile> sessions;  // in file-number order
  // NN of the session files that could not be loaded (already reported): they were held,
  // so the rules on numbering and on the plan count them without reading them.
  std::vector<int> unreadable_sessions;
  // Every id-like word of those unreadable files: an item id among them may be marked
  // confidential there, so the shared view keeps it in the group.
  std::vector<std::string> words_of_unreadable_sessions{};
};

}  // namespace efc::model
