#include "agenda.hpp"

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "agenda/agenda.hpp"
#include "calendar/calendar.hpp"
#include "diag/format.hpp"
#include "documents.hpp"
#include "dossier.hpp"
#include "format/scalars.hpp"
#include "ics/ics.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

// Renders `name` with the agenda data: the text, or why not (exit 3).
Result<std::string> render_agenda(const render::TemplateSet& set, const std::string& name, const render::Tree& data) {
  const render::Rendered r = render::render(set, name, data);
  if (r.ok) return r.text;
  return diag::refused(r.error);
}

// --session: a session number from 1 to format::kMaxSessionNumber, in decimal digits
// (leading zeros allowed: "07"), rewritten without them; anything else is a plain message.
std::string session_number_problem(std::string& s) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const std::size_t first = s.find_first_not_of('0');
  const std::string_view significant = first == std::string::npos ? std::string_view() : std::string_view(s).substr(first);
  const bool ok = !s.empty() && std::all_of(s.begin(), s.end(), digit) && !significant.empty() && significant.size() <= 9 &&
                  std::stoll(std::string(significant)) <= format::kMaxSessionNumber;
  if (!ok) return text::trf("must be a session number from 1 to {}, found '{}'", format::kMaxSessionNumber, s);
  s = std::string(significant);
  return "";
}

std::string trim_end(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

void setup_agenda(CLI::App& app, AgendaOptions& opts) {
  auto* cmd =
      app.add_subcommand("agenda", text::tr("The agenda of the next (or Nth) session of a device, in Markdown or iCalendar"));
  cmd->footer(
      text::tr("Agendas are sent around: they hold no group text (no story, no note, no attendance).\n"
               "The next session is the first one dated today or later, else the one after the last file.\n"
               "Examples:\n"
               "  efc agenda chefs-de-service\n"
               "  efc agenda chefs-de-service --session 2 --format ics -o seance-2.ics"));
  cmd->add_option("DEVICE", opts.device, text::tr("The device id (its folder under rex/)"))->required();
  cmd->add_option("--session", opts.session, text::tr("Session number (default: the next session)"))
      ->transform(CLI::Validator(session_number_problem, "N", ""));
  cmd->add_option("--format", opts.format, text::tr("md (Markdown) or ics (iCalendar)"))->check(CLI::IsMember({"md", "ics"}));
  cmd->add_option("-o,--output", opts.output, text::tr("Write to FILE instead of stdout (never overwritten); - for stdout"))
      ->type_name("FILE");
  add_templates_option(cmd, opts.templates);
  add_typography_option(cmd, opts.typography);
}

int run_agenda(const AgendaOptions& opts, const GlobalOptions& global) {
  const io::DiskFileSystem fs;
  const Sources sources = device_sources("agenda", format::is_valid_id(opts.device) ? opts.device : std::string());
  const auto d = load_dossier_here(fs, sources.scope);
  if (!d) return report(d.failure());
  const auto found = find_device(*d, opts.device, use_color(global));
  if (!found) return report(found.failure());
  const model::Device* device = *found;
  if (const Status accepted = accept_sources(sources, *d, global); !accepted) return report(accepted.failure());

  const auto today = calendar::today();
  if (!today) return report(today.failure());
  const auto requested = opts.session > 0 ? std::optional<long long>(opts.session) : std::nullopt;
  const agenda::SessionChoice choice = agenda::choose_session(*device, requested, *today);
  if (choice.number == 0) return fail(kRefused, choice.error);

  auto templates = load_templates(fs, *d, opts.templates);
  if (!templates) return report(templates.failure());
  templates->set_markdown_typography(opts.typography);
  const auto view = view::make_view(d->loaded.dossier, view::Visibility::Shared);
  const auto data = agenda::agenda_data(view, opts.device, choice.number);
  if (opts.format == "md") {
    const auto text = render_agenda(*templates, "agenda.md", *data);
    return text ? emit_document(*text, opts.output, global) : report(text.failure());
  }
  const auto description = render_agenda(*templates, "agenda.txt", *data);
  if (!description) return report(description.failure());
  const auto event = agenda::agenda_event(view, opts.device, choice.number, trim_end(*description));
  if (!event) {
    return fail(kRefused, text::trf("session {} of '{}' has no date yet: write it first with 'efc rex new {}'", choice.number,
                                    opts.device, opts.device));
  }
  return emit_document(ics::calendar({*event}, "-//efc//efc agenda//EN"), opts.output, global);
}

}  // namespace efc::cli
