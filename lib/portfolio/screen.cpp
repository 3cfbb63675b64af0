#include "portfolio/screen.hpp"

#include <tuple>

#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "text/language.hpp"

namespace efc::portfolio {
namespace {

constexpr Noun kDossiers{"dossier", "dossiers", false, "dossier", "dossiers"};
constexpr Noun kUpcoming{"séance à venir", "séances à venir", true, "session ahead", "sessions ahead"};
constexpr Noun kWaiting{"remontée en attente de réponse", "remontées en attente de réponse", true,
                        "item waiting for an answer", "items waiting for an answer"};
constexpr Noun kArbitrations{"arbitrage ouvert", "arbitrages ouverts", false, "open arbitration", "open arbitrations"};
constexpr Noun kErrors{"erreur", "erreurs", true, "error", "errors"};
constexpr Noun kWarnings{"avertissement", "avertissements", false, "warning", "warnings"};

render::Tree number(long long n) { return render::Tree::number(n); }

render::Tree text_or_null(const std::string& s) { return s.empty() ? render::Tree::null() : render::Tree(s); }

// "4 sur 5" / "4 of 5"; "4" when nothing is planned.
std::string progress_label(const DeviceProgress& d, std::string_view lang) {
  if (!d.planned) return std::to_string(d.held);
  return fmt::format("{} {} {}", d.held, lang == "en" ? "of" : "sur", *d.planned);
}

render::Tree session_tree(const Session& s, std::string_view lang) {
  render::Tree t = render::Tree::object();
  t.set("device", s.device);
  t.set("device_title", s.device_title);
  t.set("number", number(s.number));
  t.set("date", s.date.iso());
  t.set("start", s.start ? render::Tree(*s.start) : render::Tree::null());
  t.set_template_only("date_long", bilan::long_date(s.date, lang));
  if (s.start) t.set_template_only("start_text", text::time_of_day(lang, *s.start));
  return t;
}

render::Tree devices_tree(const DossierSummary& d, std::string_view lang, std::vector<std::string>& labels) {
  render::Tree list = render::Tree::list();
  for (const auto& device : d.devices) {
    render::Tree t = render::Tree::object();
    t.set("id", device.id);
    t.set("title", device.title);
    t.set("held", number(device.held));
    t.set("planned", device.planned ? number(*device.planned) : render::Tree::null());
    t.set_template_only("progress", progress_label(device, lang));
    labels.push_back(fmt::format("{} ({})", device.title.empty() ? device.id : device.title, progress_label(device, lang)));
    list.push(std::move(t));
  }
  return list;
}

// The counts every entry and the summary share, figures and words.
void set_counts(render::Tree& t, long long waiting, long long arbitrations, long long errors, long long warnings,
                std::string_view lang) {
  t.set("waiting_answers", number(waiting));
  t.set("open_arbitrations", number(arbitrations));
  t.set("errors", number(errors));
  t.set("warnings", number(warnings));
  t.set_template_only("waiting_label", counted(waiting, kWaiting, lang));
  t.set_template_only("arbitrations_label", counted(arbitrations, kArbitrations, lang));
  t.set_template_only("errors_label", counted(errors, kErrors, lang));
  t.set_template_only("warnings_label", counted(warnings, kWarnings, lang));
  t.set_template_only("has_errors", render::Tree::boolean(errors > 0));
}

render::Tree dossier_tree(const DossierSummary& d, std::string_view lang) {
  render::Tree t = render::Tree::object();
  t.set("path", d.path);
  t.set("id", text_or_null(d.id));
  t.set("title", text_or_null(d.title));
  t.set("lang", d.lang);
  t.set_template_only("name", d.title.empty() ? d.path : d.title);
  t.set("next_session", d.next ? session_tree(*d.next, lang) : render::Tree::null());
  t.set("upcoming_sessions", number(d.upcoming));
  std::vector<std::string> labels;
  t.set("devices", devices_tree(d, lang, labels));
  t.set_template_only("has_devices", render::Tree::boolean(!labels.empty()));
  if (!labels.empty()) t.set_template_only("devices_label", bilan::joined(labels));
  set_counts(t, d.waiting, d.open_arbitrations, d.errors, d.warnings, lang);
  return t;
}

render::Tree summary_tree(const std::vector<DossierSummary>& dossiers, std::string_view lang) {
  long long with_errors = 0, upcoming = 0, waiting = 0, arbitrations = 0, errors = 0, warnings = 0;
  const DossierSummary* next = nullptr;
  for (const auto& d : dossiers) {
    with_errors += d.errors > 0 ? 1 : 0;
    upcoming += d.upcoming;
    waiting += d.waiting;
    arbitrations += d.open_arbitrations;
    errors += d.errors;
    warnings += d.warnings;
    if (d.next && (next == nullptr || std::tie(d.next->date, d.next->start) < std::tie(next->next->date, next->next->start))) {
      next = &d;
    }
  }
  render::Tree t = render::Tree::object();
  t.set("dossiers", number(static_cast<long long>(dossiers.size())));
  t.set_template_only("dossiers_label", counted(static_cast<long long>(dossiers.size()), kDossiers, lang));
  t.set("with_errors", number(with_errors));
  t.set_template_only("any_with_errors", render::Tree::boolean(with_errors > 0));
  t.set("upcoming_sessions", number(upcoming));
  t.set_template_only("upcoming_label", counted(upcoming, kUpcoming, lang));
  if (next != nullptr) {
    render::Tree s = session_tree(*next->next, lang);
    s.set("path", next->path);
    t.set("next_session", std::move(s));
  } else {
    t.set("next_session", render::Tree::null());
  }
  set_counts(t, waiting, arbitrations, errors, warnings, lang);
  return t;
}

}  // namespace

std::string counted(long long n, const Noun& noun, std::string_view lang) {
  if (lang == "en") return n == 0 ? fmt::format("no {}", noun.en_one) : text::count_of(lang, n, noun.en_one, noun.en_many);
  if (n == 0) return fmt::format("{} {}", noun.fr_feminine ? "aucune" : "aucun", noun.fr_one);
  return text::count_of(lang, n, noun.fr_one, noun.fr_many);
}

render::Tree status_tree(const std::vector<DossierSummary>& dossiers, const model::Date& today, std::string_view lang) {
  render::Tree t = render::Tree::object();
  t.set("lang", std::string(lang));
  t.set("today", today.iso());
  t.set_template_only("today_long", bilan::long_date(today, lang));
  render::Tree list = render::Tree::list();
  for (const auto& d : dossiers) list.push(dossier_tree(d, lang));
  t.set("dossiers", std::move(list));
  t.set("summary", summary_tree(dossiers, lang));
  return t;
}

}  // namespace efc::portfolio
