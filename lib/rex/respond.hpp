// efc respond: a response skeleton added to rex/<device>/responses.yaml, keeping every byte
// already written there.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "rex/loop.hpp"

namespace efc::rex {

// The item a response answers, found in a Group view of the device (confidential items too,
// so that answering one is refused with the right reason).
struct ItemLookup {
  std::string id;     // the item's id when found and answerable
  std::string error;  // else why not, with what to do (never quoting a confidential item)
  ItemKind kind = ItemKind::Question;  // when found: what it is, and the session that raised it
  int session = 0;
};
ItemLookup find_answerable_item(const model::Device& device, const std::string& item);

struct ResponseSkeleton {
  std::string to;
  std::vector<std::string> by;
  std::string decision = "answered";
  model::Date date;
  std::string item_summary;  // "question of session 3", for the comment beside `to`
  std::string lang = "fr";
  std::string modeline{};  // first line of a new file, pointing editors at the schema ("" for none)
};

// The whole new content of responses.yaml: `current` (nullopt when the file does not exist)
// with the skeleton added at the end of the `responses` list, every existing byte kept in
// place; or an error when its layout leaves no such place (then nothing is written).
struct Extended {
  std::string bytes;
  std::string error;
};
Extended add_response(const std::optional<std::string>& current, const ResponseSkeleton& s);

}  // namespace efc::rex
