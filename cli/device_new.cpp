#include "device_new.hpp"

#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "dossier.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "io/temp.hpp"
#include "rex/device_draft.hpp"

namespace efc::cli {
namespace {

// Writes device.yaml into the existing folder rex/ID (a device folder whose file was removed,
// say): never over an existing file.
Status write_in_existing(const LoadedDossier& d, const std::string& id, const std::string& text, const std::string& shown) {
  const io::OpenedFolder opened = io::open_below(d.root, "rex/" + id, false, d.display);  // never through a link
  if (!opened.fd.ok()) return diag::refused(opened.error);
  const io::WriteResult w = io::create_file_at(opened.fd.get(), "device.yaml", text, shown);
  if (w.status == io::WriteStatus::Exists)
    return diag::refused(fmt::format("{} already exists; efc never overwrites a file", shown));
  if (!w.ok()) return diag::refused(w.error);
  return {};
}

// Creates rex/ID holding device.yaml, whole or not at all.
Status write_new_folder(const LoadedDossier& d, const std::string& id, const std::string& text, const std::string& shown) {
  const io::OpenedFolder rex = io::open_below(d.root, "rex", true, d.display);  // never through a link
  if (!rex.fd.ok()) return diag::refused(rex.error);
  const std::string folder = io::relative(io::join(d.root, "rex/" + id), io::absolute("."));
  return io::publish_new_folder(rex.fd.get(), id, folder, "efc device new", [&](int dirfd) -> Status {
    const io::WriteResult w = io::create_file_at(dirfd, "device.yaml", text, shown);
    if (!w.ok()) return diag::refused(w.error);
    return {};
  });
}

}  // namespace

void setup_device_new(CLI::App& app, DeviceNewOptions& opts) {
  auto* device = app.add_subcommand("device", "REX devices: start a new one");
  device->require_subcommand(1);
  device->footer("Examples:\n  efc device new cadres-de-sante --kind internal");
  auto* cmd = device->add_subcommand("new", "Write rex/ID/device.yaml, commented and pre-filled; print its path");
  cmd->footer(
      "The device validates once its participants (and the audiences' members) are filled in;\n"
      "the facilitators are pre-filled with the people of facilitator organisations. An\n"
      "existing device.yaml is never overwritten (exit 3). Every key: docs/format.md.\n"
      "Examples:\n"
      "  efc device new cadres-de-sante --kind internal\n"
      "  $EDITOR \"$(efc device new marche-de-valmont --kind cross-actor)\"");
  cmd->add_option("ID", opts.id, "The device id, also its folder name under rex/")->required();
  cmd->add_option("--kind", opts.kind, "internal (within one organisation) or cross-actor (between several)")
      ->required()
      ->check(CLI::IsMember({"internal", "cross-actor"}));
}

int run_device_new(const DeviceNewOptions& opts, const GlobalOptions& global) {
  (void)global;
  if (!format::is_valid_id(opts.id)) {
    return fail(kRefused, fmt::format("'{}' is not a valid device id (a-z, 0-9 and '-', at most 64 characters)", opts.id));
  }
  const io::DiskFileSystem fs;
  const auto d = load_dossier_here(fs);
  if (!d) return report(d.failure());
  summarise_errors(*d);
  const std::string text = rex::device_draft_text(d->loaded.dossier, {opts.id, opts.kind, d->loaded.dossier.lang()});
  const std::string path = io::join(d->root, "rex/" + opts.id + "/device.yaml");
  const std::string shown = io::relative(path, io::absolute("."));
  const bool folder_exists = fs.type(io::join(d->root, "rex/" + opts.id)) == io::EntryType::Directory;
  const Status written = folder_exists ? write_in_existing(*d, opts.id, text, shown) : write_new_folder(*d, opts.id, text, shown);
  if (!written) return report(written.failure());
  std::cout << shown << '\n';
  return kDone;
}

}  // namespace efc::cli
