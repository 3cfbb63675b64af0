#include "documents.hpp"

#include <iostream>

#include <fmt/format.h>

#include "check/check.hpp"
#include "diag/format.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "render/template.hpp"

namespace efc::cli {

OpenedDossier open_dossier(const GlobalOptions& global) {
  io::DiskFileSystem fs;
  const std::string cwd = io::absolute(".");
  const auto root = check::find_root(fs, cwd);
  if (!root) return {std::nullopt, fail(kRefused, "not in a dossier: no dossier.yaml in this folder or any folder above it"), ""};
  load::Loaded loaded = check::load_and_check(fs, *root, io::as_prefix(io::relative(*root, cwd)));
  loaded.diagnostics.sort();
  const bool has_errors = loaded.diagnostics.errors() > 0;
  if (has_errors || (!global.quiet && !loaded.diagnostics.empty())) {
    std::cerr << diag::format_text(loaded.diagnostics, use_color(global));
  }
  if (has_errors) {
    return {std::nullopt,
            fail(kDossierErrors, fmt::format("the dossier has {} error{}; nothing rendered (see efc validate)",
                                             loaded.diagnostics.errors(), loaded.diagnostics.errors() == 1 ? "" : "s")),
            *root};
  }
  return {std::move(loaded), kDone, *root};
}

std::optional<std::string> render_document(const std::string& root, const std::string& lang, const std::string& name,
                                           const render::Tree& data) {
  io::DiskFileSystem fs;
  render::TemplateSet set = render::TemplateSet::builtin(lang);
  const std::string shown = io::as_prefix(io::relative(root, io::absolute("."))) + "templates";
  set.add_overrides(fs, shown.empty() ? "templates" : shown, lang);
  const render::Rendered r = render::render(set, name, render::to_view(data));
  if (!r.ok) {
    fail(kRefused, fmt::format("cannot render {}: {}", name, r.error));
    return std::nullopt;
  }
  return r.text;
}

int emit_document(const std::string& bytes, const std::string& output, const GlobalOptions& global) {
  if (output.empty()) {
    std::cout << bytes;
    std::cout.flush();
    return std::cout ? kDone : fail(kRefused, "cannot write to the standard output");
  }
  const io::WriteResult w = io::create_file(output, bytes);
  if (w.status == io::WriteStatus::Exists) return fail(kRefused, fmt::format("{} already exists; efc never overwrites a file", output));
  if (!w.ok()) return fail(kRefused, w.error);
  note(global, fmt::format("wrote {}", output));
  return kDone;
}

}  // namespace efc::cli
