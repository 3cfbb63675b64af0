#include "exercise.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "calendar/calendar.hpp"
#include "documents.hpp"
#include "exercise/questions.hpp"
#include "exercise/scaffold.hpp"
#include "exercise/worksheet.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "schema/editors.hpp"
#include "text/spell.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

Result<model::Date> exercise_date(const ExerciseOptions& opts) {
  if (!opts.date.empty()) return *format::parse_date(opts.date);  // checked by the option's validator
  return calendar::today();
}

// Writes the worksheet under the first free id of exercise::candidate_ids; never over a file.
int write_worksheet(const LoadedDossier& d, const ExerciseOptions& opts, const model::Date& date) {
  const io::OpenedFolder opened = io::open_below(d.root, "exercises", true, d.display);  // never through a link
  if (!opened.fd.ok()) return fail(kRefused, opened.error);
  std::string last_shown;
  for (const auto& id : exercise::candidate_ids(opts.exercise, date)) {
    const std::string rel = "exercises/" + id + ".yaml";
    const exercise::ScaffoldInput in{id, opts.exercise, date, d.loaded.dossier.lang(), schema::modeline("exercise", rel)};
    last_shown = io::relative(io::join(d.root, rel), io::absolute("."));
    const io::WriteResult w = io::create_file_at(opened.fd.get(), id + ".yaml", exercise::scaffold_text(in), last_shown);
    if (w.ok()) return print_stdout(last_shown + "\n");
    if (w.status != io::WriteStatus::Exists) return fail(kRefused, w.error);
  }
  return fail(kRefused,
              text::trf("{} already exists, as does the worksheet of that year; efc never overwrites a file", last_shown));
}

int run_exercise_new(const ExerciseOptions& opts, const GlobalOptions& global) {
  const io::DiskFileSystem fs;
  const auto d = load_dossier_here(fs);
  if (!d) return report(d.failure());
  const auto date = exercise_date(opts);
  if (!date) return report(date.failure());
  if (!global.quiet) summarise_errors(*d);
  return write_worksheet(*d, opts, *date);
}

int run_exercise_render(const ExerciseOptions& opts, const GlobalOptions& global) {
  if (!format::is_valid_id(opts.id)) {
    return fail(kRefused, text::trf("'{}' is not a valid exercise id (a-z, 0-9 and '-')", opts.id));
  }
  const Sources sources{"worksheet", load::Scope{false, "", false, false, true}, {"dossier.yaml", "exercises/" + opts.id + ".yaml"}, {}, false};
  const auto opened = open_sources(sources, global);
  if (!opened) return report(opened.failure());
  const model::Dossier& dossier = opened->loaded.dossier;
  if (dossier.exercise(opts.id) == nullptr) {
    std::vector<std::string> ids;
    for (const auto& x : dossier.exercises) ids.push_back(x.file_id);
    return fail(kRefused,
                text::trf("no exercise '{}' (exercises/{}.yaml){}", opts.id, opts.id, text::did_you_mean(opts.id, ids)));
  }
  const auto data = exercise::worksheet_data(view::make_view(dossier, view::Visibility::Shared), opts.id);
  if (!data) return fail(kRefused, text::tr("internal error: the worksheet data could not be built"));
  if (opts.format == "json") return emit_document(render::to_json(*data), opts.output, global);
  const auto text = render_document(*opened, opts.templates, "exercise.md", *data, opts.typography);
  if (!text) return report(text.failure());
  return emit_document(*text, opts.output, global);
}

}  // namespace

void setup_exercise(CLI::App& app, ExerciseOptions& opts) {
  auto* cmd =
      app.add_subcommand("exercise", text::tr("The sheet's two exercises: start a worksheet, render it with its answers"));
  cmd->require_subcommand(1);
  cmd->footer(
      text::tr("Examples:\n"
               "  efc exercise new management --date 2025-01-20   exercises/2025-management.yaml, to answer\n"
               "  efc exercise render 2025-management -o fiche.md"));
  opts.command = cmd;

  auto* create =
      cmd->add_subcommand("new", text::tr("Write exercises/ID.yaml with every question of the exercise; print its path"));
  create->footer(
      text::tr("The id is YEAR-EXERCISE (YYYY-MM-DD-EXERCISE when that one exists); no file is ever\n"
               "overwritten (exit 3). The questions are in the dossier's language; answer each in its\n"
               "'text', or say under 'postponed' when it will be taken up. Every key: docs/format.md.\n"
               "\n"
               "Examples:\n"
               "  efc exercise new management\n"
               "  efc exercise new cooperation --date 2025-03-12\n"
               "  $EDITOR \"$(efc exercise new management)\""));
  create->add_option("EXERCISE", opts.exercise, text::tr("management (the sheet's first exercise) or cooperation (the second)"))
      ->required()
      ->check(CLI::IsMember(exercise::exercise_names()));
  create->add_option("--date", opts.date, text::tr("Day of the exercise (default: today)"))
      ->check(CLI::Validator([](std::string& s) { return date_option_problem(s); }, "DATE", ""));

  auto* render = cmd->add_subcommand("render", text::tr("The worksheet of an exercise: each question with its answer"));
  render->footer(
      text::tr("Examples:\n"
               "  efc exercise render 2025-management\n"
               "  efc exercise render 2025-management -o fiche-management.md\n"
               "  efc exercise render 2025-cooperation --format json   the same data, for scripts"));
  render->add_option("ID", opts.id, text::tr("The exercise (its file name under exercises/, without .yaml)"))->required();
  render->add_option("--format", opts.format, text::tr("md (Markdown with YAML front matter) or json"))
      ->check(CLI::IsMember({"md", "json"}));
  render->add_option("-o", opts.output, text::tr("Write to FILE (never overwritten) instead of stdout; - for stdout"))
      ->type_name("FILE");
  add_templates_option(render, opts.templates);
  add_typography_option(render, opts.typography);
}

int run_exercise(const ExerciseOptions& opts, const GlobalOptions& global) {
  if (opts.command->got_subcommand("new")) return run_exercise_new(opts, global);
  if (opts.command->got_subcommand("render")) return run_exercise_render(opts, global);
  return kUsage;
}

}  // namespace efc::cli
