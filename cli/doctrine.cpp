#include "doctrine.hpp"

#include <CLI/CLI.hpp>

#include "bilan/doctrine.hpp"
#include "documents.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::cli {

void setup_doctrine(CLI::App& app, DoctrineOptions& opts) {
  auto* cmd = app.add_subcommand("doctrine",
                                 text::tr("The shared vocabulary gathered across all sessions, with where each term appeared"));
  cmd->footer(
      text::tr("A shared document: terms marked confidential stay in their group.\n"
               "Terms are sorted ignoring case and accents; spellings of one term are merged.\n"
               "\n"
               "Examples:\n"
               "  efc doctrine > doctrine.md\n"
               "  efc doctrine --format json | jq '.terms[].term'"));
  cmd->add_option("--format", opts.format, text::tr("md (Markdown with YAML front matter) or json"))
      ->check(CLI::IsMember({"md", "json"}));
  add_templates_option(cmd, opts.templates);
  add_typography_option(cmd, opts.typography);
}

int run_doctrine(const DoctrineOptions& opts, const GlobalOptions& global) {
  // The vocabulary of every device; principles and arbitrations are not read.
  const Sources sources{"doctrine", {true, "", false, false}, {"dossier.yaml"}, {"rex"}, false};
  const auto opened = open_sources(sources, global);
  if (!opened) return report(opened.failure());
  const model::Dossier& dossier = opened->loaded.dossier;
  const render::Tree data = bilan::doctrine_data(view::make_view(dossier, view::Visibility::Shared));
  if (opts.format == "json") return emit_document(render::to_json(data), "", global);
  const auto text = render_document(*opened, opts.templates, "doctrine.md", data, opts.typography);
  if (!text) return report(text.failure());
  return emit_document(*text, "", global);
}

}  // namespace efc::cli
