// The text of a new session file, pre-filled from the device and the earlier sessions.
#pragma once

#include <optional>
#include <string>

#include "model/model.hpp"
#include "view/visibility.hpp"

namespace efc::rex {

struct ScaffoldRequest {
  std::string device;                // the device's folder id
  long long number = 1;
  model::Date date;
  std::optional<std::string> start;  // "HH:MM"; none: the previous session's start, if any
  bool bilan = false;                // true: kind bilan; false: bilan only if rex::is_bilan says so
  std::string modeline;              // first line pointing editors at the schema ("" for none)
};

// A session file that loads without error: number, date, start, place (the previous
// session's), kind, every participant present, absent empty, the open experiments carried
// over with their id and status, and commented placeholders, in the dossier's language.
// `view` must be a Group view: the file stays in the dossier. nullopt for an unknown device.
std::optional<std::string> session_scaffold(const view::DossierView& view, const ScaffoldRequest& request);

// A YAML scalar for `s`, the value of `key` written at `indent` spaces: plain when the line
// stays within 78 columns and nothing in it can be misread, a folded block (>-) when longer and
// made of single-spaced words, else double-quoted. YAML reads back exactly `s`.
std::string yaml_scalar(std::string_view s, int indent, std::string_view key);

}  // namespace efc::rex
