#include "bilan.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bilan/bilan.hpp"
#include "documents.hpp"
#include "format/scalars.hpp"
#include "page/charts.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::cli {

void setup_bilan(CLI::App& app, BilanOptions& opts) {
  auto* bilan = app.add_subcommand("bilan", text::tr("Bilans of REX devices"));
  bilan->require_subcommand(1);
  bilan->footer(text::tr("Examples:\n  efc bilan render chefs-de-service --audience direction -o bilan-direction.md"));
  auto* cmd = bilan->add_subcommand("render", text::tr("The bilan of a device for one audience, honouring visibility"));
  cmd->footer(
      text::tr("An audience that receives 'shared' gets no group text at all: no story, no narrator,\n"
               "no note, no confidential item, no individual attendance; whatever the templates ask for.\n"
               "\n"
               "Examples:\n"
               "  efc bilan render chefs-de-service                  for the first audience receiving shared\n"
               "  efc bilan render chefs-de-service --audience participants -o bilan-groupe.md\n"
               "  efc bilan render chefs-de-service --format json    the same data, for scripts\n"
               "  efc bilan render chefs-de-service --format html -o bilan.html   a page to send or print"));
  cmd->add_option("DEVICE", opts.device, text::tr("The device (its folder under rex/)"))->required();
  cmd->add_option("--audience", opts.audience, text::tr("Audience id (default: the first that receives shared)"))
      ->type_name("ID");
  cmd->add_option("--format", opts.format,
                  text::tr("md (Markdown with YAML front matter), json, or html (one page with its charts)"))
      ->check(CLI::IsMember({"md", "json", "html"}));
  cmd->add_option("-o", opts.output, text::tr("Write to FILE (never overwritten) instead of stdout; - for stdout"))
      ->type_name("FILE");
  add_templates_option(cmd, opts.templates);
  add_typography_option(cmd, opts.typography);
}

int run_bilan(const BilanOptions& opts, const GlobalOptions& global) {
  const Sources sources = device_sources("bilan", format::is_valid_id(opts.device) ? opts.device : std::string());
  auto opened = open_sources(sources, global);
  if (!opened) return report(opened.failure());
  const auto found = find_device(*opened, opts.device, use_color(global));
  if (!found) return report(found.failure());
  const model::Device* device = *found;
  const bilan::AudienceChoice choice = bilan::choose_audience(device->file, opts.audience);
  if (choice.audience == nullptr) {
    // --audience missing where no audience receives shared: the command line is incomplete (2);
    // an unknown audience, or none declared, is refused (3), as every unknown name is.
    const bool ask_for_option = !opts.audience && !device->file.audiences.empty();
    return fail(ask_for_option ? kUsage : kRefused, choice.error);
  }
  // The loaded model becomes the view (not copied) and the rest of the load is released; the
  // view goes once the bilan's data is built: the time of a document goes largely to the
  // memory it touches (docs/benchmarks.md).
  const TemplatePlace place = template_place(*opened);
  const view::Visibility visibility = view::visibility_of(*choice.audience);
  const std::string audience = *choice.audience->id;
  const std::string lang = opened->loaded.dossier.lang();
  std::optional<render::Tree> data;
  {
    const view::DossierView view = view::make_view(std::move(opened->loaded.dossier), visibility);
    *opened = LoadedDossier{};  // the rest of the load, released
    data = bilan::bilan_data(view, opts.device, audience);
  }
  if (!data) return fail(kRefused, text::tr("internal error: the bilan data could not be built"));
  if (opts.format == "json") return emit_document(render::to_json(*data), opts.output, global);
  if (opts.format == "html") data->set_template_only("charts", page::bilan_charts(*data, lang));
  auto text = render_document(place, opts.templates, opts.format == "html" ? "bilan.html" : "bilan.md", std::move(*data),
                              opts.typography);
  data.reset();
  if (!text) return report(text.failure());
  return emit_document(*text, opts.output, global);
}

}  // namespace efc::cli
