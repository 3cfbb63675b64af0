// The loop with management: what a device sent up (questions, hypotheses, experiments) and
// what came back (rex/<device>/responses.yaml). Read from whatever view it is given: in a
// shared view, confidential items and the responses to them are already gone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace efc::rex {

enum class ItemKind { Question, Hypothesis, Experiment };

// "question", "hypothesis", "experiment": the key of a kind in machine outputs.
std::string_view item_kind_key(ItemKind kind);

// One item of a device followed across sessions: mentions sharing an id are one item (the
// last mention gives its text); an item without id stands alone.
struct RaisedItem {
  ItemKind kind = ItemKind::Question;
  std::string id;    // "" when it has none (it cannot be answered)
  std::string text;  // as last written
  bool confidential = false;  // marked confidential or in doubt in a mention: it never goes up
  int first_session = 0;
  diag::Pos first_pos{};  // where its first mention starts, in that session's file
  model::DateValue raised_on;  // the date of its first session
  std::optional<model::Date> went_up{};  // first transmission to a shared audience on or after raised_on
  std::vector<const model::Response*> responses{};  // those that answer it, by date
  std::string status{};   // experiments: the latest status ("" when none was written)
  std::string outcome{};  // experiments: the latest outcome
};

// Every question, hypothesis and experiment of `device`, in order of first mention, with
// what went up and what came back. Pointers refer into `device`.
std::vector<RaisedItem> raised_items(const model::Device& device);

// Whether `item` went up and still waits: no response, and for an experiment no decision
// of the group's either (still proposed).
bool is_waiting(const RaisedItem& item);

// Days from going up to the first response, over the answered items; nullopt when none.
std::optional<double> median_days_to_answer(const std::vector<RaisedItem>& items);

}  // namespace efc::rex
