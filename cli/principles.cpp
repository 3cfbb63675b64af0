#include "principles.hpp"

#include <CLI/CLI.hpp>

#include "bilan/principles.hpp"
#include "documents.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::cli {

void setup_principles(CLI::App& app, PrinciplesOptions& opts) {
  auto* principles = app.add_subcommand("principles", text::tr("The charter of cooperation principles"));
  principles->require_subcommand(1);
  principles->footer(text::tr("Examples:\n  efc principles render -o charte.md"));
  auto* cmd = principles->add_subcommand("render", text::tr("The charter, what invokes each principle, and what nobody invokes"));
  cmd->footer(
      text::tr("Each principle of principles.yaml with the experiments (shared ones only) and the\n"
               "arbitrations that invoke it, then the principles nobody invokes.\n"
               "\n"
               "Examples:\n"
               "  efc principles render\n"
               "  efc principles render -o charte.md"));
  cmd->add_option("-o", opts.output, text::tr("Write to FILE (never overwritten) instead of stdout; - for stdout"))
      ->type_name("FILE");
  add_templates_option(cmd, opts.templates);
  add_typography_option(cmd, opts.typography);
}

int run_principles(const PrinciplesOptions& opts, const GlobalOptions& global) {
  // The charter, the experiments of every device and the decided arbitrations that invoke it.
  const Sources sources{"charter", load::Scope::everything(), {"dossier.yaml", "principles.yaml"}, {"rex"}, true};
  const auto opened = open_sources(sources, global);
  if (!opened) return report(opened.failure());
  const model::Dossier& dossier = opened->loaded.dossier;
  const auto data = bilan::charter_data(view::make_view(dossier, view::Visibility::Shared));
  if (!data) return fail(kRefused, text::tr("this dossier has no principles.yaml: there is no charter to render"));
  const auto text = render_document(*opened, opts.templates, "principles.md", *data, opts.typography);
  if (!text) return report(text.failure());
  return emit_document(*text, opts.output, global);
}

}  // namespace efc::cli
