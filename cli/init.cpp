#include "init.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "init/init.hpp"

namespace efc::cli {

void setup_init(CLI::App& app, InitOptions& opts) {
  auto* cmd = app.add_subcommand("init", "Create a dossier: a skeleton to fill in, or the worked example");
  cmd->footer(
      "Writes dossier.yaml (and, with --example, the whole worked example) plus the JSON Schemas\n"
      "of .efc/schemas/ for editors. Never touches an existing dossier; writes every file or none.\n"
      "Examples:\n"
      "  efc init clients/hopital-valmont\n"
      "  efc init demo --example && efc -C demo status");
  cmd->add_option("DIR", opts.dir, "Folder of the new dossier (default: the current folder; created if missing)");
  auto* lang = cmd->add_option("--lang", opts.lang, "Language of the documents: fr or en")->check(CLI::IsMember({"fr", "en"}));
  cmd->add_flag("--example", opts.example, "Write the worked example (in French) instead of a skeleton")->excludes(lang);
}

int run_init(const InitOptions& opts, const GlobalOptions& global) {
  std::vector<init::NewFile> files = opts.example ? init::example() : init::skeleton(opts.lang, init::default_id(opts.dir));
  for (auto& schema : init::schemas()) files.push_back(std::move(schema));
  const auto created = init::create_dossier(opts.dir, std::move(files));
  if (!created) return report(created.failure());
  note(global, fmt::format("efc: created a dossier in {} ({} files); next: {}efc validate", opts.dir, created->size(),
                           opts.dir == "." ? "" : fmt::format("cd {} && ", opts.dir)));
  return kDone;
}

}  // namespace efc::cli
