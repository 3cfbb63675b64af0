#include "queue/present.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/french.hpp"
#include "text/json.hpp"
#include "text/language.hpp"
#include "text/utf8.hpp"

namespace efc::queue {
namespace {

// The words of the impact text in one language; {} are filled in the order documented.
struct ImpactWords {
  const char* title;          // id, label, client, days of work
  const char* in_queue;       // ref
  const char* outside;        // (none)
  const char* days;           // n (plural-aware through days_one)
  const char* days_one;       // n, for the numbers that take the singular
  bool french;                // 0 and 1 take the singular
  const char* queue_line;     // performer (French: with its "de"/"d'"), date
  const char* not_waiting;    // ref, date
  const char* as_is;          // n requests before, date
  const char* first;          // date
  const char* deadline_met;   // date
  const char* deadline_missed;
  const char* no_deadline;
  const char* others;         // label
  const char* nobody;         // date
  std::array<const char*, 6> headers;
  const char* kept;
  const char* newly_missed;
  const char* missed_anyway;
  const char* none_missed;               // (none)
  const char* missed_count;              // "n engagements", ids (count_of agrees the words after it)
  std::array<const char*, 2> promise;    // one, many: the noun counted by missed_count
  std::array<const char*, 2> no_longer;  // one, many: "would no longer be kept" agreeing with it
  std::array<const char*, 2> request;    // one, many
  const char* safe_first;     // date
  const char* safe_after;     // date, id
  const char* unknown_effort; // ids
  const char* label_ref;      // ref
  const char* label_new;
  const char* no_promise;  // the HTML table's cell for a request without a promised date
  const char* one_missed;  // id: missed_count for one request, the number in words
};

constexpr ImpactWords kImpactEnglish = {
    "Arbitration {}: {} for {}, {} of work.",
    "request {}",
    "a request outside the queue",
    "{} working days",
    "{} working day",
    false,
    "Queue of {} from {}: one effort-day per working day, in queue order.",
    "{} is not waiting in the queue on {}: it counts as a new request, at the end.",
    "In its turn (after {}): finished {}.",
    "Put first: finished {}.",
    "Requested deadline {}: met if put first.",
    "Requested deadline {}: cannot be met, even put first.",
    "No requested deadline.",
    "The other requests if {} goes first:",
    "No other request waits in the queue on {}.",
    {"request", "client", "as is", "put first", "slip", "promised"},
    "kept",
    "newly missed",
    "already missed",
    "No promise kept so far would be missed.",
    "{} {}: {}.",
    {"promise", "promises"},
    {"would be newly missed", "would be newly missed"},
    {"request", "requests"},
    "Earliest deadline that breaks no promise: {}, put first.",
    "Earliest deadline that breaks no promise: {}, slotted after {}.",
    "Effort unknown, counted as 0 working days: {}.",
    "{}",
    "the urgent request",
    "—",
    "One promise would be newly missed: {}.",
};

constexpr ImpactWords kImpactFrench = {
    "Arbitrage {} : {} pour {}, {} de travail.",
    "demande {}",
    "demande hors file",
    "{} jours ouvrés",
    "{} jour ouvré",
    true,
    "File {} à partir du {} : un jour de travail par jour ouvré, dans l'ordre de la file.",
    "{} n'est pas en attente dans la file le {} : elle compte comme une nouvelle demande, en fin de file.",
    "À son tour (après {}) : terminée le {}.",
    "En tête de file : terminée le {}.",
    "Délai demandé {} : tenu si elle passe en tête.",
    "Délai demandé {} : intenable, même en tête de file.",
    "Pas de délai demandé.",
    "Les autres demandes si {} passe en tête :",
    "Aucune autre demande n'attend dans la file le {}.",
    {"demande", "client", "à son tour", "en tête", "décalage", "promis"},
    "tenu",
    "plus tenu",
    "déjà manqué",
    "Tous les engagements tenus le resteraient.",
    "{} {} : {}.",
    {"engagement", "engagements"},
    {"ne serait plus tenu", "ne seraient plus tenus"},
    {"demande", "demandes"},
    "Délai au plus tôt qui tient tous les engagements : {}, en tête de file.",
    "Délai au plus tôt qui tient tous les engagements : {}, placée après {}.",
    "Charge inconnue, comptée 0 jour : {}.",
    "la demande {}",
    "la demande urgente",
    "sans objet",
    "Un engagement ne serait plus tenu : {}.",
};

const ImpactWords& words_for(std::string_view lang) { return lang == "en" ? kImpactEnglish : kImpactFrench; }

bool plural(const ImpactWords& w, long long n) { return w.french ? (n > 1 || n < -1) : n != 1; }

std::string_view lang_of(const ImpactWords& w) { return w.french ? "fr" : "en"; }

std::string iso(Day day) {
  const auto d = date_of(day);
  return d ? d->iso() : std::string("?");
}

std::optional<std::string> iso_or_none(std::optional<Day> day) {
  return day ? std::optional<std::string>(iso(*day)) : std::nullopt;
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : std::string(sep)) + items[i];
  return out;
}

// Rows of cells printed in columns two spaces apart, widths in characters, no trailing space.
std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], text::char_count(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line = " ";
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += " " + row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - text::char_count(row[c]) + 1, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string performer_name(const model::Dossier& d) {
  if (!d.queue || !d.queue->performer) return "?";
  const model::Person* p = d.person(*d.queue->performer);
  return p != nullptr && p->name ? model::shown_name(*p) : *d.queue->performer;
}

std::string slip_word(long long days) { return days > 0 ? fmt::format("+{}", days) : fmt::format("{}", days); }

std::string promise_word(const ImpactWords& w, const Slip& s) {
  if (!s.promised) return "";
  if (s.missed_anyway) return w.missed_anyway;
  return s.newly_missed ? w.newly_missed : w.kept;
}

std::string others_table(const ImpactWords& w, const Impact& impact) {
  std::vector<std::vector<std::string>> rows{{w.headers.begin(), w.headers.end()}};
  for (const auto& s : impact.slips) {
    rows.push_back({s.id, s.client, iso(s.finish_before), iso(s.finish_after), slip_word(s.slip_days),
                    s.promised ? iso(*s.promised) : "-", promise_word(w, s)});
  }
  return table(rows);
}

std::string urgent_lines(const ImpactWords& w, const model::ArbitrationFile& a, const Impact& impact) {
  std::string out;
  const bool has_ref = a.request && a.request->ref;
  if (has_ref && !impact.in_queue) out += fmt::format(fmt::runtime(w.not_waiting), *a.request->ref, a.date->iso()) + "\n";
  const auto n = static_cast<long long>(impact.position);
  out += fmt::format(fmt::runtime(w.as_is), text::count_of(lang_of(w), n, w.request[0], w.request[1]), iso(impact.finish_as_is)) +
         "\n";
  out += fmt::format(fmt::runtime(w.first), iso(impact.finish_first)) + "\n";
  if (!impact.requested_deadline) return out + w.no_deadline + "\n";
  const char* line = *impact.requested_deadline_met ? w.deadline_met : w.deadline_missed;
  return out + fmt::format(fmt::runtime(line), iso(*impact.requested_deadline)) + "\n";
}

std::string summary_lines(const ImpactWords& w, const Impact& impact) {
  std::vector<std::string> missed, unknown;
  for (const auto& s : impact.slips) {
    if (s.newly_missed) missed.push_back(s.id);
    if (!s.effort_known) unknown.push_back(s.id);
  }
  std::string out;
  if (!unknown.empty()) out += fmt::format(fmt::runtime(w.unknown_effort), text::join_words(lang_of(w), unknown)) + "\n";
  const auto n = static_cast<long long>(missed.size());
  const std::string_view lang = lang_of(w);
  if (missed.empty())
    out += std::string(w.none_missed) + "\n";
  else if (n == 1)
    out += fmt::format(fmt::runtime(w.one_missed), missed.front()) + "\n";
  else
    out += fmt::format(fmt::runtime(w.missed_count), text::count_of(lang, n, w.promise[0], w.promise[1]),
                       text::agree(lang, n, w.no_longer[0], w.no_longer[1]), text::join_words(lang, missed)) +
           "\n";
  if (!impact.safe_after) return out + fmt::format(fmt::runtime(w.safe_first), iso(impact.safe_deadline)) + "\n";
  return out + fmt::format(fmt::runtime(w.safe_after), iso(impact.safe_deadline), *impact.safe_after) + "\n";
}

// The lines both forms of an impact open with: the request and its charge, the performer's
// queue, and the words that introduce the requests pushed back.
struct Opening {
  std::string id, intro, queue_line, others_intro;
};

Opening opening(const model::Dossier& d, const ImpactWords& w, const model::ArbitrationFile& a, const Impact& impact) {
  const model::Request& r = *a.request;
  const std::string id = a.id ? *a.id : a.file_id;
  const std::string label = r.ref ? fmt::format(fmt::runtime(w.in_queue), *r.ref) : w.outside;
  const std::string days = fmt::format(fmt::runtime(plural(w, impact.effort) ? w.days : w.days_one), impact.effort);
  const std::string performer = w.french ? text::french_de(performer_name(d)) : performer_name(d);
  const std::string who = r.ref ? fmt::format(fmt::runtime(w.label_ref), *r.ref) : w.label_new;
  return {id, fmt::format(fmt::runtime(w.title), id, label, r.client ? *r.client : "?", days),
          fmt::format(fmt::runtime(w.queue_line), performer, iso(impact.start)), fmt::format(fmt::runtime(w.others), who)};
}

}  // namespace

std::string impact_text(const view::DossierView& v, const model::ArbitrationFile& a, const Impact& impact,
                        std::string_view lang) {
  const ImpactWords& w = words_for(lang);
  const Opening o = opening(v.dossier(), w, a, impact);
  std::string out = o.intro + "\n" + o.queue_line + "\n\n";
  out += urgent_lines(w, a, impact) + "\n";
  if (impact.slips.empty()) {
    out += fmt::format(fmt::runtime(w.nobody), a.date->iso()) + "\n";
  } else {
    out += o.others_intro + "\n" + others_table(w, impact) + "\n";
  }
  return out + summary_lines(w, impact);
}

namespace {

render::Tree line_list(const std::string& lines) {
  render::Tree list = render::Tree::list();
  std::size_t start = 0;
  while (start < lines.size()) {
    const auto nl = lines.find('\n', start);
    const std::string line = lines.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!line.empty()) list.push(line);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return list;
}

}  // namespace

render::Tree impact_tree(const view::DossierView& v, const model::ArbitrationFile& a, const Impact& impact,
                         std::string_view lang) {
  const model::Dossier& d = v.dossier();
  const ImpactWords& w = words_for(lang);
  const Opening o = opening(d, w, a, impact);
  render::Tree t = render::Tree::object();
  t.set("lang", std::string(lang));
  t.set("id", o.id);
  t.set("dossier_title", d.dossier && d.dossier->title ? *d.dossier->title : "");
  t.set("intro", o.intro);
  t.set("queue_line", o.queue_line);
  t.set("urgent_lines", line_list(urgent_lines(w, a, impact)));
  t.set("others_intro", impact.slips.empty() ? render::Tree::null() : render::Tree(o.others_intro));
  t.set("nobody", impact.slips.empty() ? render::Tree(fmt::format(fmt::runtime(w.nobody), a.date->iso())) : render::Tree::null());
  render::Tree rows = render::Tree::list();
  for (const auto& s : impact.slips) {
    render::Tree row = render::Tree::object();
    row.set("id", s.id);
    row.set("client", s.client);
    row.set("finish_before", iso(s.finish_before));
    row.set("finish_after", iso(s.finish_after));
    row.set("slip", slip_word(s.slip_days));
    row.set("promised", s.promised ? iso(*s.promised) : w.no_promise);
    row.set("promise", promise_word(w, s));
    row.set("newly_missed", render::Tree::boolean(s.newly_missed));
    rows.push(std::move(row));
  }
  t.set("has_rows", render::Tree::boolean(!impact.slips.empty()));
  t.set("rows", std::move(rows));
  t.set("summary_lines", line_list(summary_lines(w, impact)));
  const model::Request& r = *a.request;
  const std::string urgent = r.ref ? *r.ref : std::string(w.label_new);
  t.set("urgent_label", r.client ? urgent + " · " + *r.client : urgent);
  return t;
}

std::string impact_json(const model::ArbitrationFile& a, const Impact& impact) {
  constexpr auto kInline = text::JsonWriter::Layout::Inline;
  const model::Request& r = *a.request;
  text::JsonWriter w;
  w.begin_object().key("arbitration").value(a.id ? *a.id : a.file_id).key("request");
  r.ref ? w.value(*r.ref) : w.null();
  std::vector<std::string> unknown;
  w.key("slips").begin_array();
  for (const Slip& s : impact.slips) {
    if (!s.effort_known) unknown.push_back(s.id);
    w.begin_object(kInline).key("id").value(s.id).key("slip_days").value(s.slip_days);
    w.key("finish_before").value(iso(s.finish_before)).key("finish_after").value(iso(s.finish_after));
    w.key("promised").value(iso_or_none(s.promised)).key("newly_missed").value(s.newly_missed).end_object();
  }
  w.end_array().key("start").value(iso(impact.start));
  w.key("urgent").begin_object(kInline).key("client").value(r.client ? *r.client : "");
  w.key("effort_days").value(impact.effort).key("in_queue").value(impact.in_queue).key("position").value(impact.position);
  w.key("finish_as_is").value(iso(impact.finish_as_is)).key("finish_first").value(iso(impact.finish_first));
  w.key("requested_deadline").value(iso_or_none(impact.requested_deadline));
  w.key("requested_deadline_met").value(impact.requested_deadline_met);
  w.key("safe_deadline").value(iso(impact.safe_deadline)).key("safe_after").value(impact.safe_after).end_object();
  return w.key("effort_unknown").strings(unknown).end_object().finish();
}

namespace {

std::vector<std::string> ids(const std::vector<Named>& named) {
  std::vector<std::string> out;
  for (const auto& n : named) out.push_back(n.id);
  return out;
}

std::vector<std::string> names(const std::vector<Named>& named) {
  std::vector<std::string> out;
  for (const auto& n : named) out.push_back(n.name);
  return out;
}

std::optional<std::string> iso_or_none(const std::optional<model::Date>& d) {
  return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

void write_report_item(text::JsonWriter& w, const ReportItem& item) {
  w.begin_object(text::JsonWriter::Layout::Inline).key("id").value(item.id).key("kind").value(item.kind);
  w.key("date").value(item.date.iso()).key("clients").strings(item.clients).key("outcome").value(item.outcome);
  w.key("requested_deadline").value(iso_or_none(item.requested_deadline));
  w.key("decided_deadline").value(iso_or_none(item.decided_deadline)).key("gap_days").value(item.gap_days);
  w.key("parties").strings(ids(item.parties)).key("decided_by").strings(ids(item.decided_by));
  w.key("joint").value(item.joint).key("principles").strings(ids(item.principles)).end_object();
}

}  // namespace

std::string report_json(const Report& report) {
  text::JsonWriter w;
  w.begin_object().key("arbitrations").value(report.items.size());
  w.key("outcomes").begin_object(text::JsonWriter::Layout::Inline);
  for (std::size_t i = 0; i < kOutcomes.size(); ++i) w.key(kOutcomes[i]).value(report.outcomes[i]);
  w.end_object().key("decided").value(report.decided).key("joint_decisions").value(report.joint);
  w.key("escalation_share").value(report.escalation_share).key("joint_share").value(report.joint_share);
  w.key("median_gap_days").value(report.median_gap_days).key("items").begin_array();
  for (const auto& item : report.items) write_report_item(w, item);
  return w.end_array().end_object().finish();
}

namespace {

struct ReportWords {
  std::array<const char*, 5> outcomes;  // kOutcomes order
  const char* yes;
  const char* no;
  const char* percent;  // n
  char decimal;
  const char* none;  // a cell without a value
};

constexpr ReportWords kReportEnglish = {
    {"accepted", "negotiated", "declined", "escalated", "open"}, "yes", "no", "{}%", '.', "—"};
constexpr ReportWords kReportFrench = {
    {"acceptée", "négociée", "refusée", "remontée à la direction", "en cours"}, "oui", "non", "{} %", ',', "sans objet"};

std::string outcome_word(const ReportWords& w, const std::string& outcome) {
  for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
    if (outcome == kOutcomes[i]) return w.outcomes[i];
  }
  return outcome;
}

std::string decimal(const ReportWords& w, double x) {
  std::string s = text::json_number(x);
  std::replace(s.begin(), s.end(), '.', w.decimal);
  return s;
}

// std::lround (half away from zero) for |x| < 2^63. lround was efc's only use of libm: without
// it the loader maps no libm at start (docs/benchmarks.md, start-up).
long long round_half_away(double x) {
  const auto whole = static_cast<long long>(x);        // toward zero
  const double rest = x - static_cast<double>(whole);  // exact
  if (rest >= 0.5) return whole + 1;
  if (rest <= -0.5) return whole - 1;
  return whole;
}

std::string percent(const ReportWords& w, const std::optional<double>& share) {
  if (!share) return w.none;
  return fmt::format(fmt::runtime(w.percent), round_half_away(*share * 100.0));
}

std::string or_none(const ReportWords& w, const std::string& s) { return s.empty() ? w.none : s; }

render::Tree item_tree(const ReportWords& w, const ReportItem& item) {
  render::Tree v = render::Tree::object();
  v.set("id", item.id);
  v.set("date", item.date.iso());
  v.set("client", or_none(w, joined(item.clients, ", ")));
  v.set("outcome", outcome_word(w, item.outcome));
  v.set("requested_deadline", item.requested_deadline ? item.requested_deadline->iso() : w.none);
  v.set("decided_deadline", item.decided_deadline ? item.decided_deadline->iso() : w.none);
  v.set("gap", item.gap_days ? slip_word(*item.gap_days) : w.none);
  v.set("parties", or_none(w, joined(names(item.parties), ", ")));
  v.set("joint", item.joint ? (*item.joint ? w.yes : w.no) : w.none);
  v.set("principles", or_none(w, joined(names(item.principles), ", ")));
  return v;
}

}  // namespace

render::Tree report_tree(const Report& report, std::string_view title, std::string_view lang) {
  const ReportWords& w = lang == "en" ? kReportEnglish : kReportFrench;
  render::Tree tree = render::Tree::object();
  tree.set("title", std::string(title));
  render::Tree items = render::Tree::list();
  for (const auto& item : report.items) items.push(item_tree(w, item));
  tree.set("items", std::move(items));
  tree.set("has_items", render::Tree::boolean(!report.items.empty()));
  tree.set("total", std::to_string(report.items.size()));
  for (std::size_t i = 0; i < kOutcomes.size(); ++i) tree.set(kOutcomes[i], std::to_string(report.outcomes[i]));
  tree.set("decided", std::to_string(report.decided));
  tree.set("joint_decisions", std::to_string(report.joint));
  tree.set("escalation_share", percent(w, report.escalation_share));
  tree.set("joint_share", percent(w, report.joint_share));
  tree.set("has_median", render::Tree::boolean(report.median_gap_days.has_value()));
  tree.set("median_gap", report.median_gap_days ? decimal(w, *report.median_gap_days) : w.none);
  return tree;
}

}  // namespace efc::queue
