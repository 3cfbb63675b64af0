// Charts as inline SVG, drawn from plain values: no knowledge of dossiers. Every text given
// (titles, labels, notes) is escaped here; the result is markup an HTML page can insert as is.
// Fills and marks differ by pattern and shape, not only by colour, so that a chart printed in
// black and white still reads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace efc::chart {

// `s` with & < > " ' replaced by entities: safe in XML and HTML text and quoted attributes.
std::string xml_escape(std::string_view s);

// `s` cut to at most `max_chars` characters (UTF-8), an ellipsis marking the cut.
std::string shorten(std::string_view s, std::size_t max_chars);

enum class Fill { Dark, Light, Hatched, Blank };
enum class Shape { Dot, Ring, Diamond, Cross };

// One entry of a chart's legend: a fill or a shape, and what it means.
struct Key {
  std::optional<Fill> fill;
  std::optional<Shape> shape;
  std::string text;
};

// ---- bars -----------------------------------------------------------------------------

struct Segment {
  double value = 0;
  Fill fill = Fill::Dark;
};

// One horizontal bar: its segments stacked left to right, a label before, a value text after.
struct BarRow {
  std::string label;
  std::vector<Segment> segments;
  std::string value_text;
};

struct BarChart {
  std::string id;     // unique in the page: [a-z0-9-]+, chosen by the code
  std::string title;  // the <title> of the svg
  std::vector<BarRow> rows;
  std::vector<Key> legend;
  double scale_max = 0;  // the value of a full bar; 0: the largest row total
};

std::string bar_chart(const BarChart& chart);

// ---- time lines -----------------------------------------------------------------------

// A stretch of a row, on the chart's axis (from <= to).
struct Span {
  double from = 0, to = 0;
  Fill fill = Fill::Dark;
};

struct Mark {
  double at = 0;
  Shape shape = Shape::Dot;
};

struct TimelineRow {
  std::string label;
  std::vector<Span> spans;
  std::vector<Mark> marks;
  std::string note;          // after the axis: a status, a count
  bool starts_group = false;  // a rule is drawn above the row
};

struct Tick {
  double at = 0;
  std::string label;
};

struct Timeline {
  std::string id;
  std::string title;
  double from = 0, to = 1;  // the axis; values outside are clamped
  std::vector<Tick> ticks;
  std::vector<TimelineRow> rows;
  std::vector<Key> legend;
  std::optional<double> now;  // a dashed vertical line (today)
  std::string now_label;
};

std::string timeline(const Timeline& chart);

}  // namespace efc::chart
