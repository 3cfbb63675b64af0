#include "portfolio.hpp"

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "calendar/calendar.hpp"
#include "documents.hpp"
#include "io/paths.hpp"
#include "portfolio/portfolio.hpp"
#include "portfolio/screen.hpp"
#include "render/template.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

// The dossiers named by DIR arguments (none: the current folder), each with the prefix of its
// paths in diagnostics; or why none could be found (exit 3).
Result<std::vector<check::DossierRef>> portfolio_dossiers(const io::FileSystem& fs, const std::vector<std::string>& dirs) {
  std::vector<portfolio::Place> places;
  for (const auto& d : dirs) places.push_back({io::absolute(d), d});
  if (places.empty()) places.push_back({io::absolute("."), ""});
  const portfolio::Located located = portfolio::locate(fs, places);
  if (!located.refusal.empty()) return diag::refused(located.refusal);
  const std::string cwd = io::absolute(".");
  std::vector<check::DossierRef> refs;
  for (const auto& root : located.roots) refs.push_back({root, io::as_prefix(io::relative(root, cwd))});
  return refs;
}

// Built-in templates of `lang`, then --templates DIR; or why not (each problem printed, exit 3).
Result<render::TemplateSet> portfolio_templates(const io::FileSystem& fs, const std::string& lang, const std::string& dir) {
  render::TemplateSet set = render::TemplateSet::builtin(lang);
  if (!dir.empty()) {
    if (fs.type(dir) != io::EntryType::Directory) return diag::refused(text::trf("--templates {}: no such folder", dir));
    set.add_overrides(fs, dir, lang);
  }
  for (const auto& p : set.problems()) std::cerr << text::trf("efc: bad template: {}\n", p);
  if (set.problems().empty()) return set;
  return Failure{kRefused, ""};
}

int run_status_of_portfolio(const PortfolioOptions& opts, const GlobalOptions& /*global*/) {
  const io::DiskFileSystem fs;
  const auto today = calendar::today();
  if (!today) return report(today.failure());
  const auto refs = portfolio_dossiers(fs, opts.status_dirs);
  if (!refs) return report(refs.failure());
  const auto dossiers = portfolio::summarise_all(fs, *refs, *today);
  const std::string lang = opts.lang.empty() ? portfolio::common_lang(dossiers) : opts.lang;
  const render::Tree data = portfolio::status_tree(dossiers, *today, lang);
  // Like efc validate: a dossier with errors fails the run, once everything is printed.
  const bool errors = std::any_of(dossiers.begin(), dossiers.end(), [](const auto& d) { return d.errors > 0; });
  const int done = errors ? kDossierErrors : kDone;
  if (opts.status_format == "json") return print_stdout(render::to_json(data)) == kDone ? done : kRefused;

  const auto templates = portfolio_templates(fs, lang, opts.templates);
  if (!templates) return report(templates.failure());
  const std::string name = opts.status_format == "html" ? "portfolio-status.html" : "portfolio-status.txt";
  const render::Rendered r = render::render(*templates, name, data);
  if (!r.ok) return fail(kRefused, r.error);
  return print_stdout(r.text) == kDone ? done : kRefused;
}

int run_agenda_of_portfolio(const PortfolioOptions& opts, const GlobalOptions& global) {
  const io::DiskFileSystem fs;
  const auto today = calendar::today();
  if (!today) return report(today.failure());
  const auto refs = portfolio_dossiers(fs, opts.agenda_dirs);
  if (!refs) return report(refs.failure());
  const portfolio::Merged merged = portfolio::merge_events(portfolio::upcoming_all(fs, *refs, *today));
  for (const auto& why : merged.left_out) std::cerr << "efc: " << why << '\n';
  const int written = emit_document(ics::calendar(merged.events, "-//efc//efc portfolio agenda//EN"), opts.output, global);
  if (written != kDone) return written;
  return merged.left_out.empty() ? kDone : kDossierErrors;
}

}  // namespace

void setup_portfolio(CLI::App& app, PortfolioOptions& opts) {
  auto* cmd = app.add_subcommand("portfolio", text::tr("One view over many dossiers: where each mission stands, one calendar"));
  cmd->require_subcommand(1);
  cmd->footer(
      text::tr("DIR is a dossier, a folder inside one, or a folder holding dossiers (default: the\n"
               "current folder). Every figure comes from the dossiers' shared views.\n"
               "\n"
               "Examples:\n"
               "  efc portfolio status clients/        one line per dossier, then the whole\n"
               "  efc portfolio agenda clients/ -o missions.ics"));
  opts.command = cmd;

  auto* status = cmd->add_subcommand("status", text::tr("One line per dossier: next session, sessions held, what waits, errors"));
  status->footer(
      text::tr("Each dossier is checked as efc validate checks it; one with errors is listed with its\n"
               "counts, and the run then exits 1. Sessions dated before today count as held.\n"
               "\n"
               "Examples:\n"
               "  efc portfolio status                          the dossiers under the current folder\n"
               "  efc portfolio status clients/a clients/b --format json\n"
               "  efc portfolio status clients/ --format html > portefeuille.html"));
  status->add_option("DIR", opts.status_dirs, text::tr("Dossiers, or folders holding dossiers (default: .)"));
  status->add_option("--format", opts.status_format, text::tr("text, json or html (one standalone page)"))
      ->check(CLI::IsMember({"text", "json", "html"}));
  status->add_option("--lang", opts.lang, text::tr("Language of the text and the page (default: the dossiers' own, else fr)"))
      ->check(CLI::IsMember({"fr", "en"}));
  add_templates_option(status, opts.templates);

  auto* agenda = cmd->add_subcommand("agenda", text::tr("One iCalendar of every upcoming session of every dossier"));
  agenda->footer(
      text::tr("Sessions dated today or later, as efc agenda --format ics gives each: the same UID\n"
               "(dossier id, device, session number), so that a calendar subscribed to the file\n"
               "updates its events. A dossier with errors in dossier.yaml or rex/, without an id or\n"
               "with the id of another is left out, said on stderr, and the run exits 1.\n"
               "\n"
               "Examples:\n"
               "  efc portfolio agenda clients/ > missions.ics\n"
               "  efc portfolio agenda clients/a clients/b --format ics -o missions.ics"));
  agenda->add_option("DIR", opts.agenda_dirs, text::tr("Dossiers, or folders holding dossiers (default: .)"));
  agenda->add_option("--format", opts.agenda_format, text::tr("ics (iCalendar)"))->check(CLI::IsMember({"ics"}));
  agenda->add_option("-o,--output", opts.output, text::tr("Write to FILE instead of stdout (never overwritten); - for stdout"))
      ->type_name("FILE");
}

int run_portfolio(const PortfolioOptions& opts, const GlobalOptions& global) {
  if (opts.command->got_subcommand("status")) return run_status_of_portfolio(opts, global);
  if (opts.command->got_subcommand("agenda")) return run_agenda_of_portfolio(opts, global);
  return kUsage;
}

}  // namespace efc::cli
