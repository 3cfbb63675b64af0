#include "page/charts.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "bilan/labels.hpp"
#include "bilan/parts.hpp"
#include "chart/svg.hpp"
#include "format/scalars.hpp"
#include "queue/workdays.hpp"
#include "text/language.hpp"

namespace efc::page {
namespace {

using render::Tree;

bool is_en(std::string_view lang) { return lang == "en"; }

// The English or the French sentence, formatted with `args`.
template <class... Args>
std::string say(bool en, const char* english, const char* french, const Args&... args) {
  return fmt::format(fmt::runtime(en ? english : french), args...);
}

// ---- reading a document's tree --------------------------------------------------------

const Tree* at(const Tree* t, std::initializer_list<std::string_view> path) {
  for (const auto key : path) {
    if (t == nullptr || t->kind() != Tree::Kind::Object) return nullptr;
    t = t->get(key);
  }
  return t;
}

std::string text_of(const Tree* t) {
  return t != nullptr && (t->kind() == Tree::Kind::String || t->kind() == Tree::Kind::Number) ? t->text() : "";
}

long long number_of(const Tree* t) {
  return t != nullptr && t->kind() == Tree::Kind::Number ? std::stoll(t->text()) : 0;
}

bool flag(const Tree* t) { return t != nullptr && t->kind() == Tree::Kind::Boolean && t->text() == "true"; }

const std::vector<Tree>& items_of(const Tree* t) {
  static const std::vector<Tree> kNone;
  return t != nullptr && t->kind() == Tree::Kind::List ? t->items() : kNone;
}

// One chart for the templates: its markup, its title and its sentence.
Tree chart_entry(std::string svg, const std::string& title, const std::string& summary) {
  Tree t = Tree::object();
  t.set("svg", std::move(svg));
  t.set("title", title);
  t.set("summary", summary);
  return t;
}

using bilan::joined;

// "3 récits" / "1 story": a count and its noun.
std::string counted(long long n, std::string_view one, std::string_view many, std::string_view lang) {
  return text::count_of(lang, n, one, many);
}

// "Head: a; b." / "Tête : a ; b." (parts joined by `sep`, or by semicolons).
std::string sentence(std::string head, const std::vector<std::string>& parts, std::string_view lang,
                     std::string_view sep = "") {
  if (parts.empty()) return head + ".";
  const std::string between = !sep.empty() ? std::string(sep) : is_en(lang) ? "; " : " ; ";
  return head + (is_en(lang) ? ": " : " : ") + joined(parts, between) + ".";
}

// ---- bilan ----------------------------------------------------------------------------

Tree attendance_chart(const Tree& bilan, std::string_view lang) {
  const bool en = is_en(lang);
  const Tree* attendance = at(&bilan, {"attendance"});
  const auto& sessions = items_of(at(attendance, {"sessions"}));
  chart::BarChart c{"chart-attendance", en ? "Attendance per session" : "Présence par séance", {}, {}, 0};
  c.legend = {{chart::Fill::Dark, {}, en ? "present" : "présents"}, {chart::Fill::Blank, {}, en ? "absent" : "absents"}};
  std::vector<std::string> parts;
  for (const auto& s : sessions) {
    const long long present = number_of(s.get("present")), expected = number_of(s.get("expected"));
    const std::string label = fmt::format("{} {}", en ? "Session" : "Séance", number_of(s.get("number")));
    c.rows.push_back({label, {{double(present), chart::Fill::Dark}, {double(expected - present), chart::Fill::Blank}},
                      fmt::format("{} / {}", present, expected)});
    parts.push_back(say(en, "session {}, {} of {}", "séance {}, {} sur {}", number_of(s.get("number")), present, expected));
  }
  if (!sessions.empty()) {
    return chart_entry(chart::bar_chart(c), c.title,
                       sentence(en ? "Participants present at each session, out of those expected"
                                   : "Participants présents à chaque séance, sur ceux attendus",
                                parts, lang));
  }
  // A shared view holds one overall figure: who came when stays with the group.
  const long long present = number_of(at(attendance, {"present"})), expected = number_of(at(attendance, {"expected"}));
  c.title = en ? "Attendance over the series" : "Assiduité sur l'ensemble de la série";
  c.rows.push_back({en ? "All sessions" : "Toutes les séances",
                    {{double(present), chart::Fill::Dark}, {double(expected - present), chart::Fill::Blank}},
                    fmt::format("{} / {}", present, expected)});
  const std::string text =
      en ? fmt::format("{} present out of {} expected over the series; the detail per session stays with the group.", present,
                       expected)
         : fmt::format("{} sur {} {} sur l'ensemble de la série ; le détail par séance reste au groupe.",
                       counted(present, "présence", "présences", lang), expected,
                       text::agree(lang, expected, "attendue", "attendues"));
  return chart_entry(chart::bar_chart(c), c.title, text);
}

chart::Fill status_fill(const std::string& status) {
  if (status == "accepted") return chart::Fill::Light;
  if (status == "running") return chart::Fill::Hatched;
  if (status == "done") return chart::Fill::Dark;
  return chart::Fill::Blank;  // proposed, dropped
}

// "2 en cours" / "1 done": how many experiments end in `status`, in words.
std::string status_count(const std::string& status, long long n, std::string_view lang) {
  if (is_en(lang)) return fmt::format("{} {}", n, bilan::status_label(status, lang));
  static const std::map<std::string, std::pair<const char*, const char*>> kFrench = {
      {"proposed", {"proposée", "proposées"}},   {"accepted", {"acceptée", "acceptées"}},
      {"running", {"en cours", "en cours"}},     {"done", {"menée à terme", "menées à terme"}},
      {"dropped", {"abandonnée", "abandonnées"}}};
  const auto it = kFrench.find(status);
  if (it == kFrench.end()) return fmt::format("{} {}", n, status);
  return fmt::format("{} {}", n, text::agree(lang, n, it->second.first, it->second.second));
}

Tree experiments_chart(const Tree& bilan, std::string_view lang) {
  const bool en = is_en(lang);
  long long last = 1;
  for (const auto& s : items_of(bilan.get("sessions"))) last = std::max(last, number_of(s.get("number")));
  chart::Timeline c{"chart-experiments", en ? "Path of each experiment across sessions" : "Parcours des expérimentations, séance par séance",
                    0.5, double(last) + 0.5, {}, {}, {}, std::nullopt, ""};
  for (long long n = 1; n <= last; ++n) c.ticks.push_back({double(n), fmt::format("{} {}", en ? "S." : "S", n)});
  for (const char* status : {"proposed", "accepted", "running", "done", "dropped"}) {
    chart::Key k{status_fill(status), std::nullopt, bilan::status_label(status, lang)};
    if (std::string_view(status) == "dropped") k.shape = chart::Shape::Cross;
    c.legend.push_back(k);
  }
  std::map<std::string, long long> by_status;
  for (const auto& e : items_of(bilan.get("experiments"))) {
    chart::TimelineRow row{text_of(e.get("text")), {}, {}, text_of(e.get("status_label")), false};
    const auto& history = items_of(e.get("history"));
    for (std::size_t i = 0; i < history.size(); ++i) {
      const std::string status = text_of(history[i].get("status"));
      const double from = double(number_of(history[i].get("session"))) - 0.5;
      const bool final_step = status == "done" || status == "dropped";
      const double to = i + 1 < history.size() ? double(number_of(history[i + 1].get("session"))) - 0.5
                                               : (final_step ? from + 1 : double(last) + 0.5);
      row.spans.push_back({from, to, status_fill(status)});
      if (status == "dropped") row.marks.push_back({from + 0.5, chart::Shape::Cross});
    }
    const std::string status = text_of(e.get("status"));
    ++by_status[status];
    c.rows.push_back(std::move(row));
  }
  std::vector<std::string> parts;
  for (const char* status : {"proposed", "accepted", "running", "done", "dropped"}) {
    if (by_status.count(status) != 0) parts.push_back(status_count(status, by_status[status], lang));
  }
  const long long total = static_cast<long long>(c.rows.size());
  std::string head = en ? fmt::format("{}, by their latest status", counted(total, "experiment", "experiments", lang))
                        : fmt::format("{}, selon leur dernier état", counted(total, "expérimentation", "expérimentations", lang));
  if (total == 0) head = en ? "No experiment" : "Aucune expérimentation";
  return chart_entry(chart::timeline(c), c.title, sentence(head, parts, lang, ", "));
}

Tree themes_chart(const Tree& bilan, std::string_view lang) {
  const bool en = is_en(lang);
  chart::BarChart c{"chart-themes", en ? "Themes by number of stories" : "Thèmes, par nombre de récits", {}, {}, 0};
  std::vector<std::string> parts;
  for (const auto& t : items_of(bilan.get("themes"))) {
    const long long n = number_of(t.get("count"));
    c.rows.push_back({text_of(t.get("keyword")), {{double(n), chart::Fill::Dark}}, std::to_string(n)});
    parts.push_back(fmt::format("{} ({})", text_of(t.get("keyword")), n));
  }
  const std::string head = c.rows.empty() ? (en ? "No keyword" : "Aucun mot-clé")
                                          : (en ? "Keywords of the stories, with how many stories carry each"
                                                : "Mots-clés des récits, avec le nombre de récits qui portent chacun");
  return chart_entry(chart::bar_chart(c), c.title, sentence(head, parts, lang));
}

Tree loop_chart(const Tree& bilan, std::string_view lang) {
  const bool en = is_en(lang);
  chart::BarChart c{"chart-loop", en ? "What went up to management, and what came back" : "Ce qui est remonté, et ce qui est revenu",
                    {}, {}, 0};
  c.legend = {{chart::Fill::Dark, {}, en ? "answered" : "avec une réponse"},
              {chart::Fill::Light, {}, en ? "taken up by the group" : "reprise par le groupe"},
              {chart::Fill::Hatched, {}, en ? "waiting for an answer" : "en attente de réponse"}};
  const std::array<std::pair<const char*, const char*>, 3> kinds = {
      std::pair{"question", en ? "Questions" : "Questions"}, std::pair{"hypothesis", en ? "Hypotheses" : "Hypothèses"},
      std::pair{"experiment", en ? "Experiments" : "Expérimentations"}};
  std::vector<std::string> parts;
  for (const auto& [kind, label] : kinds) {
    long long answered = 0, waiting = 0, other = 0;
    for (const auto& item : items_of(at(&bilan, {"loop", "items"}))) {
      if (text_of(item.get("kind")) != kind) continue;
      if (!items_of(item.get("answers")).empty()) ++answered;
      else if (flag(item.get("waiting"))) ++waiting;
      else ++other;
    }
    const long long total = answered + waiting + other;
    if (total == 0) continue;
    c.rows.push_back({label,
                      {{double(answered), chart::Fill::Dark}, {double(other), chart::Fill::Light}, {double(waiting), chart::Fill::Hatched}},
                      say(en, "{} of {}", "{} sur {}", answered, total)});
    std::string lower = label;
    if (!parts.empty()) lower[0] = static_cast<char>(lower[0] - 'A' + 'a');  // only the sentence's first word is capitalised
    parts.push_back(en ? fmt::format("{}: {} went up, {} answered, {} waiting", lower, total, answered, waiting)
                       : fmt::format("{} : {}, {} avec une réponse, {} en attente", lower,
                                     text::count_of(lang, total, "remontée", "remontées"), answered, waiting));
  }
  if (c.rows.empty()) {
    const std::string to_whom = bilan::recipients_phrase(text_of(at(&bilan, {"device", "kind"})), lang);
    return chart_entry(chart::bar_chart(c), c.title,
                       say(en, "Nothing has gone up to {} yet.", "Rien n'est encore remonté {}.", to_whom));
  }
  return chart_entry(chart::bar_chart(c), c.title, joined(parts, en ? "; " : " ; ") + ".");
}

// ---- dates on an axis -----------------------------------------------------------------

constexpr std::array<const char*, 12> kMonthsFr = {"janv.", "févr.", "mars", "avr.", "mai", "juin",
                                                   "juil.", "août", "sept.", "oct.", "nov.", "déc."};
constexpr std::array<const char*, 12> kMonthsEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::optional<queue::Day> day_of_iso(const std::string& iso) {
  const auto d = format::parse_date(iso);
  if (!d) return std::nullopt;
  return queue::day_of(*d);
}

// Ticks on the first of each month (every `step` months) within [from, to].
std::vector<chart::Tick> month_ticks(queue::Day from, queue::Day to, std::string_view lang) {
  std::vector<chart::Tick> ticks;
  const auto first = queue::date_of(from);
  if (!first) return ticks;
  const long long months = (to - from) / 30 + 1;
  const int step = months > 24 ? 6 : months > 12 ? 3 : 1;
  model::Date d{first->year, first->month, 1};
  bool year_shown = false;
  for (int guard = 0; guard < 400; ++guard) {
    const queue::Day day = queue::day_of(d);
    if (day > to) break;
    if (day >= from) {
      const char* month = (is_en(lang) ? kMonthsEn : kMonthsFr)[static_cast<std::size_t>(d.month - 1)];
      const bool with_year = !year_shown || d.month <= step;
      ticks.push_back({double(day), with_year ? fmt::format("{} {}", month, d.year) : std::string(month)});
      year_shown = true;
    }
    d.month += step;
    while (d.month > 12) {
      d.month -= 12;
      ++d.year;
    }
  }
  return ticks;
}

// Ticks every week (every day when the range is short) within [from, to]: "10 mars".
std::vector<chart::Tick> day_ticks(queue::Day from, queue::Day to, std::string_view lang) {
  const queue::Day step = to - from > 120 ? 28 : to - from > 50 ? 14 : 7;
  std::vector<chart::Tick> ticks;
  for (queue::Day day = from; day <= to; day += step) {
    const auto d = queue::date_of(day);
    if (!d) break;
    const char* month = (is_en(lang) ? kMonthsEn : kMonthsFr)[static_cast<std::size_t>(d->month - 1)];
    ticks.push_back({double(day), fmt::format("{} {}", d->day, month)});
  }
  return ticks;
}

}  // namespace

std::string long_date_of(const std::string& iso, std::string_view lang) {
  const auto d = format::parse_date(iso);
  return d ? bilan::long_date(*d, lang) : iso;
}

render::Tree bilan_charts(const render::Tree& bilan, std::string_view lang) {
  Tree t = Tree::object();
  t.set("attendance", attendance_chart(bilan, lang));
  t.set("experiments", experiments_chart(bilan, lang));
  t.set("themes", themes_chart(bilan, lang));
  t.set("loop", loop_chart(bilan, lang));
  return t;
}

render::Tree status_charts(const render::Tree& status, std::string_view lang) {
  const bool en = is_en(lang);
  const auto today = day_of_iso(text_of(status.get("today")));
  queue::Day from = today.value_or(0), to = today.value_or(0);
  const auto& devices = items_of(at(&status, {"dedicated_times", "devices"}));
  for (const auto& device : devices) {
    for (const auto& s : items_of(device.get("sessions"))) {
      if (const auto day = day_of_iso(text_of(s.get("date")))) {
        from = std::min(from, *day);
        to = std::max(to, *day);
      }
    }
  }
  from -= 7;
  to += 7;
  chart::Timeline c{"chart-sessions", en ? "Sessions of each device, held against planned" : "Séances de chaque dispositif : tenues et prévues",
                    double(from), double(to), month_ticks(from, to, lang), {}, {}, std::nullopt, ""};
  c.legend = {{std::nullopt, chart::Shape::Dot, en ? "session held" : "séance tenue"},
              {std::nullopt, chart::Shape::Ring, en ? "session to come" : "séance à venir"}};
  if (today) {
    c.now = double(*today);
    c.now_label = en ? "today" : "aujourd'hui";
  }
  std::vector<std::string> parts;
  for (const auto& device : devices) {
    chart::TimelineRow row{text_of(device.get("title")), {}, {}, "", false};
    for (const auto& s : items_of(device.get("sessions"))) {
      if (const auto day = day_of_iso(text_of(s.get("date")))) {
        row.marks.push_back({double(*day), flag(s.get("held")) ? chart::Shape::Dot : chart::Shape::Ring});
      }
    }
    const long long held = number_of(device.get("held"));
    const bool has_plan = device.get("planned") && device.get("planned")->kind() == Tree::Kind::Number;
    const long long planned = has_plan ? number_of(device.get("planned")) : 0;
    row.note = bilan::held_of_planned(held, planned, lang);
    parts.push_back(fmt::format(fmt::runtime(en ? "{}: {} held" : "{} : {} {}"), text_of(device.get("title")),
                                text::count_of(lang, held, en ? "session" : "séance", en ? "sessions" : "séances"),
                                en ? "" : text::agree(lang, held, "tenue", "tenues")));
    if (has_plan) parts.back() += fmt::format(fmt::runtime(en ? " of {} planned" : " sur {} {}"), planned,
                                              en ? "" : text::agree(lang, planned, "prévue", "prévues"));
    c.rows.push_back(std::move(row));
  }
  const std::string summary = parts.empty() ? (en ? "No REX device." : "Aucun dispositif REX.") : joined(parts, en ? "; " : " ; ") + ".";
  Tree t = Tree::object();
  t.set("sessions", chart_entry(chart::timeline(c), c.title, summary));
  return t;
}

render::Tree impact_charts(const queue::Impact& impact, const std::string& urgent_label, std::string_view lang) {
  const bool en = is_en(lang);
  queue::Day to = std::max(impact.finish_as_is, impact.finish_first);
  for (const auto& s : impact.slips) {
    to = std::max({to, s.finish_before, s.finish_after, s.promised.value_or(to)});
  }
  if (impact.requested_deadline) to = std::max(to, *impact.requested_deadline);
  to += 2;
  chart::Timeline c{"chart-queue", en ? "The performer's queue, as is and with the urgent request first"
                                      : "La file, à son tour et avec la demande urgente en tête",
                    double(impact.start), double(to), day_ticks(impact.start, to, lang), {}, {}, std::nullopt, ""};
  c.legend = {{chart::Fill::Light, std::nullopt, en ? "as is" : "à son tour"},
              {chart::Fill::Dark, std::nullopt, en ? "urgent request first" : "demande urgente en tête"},
              {chart::Fill::Hatched, std::nullopt, en ? "promise newly missed" : "engagement qui ne serait plus tenu"},
              {std::nullopt, chart::Shape::Diamond, en ? "promised or requested date" : "date promise ou demandée"}};
  // The two orders: as is (the urgent request after the first `position` others), and first.
  struct Bar { std::string id; queue::Day before_from, before_to, after_from, after_to; };
  std::vector<Bar> bars(impact.slips.size() + 1);
  queue::Day previous = impact.start - 1;
  const auto place = [&](std::size_t i, queue::Day finish, bool as_is) {
    const queue::Day from = std::min(previous + 1, finish);
    (as_is ? bars[i].before_from : bars[i].after_from) = from;
    (as_is ? bars[i].before_to : bars[i].after_to) = finish;
    previous = std::max(previous, finish);
  };
  const std::size_t urgent = impact.slips.size();
  for (std::size_t i = 0; i <= impact.slips.size(); ++i) {
    if (i == impact.position) place(urgent, impact.finish_as_is, true);
    if (i < impact.slips.size()) place(i, impact.slips[i].finish_before, true);
  }
  previous = impact.start - 1;
  place(urgent, impact.finish_first, false);
  for (std::size_t i = 0; i < impact.slips.size(); ++i) place(i, impact.slips[i].finish_after, false);

  const auto add_rows = [&](std::size_t i, const std::string& label, std::optional<queue::Day> promise, bool missed,
                            long long slip) {
    chart::TimelineRow before{label, {{double(bars[i].before_from), double(bars[i].before_to) + 1, chart::Fill::Light}}, {},
                              en ? "as is" : "à son tour", true};
    chart::TimelineRow after{"", {{double(bars[i].after_from), double(bars[i].after_to) + 1, missed ? chart::Fill::Hatched : chart::Fill::Dark}},
                             {}, "", false};
    after.note = i == urgent ? (en ? "first" : "en tête")
                 : missed        ? (en ? "first: missed" : "en tête : manquée")
                 : slip == 0     ? (en ? "first: unchanged" : "en tête : inchangée")
                                 : say(en, "first: {:+} d", "en tête : {:+} j", slip);
    if (promise) {
      before.marks.push_back({double(*promise) + 0.5, chart::Shape::Diamond});
      after.marks.push_back({double(*promise) + 0.5, chart::Shape::Diamond});
    }
    c.rows.push_back(std::move(before));
    c.rows.push_back(std::move(after));
  };
  add_rows(urgent, urgent_label, impact.requested_deadline, false, 0);
  long long slipped = 0, most = 0;
  std::vector<std::string> missed;
  for (std::size_t i = 0; i < impact.slips.size(); ++i) {
    const queue::Slip& s = impact.slips[i];
    add_rows(i, s.client.empty() ? s.id : s.id + " · " + s.client, s.promised, s.newly_missed, s.slip_days);
    if (s.slip_days > 0) ++slipped;
    most = std::max(most, s.slip_days);
    if (s.newly_missed) missed.push_back(s.id);
  }
  std::string summary =
      say(en, "With {} first, {} of the {} other requests finish later, by at most {}; ",
          "Avec {} en tête, {} des {} autres demandes finissent plus tard, de {} au plus ; ", urgent_label, slipped,
          impact.slips.size(),
          en ? counted(most, "working day", "working days", lang) : counted(most, "jour ouvré", "jours ouvrés", lang));
  const auto n_missed = static_cast<long long>(missed.size());
  if (missed.empty())
    summary += en ? "no promise is newly missed." : "tous les engagements tenus le resteraient.";
  else if (en)
    summary += say(en, "promises newly missed: {}.", "", text::join_words(lang, missed));
  else
    summary += fmt::format(
        "{} {} : {}.", n_missed == 1 ? std::string("un engagement") : counted(n_missed, "engagement", "engagements", lang),
        text::agree(lang, n_missed, "ne serait plus tenu", "ne seraient plus tenus"), text::join_words(lang, missed));
  Tree t = Tree::object();
  t.set("queue", chart_entry(chart::timeline(c), c.title, summary));
  return t;
}

render::Tree report_charts(const queue::Report& report, std::string_view lang) {
  const bool en = is_en(lang);
  constexpr std::array<const char*, 5> kFr = {"Acceptés", "Négociés", "Refusés", "Remontés à la direction", "En cours"};
  constexpr std::array<const char*, 5> kEn = {"Accepted", "Negotiated", "Declined", "Escalated", "Open"};
  // In the sentence: "1 accepté, 2 négociés" (arbitrages), "1 accepted, 2 negotiated".
  constexpr std::array<std::array<const char*, 2>, 5> kFrWords = {{{"accepté", "acceptés"}, {"négocié", "négociés"},
                                                                   {"refusé", "refusés"}, {"remonté à la direction", "remontés à la direction"},
                                                                   {"en cours", "en cours"}}};
  constexpr std::array<const char*, 5> kEnWords = {"accepted", "negotiated", "declined", "escalated", "open"};
  chart::BarChart outcomes{"chart-outcomes", en ? "Outcomes of the arbitrations" : "Issue des arbitrages", {}, {}, 0};
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < queue::kOutcomes.size(); ++i) {
    const long long n = report.outcomes[i];
    outcomes.rows.push_back({(en ? kEn : kFr)[i], {{double(n), chart::Fill::Dark}}, std::to_string(n)});
    if (n > 0) parts.push_back(fmt::format("{} {}", n, en ? kEnWords[i] : kFrWords[i][n > 1 ? 1 : 0]));
  }
  const std::string head = en ? fmt::format("{}", counted(static_cast<long long>(report.items.size()), "arbitration", "arbitrations", lang))
                              : fmt::format("{}", counted(static_cast<long long>(report.items.size()), "arbitrage", "arbitrages", lang));
  Tree t = Tree::object();
  t.set("outcomes", chart_entry(chart::bar_chart(outcomes), outcomes.title, sentence(head, parts, lang, ", ")));

  std::optional<queue::Day> from, to;
  for (const auto& item : report.items) {
    for (const auto& d : {item.requested_deadline, item.decided_deadline}) {
      if (!d) continue;
      const queue::Day day = queue::day_of(*d);
      from = from ? std::min(*from, day) : day;
      to = to ? std::max(*to, day) : day;
    }
  }
  const queue::Day first = from.value_or(0) - 3, last = to.value_or(0) + 3;
  chart::Timeline deadlines{"chart-deadlines", en ? "Deadlines requested and decided" : "Délais demandés et délais décidés",
                            double(first), double(last), day_ticks(first, last, lang), {}, {}, std::nullopt, ""};
  deadlines.legend = {{std::nullopt, chart::Shape::Ring, en ? "requested" : "demandé"},
                      {std::nullopt, chart::Shape::Dot, en ? "decided" : "décidé"}};
  std::vector<std::string> lines;
  for (const auto& item : report.items) {
    if (!item.requested_deadline && !item.decided_deadline) continue;
    const std::string client = joined(item.clients, ", ");
    chart::TimelineRow row{client.empty() ? item.id : item.id + " · " + client, {}, {}, "", false};
    if (item.requested_deadline && item.decided_deadline) {
      row.spans.push_back({double(queue::day_of(*item.requested_deadline)), double(queue::day_of(*item.decided_deadline)),
                           chart::Fill::Light});
    }
    if (item.requested_deadline) row.marks.push_back({double(queue::day_of(*item.requested_deadline)), chart::Shape::Ring});
    if (item.decided_deadline) row.marks.push_back({double(queue::day_of(*item.decided_deadline)), chart::Shape::Dot});
    if (item.gap_days) row.note = say(en, "{:+} working d", "{:+} j ouvrés", *item.gap_days);
    const std::string asked = item.requested_deadline
                                  ? say(en, "deadline requested for {}", "délai demandé pour le {}", bilan::long_date(*item.requested_deadline, lang))
                                  : (en ? "no deadline requested" : "sans délai demandé");
    const std::string decided = item.decided_deadline
                                    ? say(en, "decided for {}", "décidé pour le {}", bilan::long_date(*item.decided_deadline, lang))
                                    : (en ? "none decided" : "aucun délai décidé");
    lines.push_back(say(en, "{}: {}, {}", "{} : {}, {}", item.id, asked, decided));
    deadlines.rows.push_back(std::move(row));
  }
  const std::string summary = lines.empty() ? (en ? "No deadline was requested or decided." : "Aucun délai demandé ni décidé.")
                                            : joined(lines, en ? "; " : " ; ") + ".";
  t.set("deadlines", chart_entry(chart::timeline(deadlines), deadlines.title, summary));
  return t;
}

}  // namespace efc::page
