#include "queue/queue_draft.hpp"

#include <fmt/format.h>

#include "schema/editors.hpp"

namespace efc::queue {
namespace {

constexpr const char* kQueueFileFrench = R"(# La file de travail et la règle convenue pour elle : efc arbitration impact s'en
# sert pour mesurer ce que coûte aux autres une demande qui passe devant.
# Écrit par efc queue new : ajoutez les demandes dans l'ordre de la file, puis lancez
# efc validate. Chaque clé est décrite dans format.md (installé dans share/doc/efc/).
rule: fifo                         # premier entré, premier traité
performer: {performer:<23} # {who}
working_days: [mon, tue, wed, thu, fri]
# Jours non travaillés en plus de ceux de la semaine (fériés, fermeture) :
holidays: []

# Les demandes, dans l'ordre de la file. Par exemple :
#   - id: r-101                    # un id, repris par arbitration new --request
#     client: Nom du client
#     entered: 2025-03-03          # entrée dans la file
#     requested_by: ID             # qui l'a mise dans la file (une personne)
#     effort_days: 3               # jours de travail qu'elle demande
#     promised: 2025-03-14         # facultatif : la date promise au client
#     done: 2025-03-12             # facultatif : le jour de la livraison
requests: []
)";

constexpr const char* kQueueFileEnglish = R"(# The work queue and the rule agreed for it: efc arbitration impact
# uses it to measure what a request that jumps the queue costs the others.
# Written by efc queue new: add the requests in queue order, then run efc validate.
# Every key is described in format.md (installed in share/doc/efc/).
rule: fifo                         # first in, first served
performer: {performer:<23} # {who}
working_days: [mon, tue, wed, thu, fri]
# Days off besides the weekly ones (public holidays, closures):
holidays: []

# The requests, in queue order. For example:
#   - id: r-101                    # an id, used by arbitration new --request
#     client: Client name
#     entered: 2025-03-03          # when it entered the queue
#     requested_by: ID             # who put it in the queue (a person)
#     effort_days: 3               # working days it takes
#     promised: 2025-03-14         # optional: the date promised to the client
#     done: 2025-03-12             # optional: the day it was delivered
requests: []
)";

}  // namespace

std::string queue_draft_text(const QueueDraftInput& in) {
  return schema::modeline("queue", "arbitrations/queue.yaml") + "\n" +
         fmt::format(fmt::runtime(in.lang == "en" ? kQueueFileEnglish : kQueueFileFrench), fmt::arg("performer", in.performer),
                     fmt::arg("who", in.lang == "en" ? "who does the queued work" : "qui traite la file"));
}

}  // namespace efc::queue
