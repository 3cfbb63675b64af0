#include "validate.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "check/check.hpp"
#include "dossier.hpp"
#include "check/portfolio.hpp"
#include "diag/format.hpp"
#include "io/paths.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

// One dossier to check, and the part of it whose findings are shown (absolute; "" = all of it).
struct Target {
  std::string root;
  std::string filter;
};

// Whether absolute `path` is `filter` or inside it ("" = anywhere).
bool under(const std::string& path, const std::string& filter) {
  return filter.empty() || path == filter || path.rfind(filter + "/", 0) == 0;
}

// Resolves PATH arguments into dossiers; "" on success, else the refusal message.
// An empty PATH (no PATH given) stands for the whole dossier around the current folder.
std::string resolve_targets(const io::FileSystem& fs, const std::vector<std::string>& paths, std::vector<Target>& out) {
  for (const auto& arg : paths) {
    const std::string abs = io::absolute(arg);
    const std::string shown = arg.empty() ? "." : arg;
    if (fs.type(abs) == io::EntryType::Other) return text::trf("no such file or folder: {}", shown);
    if (const auto root = check::find_root(fs, abs)) {
      out.push_back({*root, *root == abs || arg.empty() ? "" : abs});
      continue;
    }
    const auto below = fs.type(abs) == io::EntryType::Directory ? check::find_roots_below(fs, abs) : std::vector<std::string>{};
    if (below.empty()) return text::trf("not in a dossier: no dossier.yaml in {} or any folder above it", shown);
    for (const auto& r : below) out.push_back({r, ""});
  }
  return "";
}

// Merges targets naming the same dossier; a whole-dossier target absorbs the partial ones.
std::vector<std::pair<std::string, std::vector<std::string>>> group_by_root(const std::vector<Target>& targets) {
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  for (const auto& t : targets) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == t.root; });
    if (it == groups.end()) it = groups.insert(groups.end(), {t.root, {}});
    it->second.push_back(t.filter);
  }
  return groups;
}

diag::Diagnostics check_targets(const io::FileSystem& fs, const std::vector<Target>& targets) {
  const std::string cwd = io::absolute(".");
  const auto groups = group_by_root(targets);
  std::vector<check::DossierRef> dossiers;
  for (const auto& [root, filters] : groups) dossiers.push_back({root, io::as_prefix(io::relative(root, cwd))});
  const auto results = check::check_dossiers(fs, dossiers);
  diag::Diagnostics all;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& filters = groups[i].second;
    for (diag::Diagnostic d : results[i].items()) {
      // From <root>/rex the loader's "../rex/a/device.yaml" is shown "a/device.yaml", as git shows it.
      const std::string file = io::absolute(io::join(cwd, d.path));
      if (std::none_of(filters.begin(), filters.end(), [&](const std::string& f) { return under(file, f); })) continue;
      d.path = io::relative(file, cwd);
      all.add(d);
    }
  }
  all.sort();
  return all;
}

// Inside GitHub Actions, annotations name files from the repository root (GITHUB_WORKSPACE),
// whatever the current folder or -C: GitHub matches them against the files of the pull request.
void relative_to_workspace(diag::Diagnostics& diags) {
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  if (!in_github_actions() || workspace == nullptr || *workspace == '\0') return;
  const std::string root = io::absolute(workspace);
  diag::Diagnostics moved;
  for (diag::Diagnostic d : diags.items()) {
    d.path = io::relative(io::absolute(d.path), root);
    moved.add(std::move(d));
  }
  diags = std::move(moved);
}

// "2 errors, 1 warning"
std::string totals(const diag::Diagnostics& diags) {
  const auto errors = static_cast<unsigned long>(diags.errors());
  const auto warnings = static_cast<unsigned long>(diags.warnings());
  // TRANSLATORS: "2 errors, 1 warning"
  return text::trf("{}, {}", text::ntrf("{} error", "{} errors", errors, errors),
                   text::ntrf("{} warning", "{} warnings", warnings, warnings));
}

// The form asked with --format; without it, github inside GitHub Actions, else text.
diag::OutputFormat output_format(const std::string& name) {
  if (name.empty()) return in_github_actions() ? diag::OutputFormat::Github : diag::OutputFormat::Text;
  if (name == "json") return diag::OutputFormat::Json;
  if (name == "github") return diag::OutputFormat::Github;
  return diag::OutputFormat::Text;
}

}  // namespace

void setup_validate(CLI::App& app, ValidateOptions& opts) {
  auto* cmd = app.add_subcommand("validate", text::tr("Check dossiers against the format and the cooperation rules"));
  cmd->footer(
      text::tr("Examples:\n"
               "  efc validate                      the dossier around the current folder\n"
               "  efc validate clients/*/           several dossiers, or a folder holding them\n"
               "  efc validate rex/chefs/sessions/03.yaml   only the findings of one file\n"
               "  efc validate --strict --format github     in CI: warnings fail too"));
  cmd->add_option("PATH", opts.paths, text::tr("Dossier roots, folders or files inside a dossier (default: .)"));
  cmd->add_flag("--strict", opts.strict, text::tr("Exit 1 on warnings too"));
  cmd->add_option(
         "--format", opts.format,
         text::tr("Output form: text (stderr), json or github (stdout); default: github when GITHUB_ACTIONS=true, else text"))
      ->check(CLI::IsMember({"text", "json", "github"}));
}

int run_validate(const ValidateOptions& opts, const GlobalOptions& global) {
  io::DiskFileSystem fs;
  std::vector<Target> targets;
  const std::vector<std::string> paths = opts.paths.empty() ? std::vector<std::string>{""} : opts.paths;
  if (const std::string refusal = resolve_targets(fs, paths, targets); !refusal.empty()) {
    // JSON is always a document, even when nothing could be checked: an empty array.
    if (output_format(opts.format) == diag::OutputFormat::Json && print_stdout(diag::format_json({})) != kDone) return kRefused;
    return fail(kRefused, refusal);
  }

  diag::Diagnostics diags = check_targets(fs, targets);
  const auto fmt_kind = output_format(opts.format);
  if (fmt_kind == diag::OutputFormat::Github) relative_to_workspace(diags);
  // --quiet keeps the errors of the text form (warnings too under --strict, where they fail).
  const bool hide_warnings = global.quiet && !opts.strict && fmt_kind == diag::OutputFormat::Text;
  std::string out = diag::format(hide_warnings ? errors_only(diags) : diags, fmt_kind, use_color(global));
  // GitHub shows 10 error and 10 warning annotations per step: the totals say how many there are.
  if (fmt_kind == diag::OutputFormat::Github && !diags.empty() && !global.quiet) {
    out += fmt::format("::notice title=efc validate::{}\n",
                       text::trf("{} (GitHub shows at most 10 annotations of each kind per step; 'efc validate --format "
                                 "text' lists them all)",
                                 totals(diags)));
  }
  if (fmt_kind == diag::OutputFormat::Text) std::cerr << out;
  else if (print_stdout(out) != kDone) return kRefused;
  if (fmt_kind == diag::OutputFormat::Text && !diags.empty()) note(global, text::trf("efc: {}", totals(diags)));
  const bool failed = diags.errors() > 0 || (opts.strict && diags.warnings() > 0);
  return failed ? kDossierErrors : kDone;
}

}  // namespace efc::cli
