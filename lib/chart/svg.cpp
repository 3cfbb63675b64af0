#include "chart/svg.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace efc::chart {
namespace {

// Layout, in SVG user units (the page scales the whole drawing).
constexpr double kWidth = 720;
constexpr double kLabelWidth = 230;  // the labels' column, left
constexpr double kNoteWidth = 140;   // timelines: the notes' column, right
constexpr double kValueWidth = 80;   // bars: the values' column, right
constexpr double kRow = 26;          // height of one row
constexpr double kBar = 14;          // height of a bar in its row
constexpr double kTop = 8;
constexpr double kLegendLine = 20;
constexpr double kCharWidth = 6.6;   // an average character at font-size 12
constexpr const char* kInk = "#1d4f7a";
constexpr const char* kLight = "#a8c5e0";
constexpr const char* kAlert = "#a3261b";

std::string num(double x) {
  std::string s = fmt::format("{:.1f}", x);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

std::size_t chars_fitting(double width) { return static_cast<std::size_t>(std::max(1.0, width / kCharWidth)); }

std::string fill_attributes(const std::string& id, Fill fill) {
  switch (fill) {
    case Fill::Dark: return fmt::format(R"(fill="{}" stroke="{}")", kInk, kInk);
    case Fill::Light: return fmt::format(R"(fill="{}" stroke="{}")", kLight, kInk);
    case Fill::Hatched: return fmt::format(R"~(fill="url(#{}-hatch)" stroke="{}")~", id, kInk);
    case Fill::Blank: break;
  }
  return fmt::format(R"(fill="#ffffff" stroke="{}")", kInk);
}

std::string open_svg(const std::string& id, const std::string& title, double height) {
  std::string out = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="{0}-title" )"
      R"(viewBox="0 0 {1} {2}" width="{1}" height="{2}" font-family="sans-serif" font-size="12">)",
      id, num(kWidth), num(height));
  out += fmt::format(R"(<title id="{}-title">{}</title>)", id, xml_escape(title));
  out += fmt::format(
      R"~(<defs><pattern id="{}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">)~"
      R"(<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="{}" stroke-width="2.5"/></pattern></defs>)",
      id, kInk);
  return out;
}

std::string text_at(double x, double y, std::string_view anchor, std::string_view s, std::size_t max_chars) {
  return fmt::format(R"(<text x="{}" y="{}" text-anchor="{}">{}</text>)", num(x), num(y), anchor,
                     xml_escape(shorten(s, max_chars)));
}

std::string rect(const std::string& id, double x, double y, double w, double h, Fill fill) {
  return fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" {}/>)", num(x), num(y), num(std::max(w, 0.0)), num(h),
                     fill_attributes(id, fill));
}

std::string mark(double x, double y, Shape shape) {
  switch (shape) {
    case Shape::Dot: return fmt::format(R"(<circle cx="{}" cy="{}" r="5" fill="{}"/>)", num(x), num(y), kInk);
    case Shape::Ring:
      return fmt::format(R"(<circle cx="{}" cy="{}" r="5" fill="#ffffff" stroke="{}" stroke-width="2"/>)", num(x), num(y), kInk);
    case Shape::Diamond:
      return fmt::format(R"(<path d="M{} {}l6 6l-6 6l-6 -6z" fill="#ffffff" stroke="{}" stroke-width="2"/>)", num(x),
                         num(y - 6), kAlert);
    case Shape::Cross: break;
  }
  return fmt::format(R"(<path d="M{} {}l10 10m0 -10l-10 10" stroke="{}" stroke-width="2.5"/>)", num(x - 5), num(y - 5),
                     kAlert);
}

// The legend's entries laid out in lines below `top`; returns the markup and adds its height.
std::string legend(const std::string& id, const std::vector<Key>& keys, double top, double& height) {
  if (keys.empty()) return "";
  std::string out;
  double x = 8, y = top + 14;
  height += kLegendLine;
  for (const auto& k : keys) {
    const std::string text = shorten(k.text, 60);
    const double w = 22 + static_cast<double>(text.size()) * kCharWidth * 0.9 + 18;
    if (x + w > kWidth && x > 8) {
      x = 8;
      y += kLegendLine;
      height += kLegendLine;
    }
    if (k.fill) out += rect(id, x, y - 10, 14, 12, *k.fill);
    if (k.shape) out += mark(x + 7, y - 4, *k.shape);
    out += text_at(x + 20, y, "start", text, 60);
    x += w;
  }
  return out;
}

double row_total(const BarRow& row) {
  double total = 0;
  for (const auto& s : row.segments) total += std::max(s.value, 0.0);
  return total;
}

}  // namespace

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string shorten(std::string_view s, std::size_t max_chars) {
  std::size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (chars == max_chars) break;
    ++chars;
  }
  if (i >= s.size()) return std::string(s);
  // Cut before the character that would be one too many, leaving room for the ellipsis.
  std::size_t cut = 0, kept = 0;
  for (; cut < s.size(); ++cut) {
    if ((static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) continue;
    if (kept + 1 == max_chars) break;
    ++kept;
  }
  std::string out(s.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::string bar_chart(const BarChart& chart) {
  double scale = chart.scale_max;
  if (scale <= 0) {
    for (const auto& row : chart.rows) scale = std::max(scale, row_total(row));
  }
  if (scale <= 0) scale = 1;
  const double bar_area = kWidth - kLabelWidth - kValueWidth;
  double height = kTop + kRow * static_cast<double>(chart.rows.size()) + 6;
  std::string body;
  double y = kTop;
  for (const auto& row : chart.rows) {
    body += text_at(kLabelWidth - 8, y + kRow / 2 + 4, "end", row.label, chars_fitting(kLabelWidth - 12));
    double x = kLabelWidth;
    for (const auto& s : row.segments) {
      const double w = std::max(s.value, 0.0) / scale * bar_area;
      if (w > 0) body += rect(chart.id, x, y + (kRow - kBar) / 2, w, kBar, s.fill);
      x += w;
    }
    body += text_at(x + 6, y + kRow / 2 + 4, "start", row.value_text, chars_fitting(kValueWidth));
    y += kRow;
  }
  body += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#555555"/>)", num(kLabelWidth), num(kTop),
                      num(y));
  const std::string keys = legend(chart.id, chart.legend, y + 6, height);
  return open_svg(chart.id, chart.title, height) + body + keys + "</svg>";
}

std::string timeline(const Timeline& chart) {
  const double span = chart.to > chart.from ? chart.to - chart.from : 1;
  const double area = kWidth - kLabelWidth - kNoteWidth;
  const auto x_of = [&](double v) { return kLabelWidth + (std::clamp(v, chart.from, chart.from + span) - chart.from) / span * area; };
  const double top = chart.now && !chart.now_label.empty() ? kTop + 14 : kTop;  // room for the label of now
  const double rows_bottom = top + kRow * static_cast<double>(chart.rows.size());
  double height = rows_bottom + 22;
  std::string body;
  for (const auto& t : chart.ticks) {
    body += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#cccccc"/>)", num(x_of(t.at)), num(top),
                        num(rows_bottom + 4));
    body += text_at(x_of(t.at), rows_bottom + 17, "middle", t.label, 16);
  }
  double y = top;
  for (const auto& row : chart.rows) {
    if (row.starts_group) {
      body += fmt::format(R"(<line x1="0" y1="{0}" x2="{1}" y2="{0}" stroke="#888888"/>)", num(y), num(kWidth));
    }
    body += text_at(kLabelWidth - 8, y + kRow / 2 + 4, "end", row.label, chars_fitting(kLabelWidth - 12));
    for (const auto& s : row.spans) {
      const double x1 = x_of(std::min(s.from, s.to)), x2 = x_of(std::max(s.from, s.to));
      body += rect(chart.id, x1, y + (kRow - kBar) / 2, std::max(x2 - x1, 2.0), kBar, s.fill);
    }
    for (const auto& m : row.marks) body += mark(x_of(m.at), y + kRow / 2, m.shape);
    body += text_at(kWidth - kNoteWidth + 8, y + kRow / 2 + 4, "start", row.note, chars_fitting(kNoteWidth - 10));
    y += kRow;
  }
  body += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#555555"/>)", num(kLabelWidth),
                      num(rows_bottom + 4), num(kWidth - kNoteWidth));
  if (chart.now) {
    const double x = x_of(*chart.now);
    body += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}" stroke-dasharray="4 3"/>)", num(x),
                        num(top - 4), num(rows_bottom + 4), kAlert);
    if (!chart.now_label.empty()) body += text_at(x, kTop + 6, "middle", chart.now_label, 24);
  }
  const std::string keys = legend(chart.id, chart.legend, rows_bottom + 24, height);
  return open_svg(chart.id, chart.title, height) + body + keys + "</svg>";
}

}  // namespace efc::chart
