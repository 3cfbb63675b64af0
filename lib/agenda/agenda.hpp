// The agenda of a REX session (CLI.md `efc agenda`): data for the templates agenda.md and
// agenda.txt, and the iCalendar event. Agendas are mailed around: they are built from a
// shared view only, so no group text can reach them.
#pragma once

#include <optional>
#include <string>

#include "ics/ics.hpp"
#include "model/model.hpp"
#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::agenda {

struct SessionChoice {
  long long number = 0;  // 0 when refused
  std::string error;     // why `requested` is refused
};

// The session an agenda is for: `requested` when it is a session of the device or the one after
// the last; without request, the first session dated `today` or later, else the one after the last.
SessionChoice choose_session(const model::Device& device, std::optional<long long> requested, const model::Date& today);

// The data of the agenda of session `number` of device `device` (its folder id). Keys are listed
// in docs/templates.md. nullopt for an unknown device or a view that is not shared.
std::optional<render::Tree> agenda_data(const view::DossierView& view, const std::string& device, long long number);

// The calendar event of that session, with `description` (the plain-text agenda); nullopt when
// the session has no date yet (no file), the device is unknown or the view is not shared.
std::optional<ics::Event> agenda_event(const view::DossierView& view, const std::string& device, long long number,
                                       const std::string& description);

}  // namespace efc::agenda
