#include "text/json.hpp"

#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace efc::text {
namespace {

void append_ascii(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
      else out += c;
  }
}

// A JSON string literal, quotes included (the contract is JsonWriter's).
void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      append_ascii(out, s[i++]);
      continue;
    }
    const std::size_t len = valid_length_at(s, i);
    if (len == 0) {
      out += fmt::format("\\\\x{:02X}", c);  // JSON for the text \xFF, as text::printable shows it
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  out += '"';
}

}  // namespace

JsonWriter& JsonWriter::begin_object(Layout layout) { return begin(true, layout); }
JsonWriter& JsonWriter::end_object() { return end(true); }
JsonWriter& JsonWriter::begin_array(Layout layout) { return begin(false, layout); }
JsonWriter& JsonWriter::end_array() { return end(false); }

JsonWriter& JsonWriter::key(std::string_view name) {
  if (open_.empty() || !open_.back().object || key_written_)
    throw std::logic_error("JsonWriter: a key outside an object or after a key");
  next_line_or_comma(open_.back());
  append_quoted(out_, name);
  out_ += ": ";
  key_written_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_quoted(out_, s);
  after_value();
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  after_value();
  return *this;
}

JsonWriter& JsonWriter::value(double x) {
  before_value();
  out_ += json_number(x);
  after_value();
  return *this;
}

JsonWriter& JsonWriter::integer(long long n) {
  before_value();
  out_ += std::to_string(n);
  after_value();
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  after_value();
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& items, Layout layout) {
  begin_array(layout);
  for (const auto& item : items) value(item);
  return end_array();
}

std::string JsonWriter::finish() {
  if (!whole_) throw std::logic_error("JsonWriter: finish() before the value is complete");
  out_ += '\n';
  whole_ = false;
  return std::exchange(out_, std::string());
}

JsonWriter& JsonWriter::begin(bool object, Layout layout) {
  before_value();
  const bool in_inline = !open_.empty() && open_.back().inline_layout;
  open_.push_back({object, layout == Layout::Inline || in_inline, true});
  out_ += object ? '{' : '[';
  return *this;
}

JsonWriter& JsonWriter::end(bool object) {
  if (open_.empty() || open_.back().object != object || key_written_) {
    throw std::logic_error(object ? "JsonWriter: end_object() without its object" : "JsonWriter: end_array() without its array");
  }
  const Frame frame = open_.back();
  open_.pop_back();
  if (!frame.inline_layout && !frame.empty) out_.append(1, '\n').append(open_.size() * 2, ' ');
  out_ += object ? '}' : ']';
  after_value();
  return *this;
}

void JsonWriter::before_value() {
  if (open_.empty()) {
    if (whole_) throw std::logic_error("JsonWriter: a second top-level value");
    return;
  }
  if (!open_.back().object) {
    next_line_or_comma(open_.back());
    return;
  }
  if (!key_written_) throw std::logic_error("JsonWriter: a value without its key in an object");
  key_written_ = false;
}

void JsonWriter::next_line_or_comma(Frame& frame) {
  if (frame.inline_layout) {
    if (!frame.empty) out_ += ", ";
  } else {
    out_ += frame.empty ? "\n" : ",\n";
    out_.append(open_.size() * 2, ' ');
  }
  frame.empty = false;
}

void JsonWriter::after_value() {
  if (open_.empty()) whole_ = true;
}

std::string json_number(double x) {
  std::string s = fmt::format("{:.4f}", x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

}  // namespace efc::text
