#include "bilan.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bilan/bilan.hpp"
#include "documents.hpp"
#include "text/spell.hpp"
#include "view/visibility.hpp"

namespace efc::cli {
namespace {

// "no device 'x' in this dossier; its devices: a, b; did you mean 'a'?"
std::string unknown_device(const model::Dossier& d, const std::string& asked) {
  std::vector<std::string> ids;
  for (const auto& device : d.devices) ids.push_back(device.file.folder);
  std::string known;
  for (const auto& id : ids) known += (known.empty() ? "" : ", ") + id;
  const auto close = text::closest(asked, ids);
  return fmt::format("no device '{}' in this dossier; its devices: {}{}", asked,
                     known.empty() ? "none (no rex/<device>/device.yaml)" : known,
                     close ? fmt::format("; did you mean '{}'?", *close) : "");
}

}  // namespace

void setup_bilan(CLI::App& app, BilanOptions& opts) {
  auto* bilan = app.add_subcommand("bilan", "Bilans of REX devices");
  bilan->require_subcommand(1);
  bilan->footer("Examples:\n  efc bilan render chefs-de-service --audience direction -o bilan-direction.md");
  auto* cmd = bilan->add_subcommand("render", "The bilan of a device for one audience, honouring visibility");
  cmd->footer(
      "An audience that receives 'shared' gets no group text at all: no story, no narrator,\n"
      "no note, no confidential item, no individual attendance; whatever the templates ask for.\n"
      "\n"
      "Examples:\n"
      "  efc bilan render chefs-de-service                  for the first audience receiving shared\n"
      "  efc bilan render chefs-de-service --audience participants -o bilan-groupe.md\n"
      "  efc bilan render chefs-de-service --format json    the same data, for scripts");
  cmd->add_option("DEVICE", opts.device, "The device (its folder under rex/)")->required();
  cmd->add_option("--audience", opts.audience, "Audience id (default: the first that receives shared)")->type_name("ID");
  cmd->add_option("--format", opts.format, "md (Markdown with YAML front matter) or json")
      ->check(CLI::IsMember({"md", "json"}));
  cmd->add_option("-o", opts.output, "Write to FILE (never overwritten) instead of stdout; - for stdout")->type_name("FILE");
  add_templates_option(cmd, opts.templates);
}

int run_bilan(const BilanOptions& opts, const GlobalOptions& global) {
  int code = kDone;
  const auto opened = open_clean_dossier(global, code);
  if (!opened) return code;
  const model::Dossier& dossier = opened->loaded.dossier;
  const model::Device* device = dossier.device(opts.device);
  if (device == nullptr) {
    return fail(kUsage, unknown_device(dossier, opts.device));
  }
  const bilan::AudienceChoice choice = bilan::choose_audience(device->file, opts.audience);
  if (choice.audience == nullptr) return fail(device->file.audiences.empty() ? kRefused : kUsage, choice.error);
  const view::DossierView view = view::make_view(dossier, view::visibility_of(*choice.audience));
  const auto data = bilan::bilan_data(view, opts.device, *choice.audience->id);
  if (!data) return fail(kRefused, "internal error: the bilan data could not be built");
  if (opts.format == "json") return emit_document(render::to_json(*data), opts.output, global);
  const auto text = render_document(*opened, opts.templates, "bilan.md", *data, code);
  if (!text) return code;
  return emit_document(*text, opts.output, global);
}

}  // namespace efc::cli
