#include "arbitration.hpp"

#include <algorithm>
#include <iostream>
#include <limits>
#include <optional>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "calendar/calendar.hpp"
#include "dossier.hpp"
#include "diag/format.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "page/charts.hpp"
#include "io/safe_write.hpp"
#include "queue/draft.hpp"
#include "queue/impact.hpp"
#include "queue/present.hpp"
#include "queue/report.hpp"
#include "render/template.hpp"
#include "schema/editors.hpp"
#include "text/spell.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

constexpr int kMaxIdAttempts = 1000;  // ids tried when others appear while `new` runs

// The dossier around the current folder (cli/dossier.hpp), or why not.
// With `refuse_errors`, a dossier with errors is refused (its errors printed, exit 1);
// otherwise their number is told in one line (unless --quiet) and the command goes on.
Result<LoadedDossier> open_dossier(const GlobalOptions& global, bool refuse_errors) {
  io::DiskFileSystem fs;
  auto opened = load_dossier_here(fs);
  if (!opened) return opened;
  const int errors = opened->loaded.diagnostics.errors();
  if (errors == 0) return opened;
  if (!refuse_errors) {
    if (!global.quiet) summarise_errors(*opened);
    return opened;
  }
  diag::Diagnostics shown;
  for (const auto& d : opened->loaded.diagnostics.items()) {
    if (d.severity == diag::Severity::Error) shown.add(d);
  }
  shown.sort();
  std::cerr << diag::format_text(shown, use_color(global));
  return Failure{kDossierErrors, text::ntrf("the dossier has {} error; fix them first (see efc validate)",
                                            "the dossier has {} errors; fix them first (see efc validate)",
                                            static_cast<unsigned long>(errors), errors)};
}

std::string lang_of(const LoadedDossier& o) { return o.loaded.dossier.lang(); }

// ---- new ------------------------------------------------------------------------------

std::vector<std::string> files_in(const std::string& folder) {
  io::DiskFileSystem fs;
  std::vector<std::string> ids;
  for (const auto& e : fs.list(folder).value_or(std::vector<io::DirEntry>{})) {
    if (e.name.size() > 5 && e.name.compare(e.name.size() - 5, 5, ".yaml") == 0) ids.push_back(e.name.substr(0, e.name.size() - 5));
  }
  return ids;
}

std::vector<std::string> request_ids(const model::Dossier& d) {
  std::vector<std::string> ids;
  if (d.queue) {
    for (const auto& r : d.queue->requests) {
      if (r.id) ids.push_back(*r.id);
    }
  }
  return ids;
}

// The queue request named by --request, or why not (exit 3).
Result<const model::QueueRequest*> find_request(const model::Dossier& d, const std::string& ref, const model::Date& date) {
  if (!format::is_valid_id(ref)) return diag::refused(text::trf("'{}' is not a valid request id (a-z, 0-9 and '-')", ref));
  if (!d.queue)
    return diag::refused(text::tr("the dossier has no arbitrations/queue.yaml: --request names a request of the queue"));
  const model::QueueRequest* r = d.request(ref);
  if (r == nullptr) {
    const auto ids = request_ids(d);
    return diag::refused(text::trf("no request '{}' in arbitrations/queue.yaml{}", ref, text::did_you_mean(ref, ids)));
  }
  if (r->done && *r->done < date) {
    return diag::refused(
        text::trf("request '{}' was done on {}, before {}: it no longer waits in the queue", ref, r->done->iso(), date.iso()));
  }
  return r;
}

Result<model::Date> date_for_new(const ArbitrationOptions& opts) {
  if (!opts.date.empty()) return *format::parse_date(opts.date);  // checked by the option's validator
  return calendar::today();
}

// Writes the draft under the asked id, or under the next free YYYY-NNN; returns the exit code.
int write_draft(const LoadedDossier& o, const ArbitrationOptions& opts, queue::DraftInput in) {
  const std::string folder = io::join(o.root, "arbitrations");
  const io::OpenedFolder opened = io::open_below(o.root, "arbitrations", true, o.display);  // never through a link
  if (!opened.fd.ok()) return fail(kRefused, opened.error);
  const bool fixed = opts.id.has_value();
  std::vector<std::string> taken = files_in(folder);
  for (int attempt = 0; attempt < kMaxIdAttempts; ++attempt) {
    in.id = fixed ? *opts.id : queue::next_id(in.date.year, taken);
    const std::string path = io::join(folder, in.id + ".yaml");
    const std::string shown = io::relative(path, io::absolute("."));
    // The first line points editors at the schema efc init wrote (docs/schema.md).
    const std::string text = schema::modeline("arbitration", "arbitrations/" + in.id + ".yaml") + "\n" +
                             queue::draft_text(o.loaded.dossier, in);
    const io::WriteResult w = io::create_file_at(opened.fd.get(), in.id + ".yaml", text, shown);
    if (w.ok()) return print_stdout(shown + "\n");
    if (w.status != io::WriteStatus::Exists) return fail(kRefused, w.error);
    if (fixed) return fail(kRefused, text::trf("{} already exists; efc never overwrites a file", shown));
    taken.push_back(in.id);
  }
  return fail(kRefused, text::tr("could not find a free arbitration id; give one with --id"));
}

int run_new(const ArbitrationOptions& opts, const GlobalOptions& global) {
  if (!opts.request.empty() && opts.kind == "shared-stake") {
    return fail(kUsage, text::tr("--request names a queue request: it is for urgent-request arbitrations only"));
  }
  if (opts.id && !format::is_valid_id(*opts.id)) {
    return fail(kRefused, text::trf("'{}' is not a valid id (a-z, 0-9 and '-', at most 64 characters)", *opts.id));
  }
  if (opts.id == "queue")
    return fail(kRefused, text::tr("'queue' is not an arbitration id: arbitrations/queue.yaml is the queue"));
  const auto opened = open_dossier(global, false);
  if (!opened) return report(opened.failure());
  const auto date = date_for_new(opts);
  if (!date) return report(date.failure());
  const model::Dossier& d = opened->loaded.dossier;
  queue::DraftInput in{"", opts.kind.empty() ? "urgent-request" : opts.kind, *date, nullptr, lang_of(*opened)};
  if (!opts.request.empty()) {
    const auto request = find_request(d, opts.request, *date);
    if (!request) return report(request.failure());
    in.request = *request;
  }
  return write_draft(*opened, opts, in);
}

// ---- impact ---------------------------------------------------------------------------

// The arbitration of file `id`.yaml, or why not (exit 3).
Result<const model::ArbitrationFile*> find_arbitration(const model::Dossier& d, const std::string& id) {
  std::vector<std::string> ids;
  for (const auto& a : d.arbitrations) {
    if (a.file_id == id) return &a;
    ids.push_back(a.file_id);
  }
  return diag::refused(text::trf("no arbitration '{}' (arbitrations/{}.yaml){}", id, id, text::did_you_mean(id, ids)));
}

// The lines of the value of `key` in a mapping whose keys are `keys`: from the key to the line
// before the next key of the mapping (or `end`, the last line of the mapping).
std::pair<int, int> lines_of(const model::KeyPositions& keys, std::string_view key, int end) {
  const model::Pos at = keys.of(key, {});
  if (!at.known()) return {0, -1};
  int last = end;
  for (const auto& [k, p] : keys.entries) {
    if (p.line > at.line) last = std::min(last, p.line - 1);
  }
  return {at.line, last};
}

// Whether a finding at `pos` of arbitration `a` is about what impact reads: its id, kind, date and
// request (ref, deadline, effort), not the parties' stakes, the options, the decision, the request's
// summary, client or requester, which a draft fills in later.
bool impact_reads(const model::ArbitrationFile& a, model::Pos pos) {
  constexpr int kEnd = std::numeric_limits<int>::max();
  const auto inside = [&](std::pair<int, int> lines) { return pos.line >= lines.first && pos.line <= lines.second; };
  for (const char* key : {"parties", "options", "decision"}) {
    if (inside(lines_of(a.keys, key, kEnd))) return false;
  }
  if (!a.request) return true;
  const int request_end = lines_of(a.keys, "request", kEnd).second;
  for (const char* key : {"client", "summary", "requested_by"}) {
    if (inside(lines_of(a.request->keys, key, request_end))) return false;
  }
  return true;
}

// The impact needs the request, the queue and its holidays: errors there stop it (their findings
// printed, exit 1); errors elsewhere are counted in one line (unless --quiet).
Status impact_sources_clean(const LoadedDossier& o, const std::string& id, const model::ArbitrationFile* a,
                            const GlobalOptions& global) {
  const std::string file = o.display + "arbitrations/" + id + ".yaml";
  diag::Diagnostics shown;
  int elsewhere = 0;
  for (const auto& d : o.loaded.diagnostics.items()) {
    if (d.severity != diag::Severity::Error) continue;
    const bool read = d.path == o.display + "arbitrations/queue.yaml" ||
                      (d.path == file && (a == nullptr || impact_reads(*a, d.pos)));
    if (read) {
      shown.add(d);
    } else {
      ++elsewhere;
    }
  }
  if (!shown.empty()) {
    shown.sort();
    std::cerr << diag::format_text(shown, use_color(global));
    return Failure{kDossierErrors, text::ntrf("the request or the queue has {} error; fix it first (see efc validate)",
                                              "the request or the queue has {} errors; fix them first (see efc validate)",
                                              static_cast<unsigned long>(shown.errors()), shown.errors())};
  }
  if (elsewhere > 0 && !global.quiet) {
    std::cerr << text::ntrf(
        "efc: {} error elsewhere in the dossier, not in what the impact reads; run 'efc validate' to see it\n",
        "efc: {} errors elsewhere in the dossier, not in what the impact reads; run 'efc validate' to see them\n",
        static_cast<unsigned long>(elsewhere), elsewhere);
  }
  return {};
}

// The arbitration templates of the dossier's language with its overrides; or why not (exit 3).
Result<render::TemplateSet> arbitration_templates(const LoadedDossier& o) {
  io::DiskFileSystem fs;
  render::TemplateSet set = render::TemplateSet::builtin(lang_of(o));
  set.add_overrides(fs, o.display + "templates", lang_of(o));
  if (const auto& problems = set.problems(); !problems.empty()) {
    for (const auto& p : problems) fail(kRefused, text::trf("bad template: {}", p));
    return Failure{kRefused, ""};
  }
  return set;
}

// The impact as one HTML page (template arbitration-impact.html), from the shared view.
int print_impact_page(const LoadedDossier& o, const view::DossierView& shared, const model::ArbitrationFile& a,
                      const queue::Impact& impact) {
  const auto set = arbitration_templates(o);
  if (!set) return report(set.failure());
  render::Tree data = queue::impact_tree(shared, a, impact, lang_of(o));
  data.set_template_only("charts", page::impact_charts(impact, data.get("urgent_label")->text(), lang_of(o)));
  const render::Rendered r = render::render(*set, "arbitration-impact.html", std::move(data));
  if (!r.ok) return fail(kRefused, text::trf("cannot render the impact: {}", r.error));
  return print_stdout(r.text);
}

int run_impact(const ArbitrationOptions& opts, const GlobalOptions& global) {
  if (!format::is_valid_id(opts.impact_id)) {
    return fail(kRefused, text::trf("'{}' is not a valid arbitration id (a-z, 0-9 and '-')", opts.impact_id));
  }
  io::DiskFileSystem fs;
  // dossier.yaml (names) and arbitrations/: no device, no principles.
  const auto opened = load_dossier_here(fs, load::Scope{false, "", false, true, false});
  if (!opened) return report(opened.failure());
  const model::Dossier& d = opened->loaded.dossier;
  const auto& all = d.arbitrations;
  const auto found = std::find_if(all.begin(), all.end(), [&](const model::ArbitrationFile& f) { return f.file_id == opts.impact_id; });
  const Status clean = impact_sources_clean(*opened, opts.impact_id, found == all.end() ? nullptr : &*found, global);
  if (!clean) return report(clean.failure());
  const auto named = find_arbitration(d, opts.impact_id);
  if (!named) return report(named.failure());
  const model::ArbitrationFile* a = *named;
  const queue::ImpactResult result = queue::impact_of(d, *a);
  if (!result.impact) return fail(kRefused, result.refusal);
  const view::DossierView shared = view::make_view(d, view::Visibility::Shared);
  if (opts.impact_format == "html") return print_impact_page(*opened, shared, *a, *result.impact);
  return print_stdout(opts.impact_format == "json" ? queue::impact_json(*a, *result.impact)
                                                  : queue::impact_text(shared, *a, *result.impact, lang_of(*opened)));
}

// ---- report ---------------------------------------------------------------------------

int run_report(const ArbitrationOptions& opts, const GlobalOptions& global) {
  const auto opened = open_dossier(global, true);
  if (!opened) return report(opened.failure());
  const model::Dossier& d = opened->loaded.dossier;
  const queue::Report report = queue::build_report(view::make_view(d, view::Visibility::Shared));
  if (opts.report_format == "json") return print_stdout(queue::report_json(report));
  const std::string lang = lang_of(*opened);
  auto set = arbitration_templates(*opened);
  if (!set) return kRefused;
  set->set_markdown_typography(opts.typography);
  const std::string title = d.dossier && d.dossier->title ? *d.dossier->title : std::string();
  render::Tree data = queue::report_tree(report, title, lang);
  const bool html = opts.report_format == "html";
  if (html) data.set_template_only("charts", page::report_charts(report, lang));
  const render::Rendered r = render::render(*set, html ? "arbitration-report.html" : "arbitration-report.md", std::move(data));
  if (!r.ok) return fail(kRefused, text::trf("cannot render the report: {}", r.error));
  return print_stdout(r.text);
}

CLI::Validator real_date() {
  return CLI::Validator(
      [](const std::string& s) {
        const auto d = format::parse_date(s);
        if (!d) return std::string(text::tr("must be a real date YYYY-MM-DD"));
        return format::in_date_range(*d) ? std::string()
                                         : text::trf("{} is outside the dates efc accepts ({})", s, format::date_range_text());
      },
      "DATE");
}

}  // namespace

void setup_arbitration(CLI::App& app, ArbitrationOptions& opts) {
  auto* cmd =
      app.add_subcommand("arbitration", text::tr("Joint arbitrations: prepare one, weigh its impact, report on them all"));
  cmd->require_subcommand(1);
  cmd->footer(
      text::tr("Examples:\n"
               "  efc arbitration new --request r-105     a draft about an urgent request of the queue\n"
               "  efc arbitration impact 2025-001         what it does to the performer's queue\n"
               "  efc arbitration report > arbitrations.md"));
  opts.command = cmd;

  auto* create = cmd->add_subcommand("new", text::tr("Write a new arbitration file, parties pre-filled; prints its path"));
  create->footer(
      text::tr("The file is arbitrations/ID.yaml, never overwritten. Write each party's stakes in it,\n"
               "then the decision; efc validate checks it.\n"
               "\n"
               "Examples:\n"
               "  efc arbitration new --request r-105                   about a request of the queue\n"
               "  efc arbitration new --request r-105 --date 2025-03-10  dated the day it was asked\n"
               "  efc arbitration new --kind shared-stake --id 2025-010  a stake shared by the parties\n"
               "  $EDITOR \"$(efc arbitration new --request r-105)\""));
  create->add_option("--request", opts.request, text::tr("The queue request it is about (arbitrations/queue.yaml)"))
      ->type_name("REF");
  create->add_option("--kind", opts.kind, text::tr("urgent-request (default) or shared-stake"))
      ->check(CLI::IsMember({"urgent-request", "shared-stake"}));
  create->add_option("--id", opts.id, text::tr("The id (default: the next YYYY-NNN of the date's year)"))->type_name("ID");
  create->add_option("--date", opts.date, text::tr("The request date (default: today; SOURCE_DATE_EPOCH honoured)"))
      ->check(real_date());

  auto* impact = cmd->add_subcommand("impact", text::tr("What putting the urgent request first does to the performer's queue"));
  impact->footer(
      text::tr("The performer's queue with and without the urgent request first: which requests slip,\n"
               "by how many working days. It needs the request, the queue and the holidays.\n"
               "\n"
               "Examples:\n"
               "  efc arbitration impact 2025-001\n"
               "  efc arbitration impact 2025-001 --format json        the same figures, for scripts\n"
               "  efc arbitration impact 2025-001 --format html > impact.html"));
  impact->add_option("ID", opts.impact_id, text::tr("The arbitration (its file name without .yaml)"))->required();
  impact->add_option("--format", opts.impact_format, text::tr("text, json, or html (one page with its chart)"))
      ->check(CLI::IsMember({"text", "json", "html"}));

  auto* report = cmd->add_subcommand("report", text::tr("Every arbitration in one table, then the totals"));
  report->footer(
      text::tr("Examples:\n"
               "  efc arbitration report > arbitrations.md\n"
               "  efc arbitration report --format json                 the same table, for scripts\n"
               "  efc arbitration report --format html > arbitrations.html"));
  report->add_option("--format", opts.report_format, text::tr("md, json, or html (one page with its charts)"))
      ->check(CLI::IsMember({"md", "json", "html"}));
  add_typography_option(report, opts.typography);
}

int run_arbitration(const ArbitrationOptions& opts, const GlobalOptions& global) {
  if (opts.command->got_subcommand("new")) return run_new(opts, global);
  if (opts.command->got_subcommand("impact")) return run_impact(opts, global);
  if (opts.command->got_subcommand("report")) return run_report(opts, global);
  return kUsage;
}

}  // namespace efc::cli
