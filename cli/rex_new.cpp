#include "rex_new.hpp"

#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "calendar/calendar.hpp"
#include "diag/rules.hpp"
#include "dossier.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "rex/scaffold.hpp"
#include "rex/series.hpp"
#include "schema/editors.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

// Concurrent `rex new` runs each take the next free number; this bounds the retries.
constexpr int kMaxAttempts = 100;

const CLI::Validator kDate{[](std::string& s) { return date_option_problem(s); }, "DATE", ""};
// Accepts 9:00 as 09:00, as the loader does.
const CLI::Validator kTime{[](std::string& s) {
                             const auto t = format::normalize_time(s);
                             if (!t) return text::trf("not a time HH:MM on 24 hours (such as 09:00): {}", s);
                             s = *t;
                             return std::string();
                           },
                           "HH:MM", ""};

// A warning when the new session would not come after the previous one (rule session-order).
void warn_on_order(const model::Device& device, long long number, const model::Date& date, const GlobalOptions& global) {
  if (global.quiet) return;
  const model::SessionFile* previous = nullptr;
  for (const auto& s : device.sessions) {
    if (s.file_number < number && s.date) previous = &s;
  }
  if (previous == nullptr || *previous->date < date) return;
  std::cerr << text::trf("efc: warning: session {} on {} is not after session {} on {}; change its date [{}]\n", number,
                         date.iso(), previous->file_number, previous->date->iso(), diag::rule_id(diag::Rule::SessionOrder));
}

// Says which carried experiments were written `confidential: true` because their
// confidentiality is in doubt (never quoting them), so the consultant can check them.
void note_doubtful_carry_over(const view::DossierView& view, const std::string& device, long long number,
                              const GlobalOptions& global) {
  const model::Device* d = view.dossier().device(device);
  if (d == nullptr || global.quiet) return;
  for (const auto& o : rex::open_experiments(*d, number)) {
    const auto& e = o.latest;
    if (!e.in_doubt || (e.confidential && *e.confidential)) continue;
    std::cerr << text::trf(
        "efc: note: the experiment carried over from {}:{}:{} is written 'confidential: true': its "
        "confidentiality is in doubt (run 'efc validate'); change it once that is settled\n",
        rex::session(*d, o.session) ? rex::session(*d, o.session)->path : device, e.pos.line, e.pos.column);
  }
}

// Writes the next session file, taking the next free number again when another run took it.
int write_next_session(const LoadedDossier& d, const model::Device& device, rex::ScaffoldRequest request,
                       const GlobalOptions& global) {
  const io::DiskFileSystem fs;
  const std::string folder = "rex/" + device.file.folder + "/sessions";
  const std::string shown_folder = io::relative(io::join(d.root, folder), io::absolute("."));  // "" when there
  const io::OpenedFolder opened = io::open_below(d.root, folder, true, d.display);  // never through a link
  if (!opened.fd.ok()) return fail(kRefused, opened.error);
  const auto view = view::make_view(d.loaded.dossier, view::Visibility::Group);
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    request.number = rex::next_number(fs, shown_folder);
    if (request.number > format::kMaxSessionNumber) {
      return fail(kRefused, text::trf("device '{}' has reached session {}, the last a series holds (session files are "
                                      "named 01.yaml to {}.yaml); start a new device for more sessions",
                                      device.file.folder, format::kMaxSessionNumber, format::kMaxSessionNumber));
    }
    const std::string name = fmt::format("{:02}.yaml", request.number);
    request.modeline = schema::modeline("session", folder + "/" + name);
    const std::string path = io::join(shown_folder, name);
    const io::WriteResult r = io::create_file_at(opened.fd.get(), name, *rex::session_scaffold(view, request), path);
    if (r.status == io::WriteStatus::Exists) continue;
    if (!r.ok()) return fail(kRefused, r.error);
    warn_on_order(device, request.number, request.date, global);
    note_doubtful_carry_over(view, device.file.folder, request.number, global);
    return print_stdout(path + "\n");
  }
  return fail(kRefused, text::trf("no free session number in {} after {} attempts", d.display + folder, kMaxAttempts));
}

}  // namespace

void setup_rex_new(CLI::App& app, RexNewOptions& opts) {
  auto* rex = app.add_subcommand("rex", text::tr("REX devices: series of reflective sessions"));
  rex->require_subcommand(1);
  rex->footer(text::tr("Examples:\n  efc rex new chefs-de-service --date 2025-06-02"));
  auto* cmd = rex->add_subcommand("new", text::tr("Write the next session file of a device, pre-filled; print its path"));
  cmd->footer(
      text::tr("The file is rex/DEVICE/sessions/NN.yaml with the next number. It is never overwritten:\n"
               "when another run takes the number first, the next one is used.\n"
               "\n"
               "Examples:\n"
               "  efc rex new chefs-de-service\n"
               "  efc rex new chefs-de-service --date 2025-06-02 --start 14:00\n"
               "  $EDITOR \"$(efc rex new chefs-de-service)\""));
  cmd->add_option("DEVICE", opts.device, text::tr("The device id (its folder under rex/)"))->required();
  cmd->add_option("--date", opts.date, text::tr("Day of the session (default: today; SOURCE_DATE_EPOCH honoured)"))->check(kDate);
  cmd->add_option("--start", opts.start, text::tr("Start time (default: the previous session's)"))->transform(kTime);
  cmd->add_flag("--bilan", opts.bilan, text::tr("Make it the bilan session (default: the last planned session is)"));
}

int run_rex_new(const RexNewOptions& opts, const GlobalOptions& global) {
  const io::DiskFileSystem fs;
  const auto d = load_dossier_here(fs);
  if (!d) return report(d.failure());
  const auto found = find_device(*d, opts.device, use_color(global));
  if (!found) return report(found.failure());
  const model::Device* device = *found;
  summarise_errors(*d);

  rex::ScaffoldRequest request;
  request.device = opts.device;
  request.bilan = opts.bilan;
  if (!opts.start.empty()) request.start = opts.start;
  if (!opts.date.empty()) {
    request.date = *format::parse_date(opts.date);
  } else {
    const auto today = calendar::today();
    if (!today) return report(today.failure());
    request.date = *today;
  }
  return write_next_session(*d, *device, request, global);
}

}  // namespace efc::cli
