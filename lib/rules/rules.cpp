#include "rules/rules.hpp"

#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/i18n.hpp"
#include "text/printable.hpp"

namespace efc::rules {

std::string quoted_or(const model::Text& t, std::string_view instead) {
  return t.sealed ? std::string(instead) : quoted(text::excerpt(*t, 60));
}

std::string quoted(std::string_view value) {
  // TRANSLATORS: a word or value quoted in a message; French quotes with « ».
  return text::trf("'{}'", value);
}

std::string quoted_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + quoted(v);
  return out;
}

void check_all(const load::Loaded& loaded, diag::Diagnostics& out) {
  const model::Dossier& d = loaded.dossier;
  check_refs(d, loaded.refs, out);
  check_institution(d, out);
  for (const auto& device : d.devices) {
    check_device(d, device, out);
    for (const auto& session : device.sessions) check_session(device, session, out);
    check_responses(device, out);
    check_group_text(device, out);
  }
  if (d.queue) check_queue(*d.queue, out);
  for (const auto& a : d.arbitrations) check_arbitration(d, a, out);
  check_management(d, out);
}

}  // namespace efc::rules
