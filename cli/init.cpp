#include "init.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "init/init.hpp"
#include "text/i18n.hpp"

namespace efc::cli {

void setup_init(CLI::App& app, InitOptions& opts) {
  auto* cmd = app.add_subcommand("init", text::tr("Create a dossier to fill in, or the worked example's portfolio"));
  cmd->footer(
      text::tr("Writes dossier.yaml plus the JSON Schemas of .efc/schemas/ for editors. With --example,\n"
               "writes the worked example instead: a portfolio of three dossiers, one per client, in DIR.\n"
               "Never touches an existing dossier; writes every file or none.\n"
               "Examples:\n"
               "  efc init clients/hopital-valmont\n"
               "  efc init --example demo && efc portfolio status demo"));
  cmd->add_option(
      "DIR", opts.dir,
      text::tr("Folder of the new dossier, or of the example's dossiers (default: the current folder; created if missing)"));
  auto* lang =
      cmd->add_option("--lang", opts.lang, text::tr("Language of the documents: fr or en"))->check(CLI::IsMember({"fr", "en"}));
  cmd->add_flag("--example", opts.example, text::tr("Write the worked example (in French): a dossier per client, in DIR"))
      ->excludes(lang);
}

namespace {

// The worked example: its dossiers side by side in opts.dir, then what to run next.
int run_init_example(const InitOptions& opts, const GlobalOptions& global) {
  const auto created = init::create_portfolio(opts.dir, init::example());
  if (!created) return report(created.failure());
  const std::vector<std::string> dossiers = init::example_dossiers();
  std::string names;
  for (const auto& d : dossiers) names += (names.empty() ? "" : ", ") + d;
  note(global, text::trf("efc: created {} dossiers in {} ({}; {} files); next: efc portfolio status {}", dossiers.size(),
                         opts.dir, names, created->size(), opts.dir));
  return kDone;
}

}  // namespace

int run_init(const InitOptions& opts, const GlobalOptions& global) {
  if (opts.example) return run_init_example(opts, global);
  std::vector<init::NewFile> files = init::skeleton(opts.lang, init::default_id(opts.dir));
  for (auto& schema : init::schemas()) files.push_back(std::move(schema));
  const auto created = init::create_dossier(opts.dir, std::move(files));
  if (!created) return report(created.failure());
  note(global, text::trf("efc: created a dossier in {} ({} files); next: {}efc validate", opts.dir, created->size(),
                         opts.dir == "." ? "" : fmt::format("cd {} && ", opts.dir)));
  return kDone;
}

}  // namespace efc::cli
