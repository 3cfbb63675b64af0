#include "documents.hpp"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "diag/format.hpp"
#include "io/safe_write.hpp"
#include "render/template.hpp"
#include "text/i18n.hpp"

namespace efc::cli {

Sources device_sources(const std::string& what, const std::string& id) {
  return {what, load::Scope::device_only(id), {"dossier.yaml", "principles.yaml"}, {"rex/" + id}, false};
}

namespace {

bool is_under(const std::string& path, const std::string& folder) {
  return path == folder || (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
                            path[folder.size()] == '/');
}

// An arbitration the charter does not read: loaded, and without a decision (a draft).
bool is_open_arbitration(const LoadedDossier& d, const std::string& shown) {
  const auto& all = d.loaded.dossier.arbitrations;
  return std::any_of(all.begin(), all.end(), [&](const model::ArbitrationFile& a) { return a.path == shown && !a.decision; });
}

// Warnings shown with a document are those about what it shows: the files of its folders
// (group-text-shared above all), not those of dossier.yaml or principles.yaml (backing-missing).
bool warns_about_content(const Sources& sources, const LoadedDossier& d, const std::string& path) {
  const std::string rel = path.substr(std::min(d.display.size(), path.size()));
  return std::any_of(sources.folders.begin(), sources.folders.end(), [&](const std::string& f) { return is_under(rel, f); });
}

// "the bilan" (or "this bilan") in the user's language, for the messages about a document.
std::string document_phrase(const std::string& what, bool this_one) {
  if (what == "bilan") return this_one ? text::tr("this bilan") : text::tr("the bilan");
  if (what == "agenda") return this_one ? text::tr("this agenda") : text::tr("the agenda");
  if (what == "worksheet") return this_one ? text::tr("this worksheet") : text::tr("the worksheet");
  if (what == "doctrine") return this_one ? text::tr("this doctrine") : text::tr("the doctrine");
  if (what == "charter") return this_one ? text::tr("this charter") : text::tr("the charter");
  return (this_one ? "this " : "the ") + what;
}

}  // namespace

bool in_sources(const Sources& sources, const LoadedDossier& d, const std::string& path) {
  if (path.compare(0, d.display.size(), d.display) != 0) return false;
  const std::string rel = path.substr(d.display.size());
  if (std::find(sources.files.begin(), sources.files.end(), rel) != sources.files.end()) return true;
  for (const auto& folder : sources.folders) {
    if (is_under(rel, folder)) return true;
  }
  if (sources.decided_arbitrations && is_under(rel, "arbitrations") && rel != "arbitrations/queue.yaml") {
    return !is_open_arbitration(d, path);
  }
  return false;
}

Status accept_sources(const Sources& sources, const LoadedDossier& d, const GlobalOptions& global) {
  diag::Diagnostics shown;
  int errors = 0;
  int elsewhere = 0;
  bool group_files = false;  // an error in rex/, where group text is written
  for (const auto& item : d.loaded.diagnostics.items()) {
    const bool error = item.severity == diag::Severity::Error;
    if (!in_sources(sources, d, item.path)) {
      elsewhere += error ? 1 : 0;
    } else if (error || warns_about_content(sources, d, item.path)) {
      errors += error ? 1 : 0;
      group_files = group_files || (error && is_under(item.path.substr(std::min(d.display.size(), item.path.size())), "rex"));
      shown.add(item);
    }
  }
  shown.sort();
  if (errors > 0 || (!global.quiet && !shown.empty())) {
    std::cerr << diag::format_text(global.quiet ? errors_only(shown) : shown, use_color(global));  // -q: errors only
  }
  if (errors > 0) {
    return Failure{kDossierErrors,
                   text::ntrf("the files {} is built from have {} error; nothing rendered{} (see efc validate)",
                              "the files {} is built from have {} errors; nothing rendered{} (see efc validate)",
                              static_cast<unsigned long>(errors), document_phrase(sources.what, false), errors,
                              group_files ? text::tr(", as an item meant to stay in the group could be read as shared") : "")};
  }
  if (elsewhere > 0 && !global.quiet) {
    std::cerr << text::ntrf("efc: {} error elsewhere in the dossier, not in the files of {}; run 'efc validate' to see it\n",
                            "efc: {} errors elsewhere in the dossier, not in the files of {}; run 'efc validate' to see them\n",
                            static_cast<unsigned long>(elsewhere), elsewhere, document_phrase(sources.what, true));
  }
  return {};
}

Result<LoadedDossier> open_sources(const Sources& sources, const GlobalOptions& global) {
  io::DiskFileSystem fs;
  EFC_TRY_ASSIGN(LoadedDossier d, load_dossier_here(fs, sources.scope));
  EFC_TRY(accept_sources(sources, d, global));
  return d;
}

namespace {

Result<std::string> rendered_text(render::Rendered r) {
  if (!r.ok) return diag::refused(text::trf("bad template: {}", r.error));
  return std::move(r.text);
}

}  // namespace

Result<std::string> render_document(const LoadedDossier& d, const std::string& templates_dir, const std::string& name,
                                    const render::Tree& data, bool markdown_typography) {
  io::DiskFileSystem fs;
  EFC_TRY_ASSIGN(render::TemplateSet set, load_templates(fs, d, templates_dir));
  set.set_markdown_typography(markdown_typography);
  return rendered_text(render::render(set, name, data));
}

Result<std::string> render_document(const TemplatePlace& place, const std::string& templates_dir, const std::string& name,
                                    render::Tree&& data, bool markdown_typography) {
  io::DiskFileSystem fs;
  EFC_TRY_ASSIGN(render::TemplateSet set, load_templates(fs, place, templates_dir));
  set.set_markdown_typography(markdown_typography);
  return rendered_text(render::render(set, name, std::move(data)));
}

int emit_document(const std::string& bytes, const std::string& output, const GlobalOptions& global) {
  if (is_stdout(output)) return write_document(bytes, "");
  const io::WriteResult w = io::create_file(output, bytes);
  if (w.status == io::WriteStatus::Exists)
    return fail(kRefused, text::trf("{} already exists; efc never overwrites a file", output));
  if (!w.ok()) return fail(kRefused, w.error);
  note(global, text::trf("wrote {}", output));
  return kDone;
}

}  // namespace efc::cli
