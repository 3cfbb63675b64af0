#include "status.hpp"

#include <CLI/CLI.hpp>

#include "calendar/calendar.hpp"
#include "dossier.hpp"
#include "page/charts.hpp"
#include "status/status.hpp"
#include "text/i18n.hpp"

namespace efc::cli {

void setup_status(CLI::App& app, StatusOptions& opts) {
  auto* cmd =
      app.add_subcommand("status", text::tr("One screen: the three registers, each device's progress, what is still open"));
  cmd->footer(
      text::tr("Sessions dated before today count as held (SOURCE_DATE_EPOCH honoured). The screen is\n"
               "built from a shared view: confidential items are left out. It is shown even when the\n"
               "dossier has errors; their number is part of it.\n"
               "Examples:\n"
               "  efc status\n"
               "  efc status --format json | jq '.open_experiments'\n"
               "  efc status --format html > status.html"));
  cmd->add_option("--format", opts.format, text::tr("text, json, or html (one page with its chart)"))
      ->check(CLI::IsMember({"text", "json", "html"}));
  add_templates_option(cmd, opts.templates);
}

int run_status(const StatusOptions& opts, const GlobalOptions& /*global*/) {
  const io::DiskFileSystem fs;
  const auto d = load_dossier_here(fs);
  if (!d) return report(d.failure());
  const auto today = calendar::today();
  if (!today) return report(today.failure());
  const auto view = view::make_view(d->loaded.dossier, view::Visibility::Shared);
  const auto data = status::status_data(view, d->loaded.diagnostics, *today);
  if (opts.format == "json") return write_document(render::to_json(*data), "");

  const auto templates = load_templates(fs, *d, opts.templates);
  if (!templates) return report(templates.failure());
  render::Tree page_data = *data;
  if (opts.format == "html") page_data.set_template_only("charts", page::status_charts(*data, d->loaded.dossier.lang()));
  const render::Rendered r = render::render(*templates, opts.format == "html" ? "status.html" : "status.txt", page_data);
  if (!r.ok) return fail(kRefused, r.error);
  return write_document(r.text, "");
}

}  // namespace efc::cli
