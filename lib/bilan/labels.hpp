// Words of the rendered documents that come from the code rather than the templates:
// long dates and the names of choices, in the dossier's language ("fr" or "en").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/value.hpp"

namespace efc::bilan {

// "1er juin 2025" / "1 June 2025".
std::string long_date(const model::Date& d, std::string_view lang);
// A date in a table: "04/03/2025" in French, "4 Mar 2025" in English (never ambiguous).
std::string short_date(const model::Date& d, std::string_view lang);
// Whom a device's work goes up to, after "adressées" / "raised for": "à la direction", or "aux
// organisations partenaires" for a cross-actor device, which has no single management.
std::string recipients_phrase(std::string_view device_kind, std::string_view lang);
// "5 sur 5 prévues", "1 sur 1 prévue", "6 (5 prévues)" past the plan, "5" without one.
std::string held_of_planned(long long held, long long planned, std::string_view lang);

// Experiment status: "proposed" -> "proposée" / "proposed".
std::string status_label(std::string_view status, std::string_view lang);
// Session kind: "bilan" -> "bilan" / "closing session"; anything else is a regular session.
std::string session_kind_label(std::string_view kind, std::string_view lang);
// Device kind: "cross-actor" -> "inter-acteurs" / "cross-actor".
std::string device_kind_label(std::string_view kind, std::string_view lang);
// Charter status: "adopted" -> "adoptée" / "adopted".
std::string charter_status_label(std::string_view status, std::string_view lang);
// Arbitration outcome; "" (no decision yet) -> "en cours" / "open".
std::string outcome_label(std::string_view outcome, std::string_view lang);

// Management's decision on an item: "under-study" -> "à l'étude" / "under study".
std::string decision_label(std::string_view decision, std::string_view lang);
// An item that goes up: "hypothesis" -> "hypothèse" / "hypothesis".
std::string item_kind_label(std::string_view kind, std::string_view lang);
// A time elapsed, in the largest unit that reads well: "3 jours", "5 semaines", "6 mois".
std::string elapsed_label(long long days, std::string_view lang);

// present / expected as a whole percentage, rounded half up (90); nullopt when expected is 0.
std::optional<long long> percent(long long present, long long expected);

}  // namespace efc::bilan
