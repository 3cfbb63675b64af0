// libFuzzer target over the loader, every rule and the documents: the input becomes one
// file of the minimal dossier of the unit tests (tests/unit/support: every file kind, no
// finding), then check::load_and_check runs on the whole dossier in memory. The first byte
// picks the file kind (its value modulo 6, see kPlaces); the rest is the file's bytes. When
// the dossier has no error, as the commands require, its bilans (every audience), doctrine
// and charter are rendered with the built-in templates. Any crash, sanitizer report, hang,
// diagnostic outside the contract (unknown position, multi-line text) or failed rendering is
// a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>

#include "bilan/bilan.hpp"
#include "bilan/doctrine.hpp"
#include "bilan/principles.hpp"
#include "check/check.hpp"
#include "diag/format.hpp"
#include "fuzz_support.hpp"
#include "render/template.hpp"
#include "view/visibility.hpp"

namespace {

// Where the input goes, by kind: dossier, principles, device, session, queue, arbitration.
constexpr const char* kPlaces[] = {
    "dossier.yaml",
    "principles.yaml",
    "rex/dev/device.yaml",
    "rex/dev/sessions/01.yaml",
    "arbitrations/queue.yaml",
    "arbitrations/a-1.yaml",
};

void expect_rendered(const efc::render::TemplateSet& set, const char* name, const efc::render::Tree& data) {
  const efc::render::Rendered r = efc::render::render(set, name, efc::render::to_view(data));
  efc::fuzz::expect(r.ok, "a built-in template failed to render");
  efc::fuzz::expect(!efc::render::to_json(data).empty(), "empty JSON");
}

// What bilan render, doctrine and principles render produce from a clean dossier.
void render_documents(const efc::model::Dossier& d) {
  using namespace efc;
  const render::TemplateSet set = render::TemplateSet::builtin(d.lang());
  for (const auto& device : d.devices) {
    for (const auto& audience : device.file.audiences) {
      const view::DossierView v = view::make_view(d, view::visibility_of(audience));
      const auto data = bilan::bilan_data(v, device.file.folder, *audience.id);
      fuzz::expect(data.has_value(), "no bilan data for a clean dossier");
      expect_rendered(set, "bilan.md", *data);
    }
  }
  const view::DossierView shared = view::make_view(d, view::Visibility::Shared);
  expect_rendered(set, "doctrine.md", bilan::doctrine_data(shared));
  if (const auto charter = bilan::charter_data(shared)) expect_rendered(set, "principles.md", *charter);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* place = kPlaces[data[0] % (sizeof kPlaces / sizeof kPlaces[0])];
  efc::io::MemoryFileSystem fs = efc::fuzz::base_dossier();
  fs.add(place, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  const efc::load::Loaded loaded = efc::check::load_and_check(fs, "", "");
  efc::fuzz::check_contract(loaded.diagnostics);
  if (loaded.diagnostics.errors() == 0) render_documents(loaded.dossier);
  return 0;
}
