// The file `efc device new` writes: rex/ID/device.yaml, commented, in the dossier's language.
// It validates as soon as its participants are filled in (the facilitators are pre-filled with
// the people of `facilitator` organisations, when the dossier has some).
#pragma once

#include <string>

#include "model/model.hpp"

namespace efc::rex {

struct DeviceDraftInput {
  std::string id;    // a valid id: the folder name
  std::string kind;  // "internal" or "cross-actor"
  std::string lang;  // "fr" or "en": language of the comments and sample texts
};

// The YAML text of the new device.yaml, starting with its yaml-language-server line.
std::string device_draft_text(const model::Dossier& d, const DeviceDraftInput& in);

}  // namespace efc::rex
