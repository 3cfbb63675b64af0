#include "respond.hpp"

#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "calendar/calendar.hpp"
#include "dossier.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "load/loader.hpp"
#include "rex/loop.hpp"
#include "rex/respond.hpp"
#include "schema/editors.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

constexpr int kMaxRespondAttempts = 20;  // re-reads when someone else writes the file meanwhile
constexpr std::size_t kMaxResponsesBytes = 4u << 20;

// "question de la séance 3", for the comment beside `to:`.
std::string item_summary(const rex::ItemLookup& item, const std::string& lang) {
  const std::string kind = bilan::item_kind_label(rex::item_kind_key(item.kind), lang);
  if (lang == "en") return fmt::format("{} of session {}", kind, item.session);
  return fmt::format("{} de la séance {}", kind, item.session);
}

Result<model::Date> response_date(const RespondOptions& opts) {
  if (!opts.date.empty()) return *format::parse_date(opts.date);  // checked by the option's validator
  return calendar::today();
}

// Unknown people are refused before anything is written: the skeleton must validate.
Status people_known(const LoadedDossier& d, const std::vector<std::string>& by) {
  for (const auto& id : by) {
    if (d.loaded.dossier.person(id) != nullptr) continue;
    std::vector<std::string> ids;
    if (d.loaded.dossier.dossier) {
      for (const auto& p : d.loaded.dossier.dossier->people) {
        if (p.id) ids.push_back(*p.id);
      }
    }
    return diag::refused(text::trf("--by: no person '{}' in dossier.yaml{}", id, text::did_you_mean(id, ids)));
  }
  return {};
}

// Adds the skeleton, reading the file again when another writer changed it meanwhile.
int write_response(const LoadedDossier& d, const model::Device& device, const rex::ResponseSkeleton& skeleton) {
  const std::string folder = "rex/" + device.file.folder;
  const std::string shown = d.display + folder + "/responses.yaml";
  const io::OpenedFolder opened = io::open_below(d.root, folder, false, d.display);
  if (!opened.fd.ok()) return fail(kRefused, opened.error);
  for (int attempt = 0; attempt < kMaxRespondAttempts; ++attempt) {
    bool missing = false;
    std::string error;
    const auto current = io::read_file_at(opened.fd.get(), "responses.yaml", kMaxResponsesBytes, missing, error);
    if (!current && !missing) return fail(kRefused, text::trf("cannot add to {}: {}", shown, error));
    const rex::Extended next = rex::add_response(current, skeleton);
    if (!next.error.empty()) return fail(kRefused, text::trf("cannot add a response to {}: {}", shown, next.error));
    const auto before = current ? load::count_responses(*current) : std::optional<std::size_t>(0);
    if (!before || load::count_responses(next.bytes) != *before + 1) {
      return fail(kRefused, text::trf("cannot add a response to {} safely: the file does not load as it is (run efc "
                                      "validate), or its layout is unusual; add the response by hand",
                                      shown));
    }
    const io::WriteResult w = current ? io::extend_file_at(opened.fd.get(), "responses.yaml", *current, next.bytes, shown)
                                      : io::create_file_at(opened.fd.get(), "responses.yaml", next.bytes, shown);
    if (w.status == io::WriteStatus::Exists || w.status == io::WriteStatus::Changed) continue;
    if (!w.ok()) return fail(kRefused, w.error);
    std::cout << shown << '\n';
    return kDone;
  }
  return fail(kRefused, text::trf("{} kept changing while efc wrote it; nothing was added", shown));
}

}  // namespace

void setup_respond(CLI::App& app, RespondOptions& opts) {
  auto* cmd =
      app.add_subcommand("respond", text::tr("Add a response of management to a device's responses.yaml; print its path"));
  cmd->footer(
      text::tr("The response skeleton is added at the end of the 'responses' list of\n"
               "rex/DEVICE/responses.yaml (created when missing); nothing already written is changed.\n"
               "Fill in its text, then run efc validate.\n"
               "Examples:\n"
               "  efc respond chefs-de-service q-lits-nuit --by directeur\n"
               "  efc respond chefs-de-service binome-nuit --by directeur --decision adopted --date 2025-03-25"));
  cmd->add_option("DEVICE", opts.device, text::tr("The device id (its folder under rex/)"))->required();
  cmd->add_option("ITEM", opts.item, text::tr("The id of the question, hypothesis or experiment answered"))->required();
  cmd->add_option("--by", opts.by, text::tr("Who answered (people ids); repeat or separate with commas"))
      ->required()
      ->delimiter(',')
      ->type_name("REF");
  cmd->add_option("--decision", opts.decision, text::tr("What management decided (default: answered)"))
      ->check(CLI::IsMember({"answered", "adopted", "declined", "under-study"}));
  cmd->add_option("--date", opts.date, text::tr("Day of the response (default: today)"))
      ->check(CLI::Validator([](std::string& s) { return date_option_problem(s); }, "DATE", ""));
}

int run_respond(const RespondOptions& opts, const GlobalOptions& global) {
  const io::DiskFileSystem fs;
  const auto d = load_dossier_here(fs);
  if (!d) return report(d.failure());
  const auto found = find_device(*d, opts.device, use_color(global));
  if (!found) return report(found.failure());
  const model::Device* device = *found;
  const rex::ItemLookup item = rex::find_answerable_item(*device, opts.item);
  if (item.id.empty()) return fail(kRefused, item.error);
  if (const Status known = people_known(*d, opts.by); !known) return report(known.failure());
  const auto date = response_date(opts);
  if (!date) return report(date.failure());
  if (!global.quiet) summarise_errors(*d);
  const std::string lang = d->loaded.dossier.lang();
  const rex::ResponseSkeleton skeleton{item.id,   opts.by, opts.decision, *date, item_summary(item, lang),
                                       lang,      schema::modeline("responses", "rex/" + device->file.folder + "/responses.yaml")};
  return write_response(*d, *device, skeleton);
}

}  // namespace efc::cli
