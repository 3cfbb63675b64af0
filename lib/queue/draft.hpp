// The file `efc arbitration new` writes: an arbitration pre-filled from the queue, with the
// parties to hear and their stakes left to fill (it does not validate until they are).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.hpp"

namespace efc::queue {

struct DraftInput {
  std::string id;
  std::string kind;                               // "urgent-request" or "shared-stake"
  model::Date date;
  const model::QueueRequest* request = nullptr;   // the queue request it is about, if any
  std::string lang;                               // "fr" or "en": language of the comments
};

// The YAML text of the new arbitration file. Parties: the requester, the queue's performer
// and the client's organisation when one matches, each with `stakes: ""` to fill.
std::string draft_text(const model::Dossier& d, const DraftInput& in);

// "YYYY-NNN" for `year`, one more than the highest NNN among `taken` (file ids), from 001.
std::string next_id(int year, const std::vector<std::string>& taken);

// The organisation whose id or name is `client`, ignoring ASCII case; nullptr when none.
const model::Organisation* client_organisation(const model::Dossier& d, std::string_view client);

// `s` as a YAML scalar that reads back as the same text: plain when safe, else double-quoted.
std::string yaml_scalar(std::string_view s);

}  // namespace efc::queue
