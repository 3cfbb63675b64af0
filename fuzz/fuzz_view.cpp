// libFuzzer target over the confidentiality view: the input becomes session 01 of the minimal
// dossier (tests/unit/support), the dossier is loaded and checked, and every document a shared
// audience can get (status, the bilan of each shared audience, doctrine, charter) is built as
// JSON from view::make_view(Shared), errors or not. Every free text the group view reads as group
// (a group field, or an item confidential or in doubt) is a canary: a canary that is not also
// written in a shared field of the shared view must appear in no output. Any such leak is a finding.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "bilan/bilan.hpp"
#include "bilan/doctrine.hpp"
#include "bilan/principles.hpp"
#include "check/check.hpp"
#include "format/kinds.hpp"
#include "fuzz_support.hpp"
#include "render/tree.hpp"
#include "status/status.hpp"
#include "view/visibility.hpp"

namespace {

using namespace efc;

constexpr std::size_t kShortest = 6;  // shorter texts ("a", "night") occur anywhere by chance

struct Texts {
  std::set<std::string> group, shared;
};

// Group texts of the group view (doubts marked), and every text the shared view still holds.
Texts texts_of(const model::Dossier& d) {
  Texts t;
  format::visit_all_texts(view::make_view(d, view::Visibility::Group).dossier(), [&](const std::string&, const format::TextVisit& v) {
    if (v.visibility == format::Visibility::Group && v.field.kind == format::ScalarKind::Text && v.text->size() >= kShortest) {
      t.group.insert(*v.text);
    }
  });
  format::visit_all_texts(view::make_view(d, view::Visibility::Shared).dossier(),
                          [&](const std::string&, const format::TextVisit& v) { t.shared.insert(*v.text); });
  return t;
}

// The canaries: group texts that no shared text holds (those are written in shared fields too).
std::set<std::string> canaries(const Texts& t) {
  std::set<std::string> out;
  for (const auto& g : t.group) {
    bool written_shared = false;
    for (const auto& s : t.shared) written_shared = written_shared || s.find(g) != std::string::npos;
    if (!written_shared) out.insert(g);
  }
  return out;
}

std::string shared_outputs(const load::Loaded& loaded) {
  const view::DossierView shared = view::make_view(loaded.dossier, view::Visibility::Shared);
  std::string out;
  if (const auto status = status::status_data(shared, loaded.diagnostics, model::Date{2026, 1, 1})) out += render::to_json(*status);
  for (const auto& device : loaded.dossier.devices) {
    for (const auto& a : device.file.audiences) {
      if (!a.id || view::visibility_of(a) != view::Visibility::Shared) continue;
      if (const auto bilan = bilan::bilan_data(shared, device.file.folder, *a.id)) out += render::to_json(*bilan);
    }
  }
  out += render::to_json(bilan::doctrine_data(shared));
  if (const auto charter = bilan::charter_data(shared)) out += render::to_json(*charter);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  io::MemoryFileSystem fs = fuzz::base_dossier();
  fs.add("rex/dev/sessions/01.yaml", std::string(reinterpret_cast<const char*>(data), size));
  const load::Loaded loaded = check::load_and_check(fs, "", "");
  const std::string out = shared_outputs(loaded);
  for (const auto& canary : canaries(texts_of(loaded.dossier))) {
    const std::string quoted = render::to_json(render::Tree(canary));  // as the JSON outputs write it
    fuzz::expect(out.find(quoted.substr(1, quoted.size() - 2)) == std::string::npos, "a group text reached a shared output");
  }
  return 0;
}
