#include "queue_new.hpp"

#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "dossier.hpp"
#include "format/scalars.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "queue/queue_draft.hpp"
#include "text/spell.hpp"

namespace efc::cli {
namespace {

std::vector<std::string> person_ids(const model::Dossier& d) {
  std::vector<std::string> ids;
  if (d.dossier) {
    for (const auto& p : d.dossier->people) {
      if (p.id) ids.push_back(*p.id);
    }
  }
  return ids;
}

// "" when `ref` names a person of the dossier, else why not (with the closest id).
std::string performer_problem(const model::Dossier& d, const std::string& ref) {
  if (!format::is_valid_id(ref)) return fmt::format("'{}' is not a person id (a-z, 0-9 and '-')", ref);
  if (d.person(ref) != nullptr) return "";
  return fmt::format("no person '{}' in dossier.yaml{}", ref, text::did_you_mean(ref, person_ids(d)));
}

}  // namespace

void setup_queue_new(CLI::App& app, QueueNewOptions& opts) {
  auto* queue = app.add_subcommand("queue", "The work queue that arbitrations weigh");
  queue->require_subcommand(1);
  queue->footer("Examples:\n  efc queue new --performer chiffreur");
  auto* cmd = queue->add_subcommand("new", "Write arbitrations/queue.yaml, commented; print its path");
  cmd->footer(
      "The queue validates as written; add its requests in queue order. An existing\n"
      "queue.yaml is never overwritten (exit 3). Every key: docs/format.md.\n"
      "Examples:\n"
      "  efc queue new --performer chiffreur\n"
      "  $EDITOR \"$(efc queue new --performer chiffreur)\"");
  cmd->add_option("--performer", opts.performer, "Who does the queued work (a person id of dossier.yaml)")
      ->type_name("PERSON")
      ->required();
}

int run_queue_new(const QueueNewOptions& opts, const GlobalOptions& global) {
  (void)global;
  const io::DiskFileSystem fs;
  const auto d = load_dossier_here(fs);
  if (!d) return report(d.failure());
  if (const std::string problem = performer_problem(d->loaded.dossier, opts.performer); !problem.empty()) {
    return fail(kRefused, problem);
  }
  summarise_errors(*d);
  const std::string shown = io::relative(io::join(d->root, "arbitrations/queue.yaml"), io::absolute("."));
  const io::OpenedFolder opened = io::open_below(d->root, "arbitrations", true, d->display);  // never through a link
  if (!opened.fd.ok()) return fail(kRefused, opened.error);
  const std::string text = queue::queue_draft_text({opts.performer, d->loaded.dossier.lang()});
  const io::WriteResult w = io::create_file_at(opened.fd.get(), "queue.yaml", text, shown);
  if (w.status == io::WriteStatus::Exists) return fail(kRefused, fmt::format("{} already exists; efc never overwrites a file", shown));
  if (!w.ok()) return fail(kRefused, w.error);
  std::cout << shown << '\n';
  return kDone;
}

}  // namespace efc::cli
