#include "rules/rules.hpp"

#include "rules/checks.hpp"

namespace efc::rules {

void check_all(const load::Loaded& loaded, diag::Diagnostics& out) {
  const model::Dossier& d = loaded.dossier;
  check_refs(d, loaded.refs, out);
  check_institution(d, out);
  for (const auto& device : d.devices) {
    check_device(d, device, out);
    for (const auto& session : device.sessions) check_session(device, session, out);
    check_group_text(device, out);
  }
  if (d.queue) check_queue(*d.queue, out);
  for (const auto& a : d.arbitrations) check_arbitration(d, a, out);
}

}  // namespace efc::rules
