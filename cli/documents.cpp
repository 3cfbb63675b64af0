#include "documents.hpp"

#include <iostream>

#include <fmt/format.h>

#include "diag/format.hpp"
#include "io/safe_write.hpp"
#include "render/template.hpp"

namespace efc::cli {

std::optional<LoadedDossier> open_clean_dossier(const GlobalOptions& global, int& code) {
  io::DiskFileSystem fs;
  auto d = load_dossier_here(fs, code);
  if (!d) return std::nullopt;
  diag::Diagnostics& diags = d->loaded.diagnostics;
  diags.sort();
  const int errors = diags.errors();
  if (errors > 0 || (!global.quiet && !diags.empty())) {
    std::cerr << diag::format_text(global.quiet ? errors_only(diags) : diags, use_color(global));  // -q: errors only
  }
  if (errors > 0) {
    code = fail(kDossierErrors,
                fmt::format("the dossier has {} error{}; nothing rendered, as an item meant to stay in the group "
                            "could be read as shared (see efc validate)",
                            errors, errors == 1 ? "" : "s"));
    return std::nullopt;
  }
  return d;
}

std::optional<std::string> render_document(const LoadedDossier& d, const std::string& templates_dir,
                                           const std::string& name, const render::Tree& data, int& code) {
  io::DiskFileSystem fs;
  const auto set = load_templates(fs, d, templates_dir, code);
  if (!set) return std::nullopt;
  const render::Rendered r = render::render(*set, name, render::to_view(data));
  if (!r.ok) {
    code = fail(kRefused, fmt::format("bad template: {}", r.error));
    return std::nullopt;
  }
  return r.text;
}

int emit_document(const std::string& bytes, const std::string& output, const GlobalOptions& global) {
  if (is_stdout(output)) return write_document(bytes, "");
  const io::WriteResult w = io::create_file(output, bytes);
  if (w.status == io::WriteStatus::Exists) return fail(kRefused, fmt::format("{} already exists; efc never overwrites a file", output));
  if (!w.ok()) return fail(kRefused, w.error);
  note(global, fmt::format("wrote {}", output));
  return kDone;
}

}  // namespace efc::cli
