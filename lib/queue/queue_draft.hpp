// The file `efc queue new` writes: arbitrations/queue.yaml, commented, in the dossier's
// language. It validates as written: the requests are left to add, with a commented sample.
#pragma once

#include <string>

namespace efc::queue {

struct QueueDraftInput {
  std::string performer;  // a person id of the dossier
  std::string lang;       // "fr" or "en"
};

// The YAML text of the new queue.yaml, starting with its yaml-language-server line.
std::string queue_draft_text(const QueueDraftInput& in);

}  // namespace efc::queue
