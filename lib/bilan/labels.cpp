#include "bilan/labels.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

#include "text/language.hpp"

namespace efc::bilan {
namespace {

struct Label {
  std::string_view key, fr, en;
};

std::string lookup(std::initializer_list<Label> labels, std::string_view key, std::string_view lang) {
  for (const auto& l : labels) {
    if (l.key == key) return std::string(lang == "en" ? l.en : l.fr);
  }
  return std::string(key);
}

constexpr std::array<std::string_view, 12> kMonthsFr = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                        "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> kMonthsEnShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> kMonthsEn = {"January", "February", "March",     "April",   "May",      "June",
                                                        "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::string long_date(const model::Date& d, std::string_view lang) {
  if (d.month < 1 || d.month > 12) return d.iso();
  const auto month = static_cast<std::size_t>(d.month - 1);
  if (lang == "en") return fmt::format("{} {} {}", d.day, kMonthsEn[month], d.year);
  return fmt::format("{}{} {} {}", d.day, d.day == 1 ? "er" : "", kMonthsFr[month], d.year);
}

std::string short_date(const model::Date& d, std::string_view lang) {
  if (d.month < 1 || d.month > 12) return d.iso();
  if (lang == "en") return fmt::format("{} {} {}", d.day, kMonthsEnShort[static_cast<std::size_t>(d.month - 1)], d.year);
  return fmt::format("{:02}/{:02}/{}", d.day, d.month, d.year);
}

std::string recipients_phrase(std::string_view device_kind, std::string_view lang) {
  const bool cross = device_kind == "cross-actor";
  if (lang == "en") return cross ? "the partner organisations" : "management";
  return cross ? "aux organisations partenaires" : "à la direction";
}

std::string held_of_planned(long long held, long long planned, std::string_view lang) {
  if (planned <= 0) return std::to_string(held);
  const bool en = lang == "en";
  const std::string_view planned_word = en ? "planned" : text::agree(lang, planned, "prévue", "prévues");
  if (held > planned) return fmt::format("{} ({} {})", held, planned, planned_word);
  return fmt::format(fmt::runtime(en ? "{} of {} {}" : "{} sur {} {}"), held, planned, planned_word);
}

std::string status_label(std::string_view status, std::string_view lang) {
  return lookup({{"proposed", "proposée", "proposed"},
                 {"accepted", "acceptée", "accepted"},
                 {"running", "en cours", "running"},
                 {"done", "menée à terme", "done"},
                 {"dropped", "abandonnée", "dropped"},
                 {"", "sans statut", "no status"}},
                status, lang);
}

std::string session_kind_label(std::string_view kind, std::string_view lang) {
  if (kind == "bilan") return lang == "en" ? "closing session (bilan)" : "séance de bilan";
  return lang == "en" ? "regular session" : "séance ordinaire";
}

std::string device_kind_label(std::string_view kind, std::string_view lang) {
  return lookup({{"internal", "interne", "internal"}, {"cross-actor", "inter-acteurs", "cross-actor"}}, kind, lang);
}

std::string charter_status_label(std::string_view status, std::string_view lang) {
  return lookup({{"draft", "projet", "draft"}, {"validated", "validée", "validated"}, {"adopted", "adoptée", "adopted"}},
                status, lang);
}

std::string outcome_label(std::string_view outcome, std::string_view lang) {
  return lookup({{"accepted", "acceptée", "accepted"},
                 {"negotiated", "négociée", "negotiated"},
                 {"declined", "refusée", "declined"},
                 {"escalated", "remontée", "escalated"},
                 {"", "en cours", "open"}},
                outcome, lang);
}

std::string decision_label(std::string_view decision, std::string_view lang) {
  return lookup({{"answered", "réponse apportée", "answered"},
                 {"adopted", "adoptée", "adopted"},
                 {"declined", "refusée", "declined"},
                 {"under-study", "à l'étude", "under study"}},
                decision, lang);
}

std::string item_kind_label(std::string_view kind, std::string_view lang) {
  return lookup({{"question", "question", "question"},
                 {"hypothesis", "hypothèse", "hypothesis"},
                 {"experiment", "expérimentation", "experiment"}},
                kind, lang);
}

std::string elapsed_label(long long days, std::string_view lang) {
  const bool en = lang == "en";
  const auto unit = [&](long long n, std::string_view fr_one, std::string_view fr_many, std::string_view en_one,
                        std::string_view en_many) {
    return std::to_string(n) + " " + std::string(en ? (n == 1 ? en_one : en_many) : (n == 1 ? fr_one : fr_many));
  };
  if (days < 14) return unit(days, "jour", "jours", "day", "days");
  if (days < 61) return unit(days / 7, "semaine", "semaines", "week", "weeks");
  return unit(days * 12 / 365, "mois", "mois", "month", "months");
}

std::optional<long long> percent(long long present, long long expected) {
  if (expected <= 0) return std::nullopt;
  return (present * 200 + expected) / (expected * 2);
}

}  // namespace efc::bilan
