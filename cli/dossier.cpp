#include "dossier.hpp"

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "check/check.hpp"
#include "diag/format.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

// A command may load one device only: the others are found on the disk.
std::vector<std::string> device_ids(const LoadedDossier& d) { return device_folders(io::DiskFileSystem{}, d); }

// "(devices: a, b)", or how to make one when there is none.
std::string known_devices(const LoadedDossier& d) {
  const auto ids = device_ids(d);
  if (ids.empty()) return text::tr("(this dossier has no device yet: a device is a folder rex/ID/ holding device.yaml)");
  return text::trf("(devices: {})", fmt::join(ids, ", "));
}

}  // namespace

Result<LoadedDossier> load_dossier_here(const io::FileSystem& fs, const load::Scope& scope) {
  const std::string cwd = io::absolute(".");
  const auto root = check::find_root(fs, cwd);
  if (!root) return diag::refused(text::tr("not in a dossier: no dossier.yaml in this folder or any folder above it"));
  const std::string display = io::as_prefix(io::relative(*root, cwd));
  return LoadedDossier{*root, display, check::load_and_check(fs, *root, display, scope)};
}

void summarise_errors(const LoadedDossier& d) {
  const int errors = d.loaded.diagnostics.errors();
  if (errors == 0) return;
  std::cerr << text::ntrf("efc: the dossier has {} error; run 'efc validate' to see it\n",
                          "efc: the dossier has {} errors; run 'efc validate' to see them\n", static_cast<unsigned long>(errors),
                          errors);
}

diag::Diagnostics errors_only(const diag::Diagnostics& all) {
  diag::Diagnostics out;
  for (const auto& item : all.items()) {
    if (item.severity == diag::Severity::Error) out.add(item);
  }
  return out;
}

Result<const model::Device*> find_device(const LoadedDossier& d, const std::string& id, bool color) {
  const model::Dossier& dossier = d.loaded.dossier;
  if (!format::is_valid_id(id)) {
    return diag::refused(text::trf("'{}' is not a device id: ids use a-z, 0-9 and '-'{} {}", id,
                                   text::did_you_mean(id, device_ids(d)), known_devices(d)));
  }
  if (const model::Device* device = dossier.device(id)) return device;
  // rex or rex/ID is a folder link (rule folder-link): refused, as nothing goes through it.
  for (const auto& diag : d.loaded.diagnostics.items()) {
    if (diag.rule != diag::rule_id(diag::Rule::FolderLink) ||
        (diag.path != d.display + "rex" && diag.path != d.display + "rex/" + id))
      continue;
    diag::Diagnostics link;
    link.add(diag);
    std::cerr << diag::format_text(link, color);
    return diag::refused(text::trf("device '{}' cannot be used: {} is a symbolic link", id, diag.path));
  }
  const std::string file = "rex/" + id + "/device.yaml";
  diag::Diagnostics of_file;
  for (const auto& diag : d.loaded.diagnostics.items()) {
    if (diag.path == d.display + file) of_file.add(diag);
  }
  if (!of_file.empty()) {
    std::cerr << diag::format_text(of_file, color);
    return Failure{kDossierErrors, text::trf("device '{}' cannot be read: {}{} has errors", id, d.display, file)};
  }
  const auto ids = device_ids(d);
  return diag::refused(text::trf("no device '{}' in this dossier{} {}", id, text::did_you_mean(id, ids), known_devices(d)));
}

std::vector<std::string> device_folders(const io::FileSystem& fs, const LoadedDossier& d) {
  std::vector<std::string> ids;
  const std::string rex = io::join(d.root, "rex");
  for (const auto& e : fs.list(rex).value_or(std::vector<io::DirEntry>{})) {
    if (e.type != io::EntryType::Directory || e.link || !format::is_valid_id(e.name)) continue;
    if (fs.type(io::join(io::join(rex, e.name), "device.yaml")) == io::EntryType::File) ids.push_back(e.name);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

void add_templates_option(CLI::App* cmd, std::string& dir) {
  cmd->add_option("--templates", dir,
                  text::tr("Templates overriding the built-in ones: DIR/LANG/NAME.mustache or DIR/NAME.mustache"))
      ->type_name("DIR");
}

void add_typography_option(CLI::App* cmd, bool& on) {
  cmd->add_flag("--typography", on,
                "French typography in Markdown: no-break spaces before : ; ? ! % and inside French quotes, curly "
                "apostrophes (French HTML pages always have it)");
}

TemplatePlace template_place(const LoadedDossier& d) { return {d.loaded.dossier.lang(), d.display}; }

Result<render::TemplateSet> load_templates(const io::FileSystem& fs, const LoadedDossier& d, const std::string& dir) {
  return load_templates(fs, template_place(d), dir);
}

Result<render::TemplateSet> load_templates(const io::FileSystem& fs, const TemplatePlace& place, const std::string& dir) {
  const std::string& lang = place.lang;
  render::TemplateSet set = render::TemplateSet::builtin(lang);
  set.add_overrides(fs, place.display + "templates", lang);  // relative, so problems name files as users see them
  if (!dir.empty()) {
    if (fs.type(dir) != io::EntryType::Directory) return diag::refused(text::trf("--templates {}: no such folder", dir));
    set.add_overrides(fs, dir, lang);
  }
  const auto& problems = set.problems();
  if (problems.empty()) return set;
  for (const auto& p : problems) std::cerr << text::trf("efc: bad template: {}\n", p);
  return Failure{kRefused, ""};
}

int write_document(const std::string& text, const std::string& output) {
  if (is_stdout(output)) return print_stdout(text);
  const io::WriteResult r = io::create_file(output, text);
  if (r.ok()) return kDone;
  return fail(kRefused, r.error);
}

}  // namespace efc::cli
