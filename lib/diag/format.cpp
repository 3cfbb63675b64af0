#include "diag/format.hpp"

#include <fmt/format.h>

#include "text/json.hpp"
#include "text/printable.hpp"

namespace efc::diag {
namespace {

Pos printable(Pos p) { return p.known() ? p : Pos{1, 1}; }

// GitHub workflow commands need %, CR and LF escaped in data, and also , and : in properties.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string format_text(const Diagnostics& diags, bool color) {
  std::string out;
  for (const auto& d : diags.items()) {
    const Pos p = printable(d.pos);
    // User text inside a path or a message (a multi-line value, an escape byte) must not break the line.
    const std::string path = text::printable(d.path);
    const std::string message = text::printable(d.message);
    const bool err = d.severity == Severity::Error;
    const std::string_view sev = severity_name(d.severity);
    if (color) {
      out += fmt::format("\033[1m{}:{}:{}:\033[0m {}{}:\033[0m {} \033[2m[{}]\033[0m\n", path, p.line, p.column,
                         err ? "\033[1;31m" : "\033[1;35m", sev, message, d.rule);
    } else {
      out += fmt::format("{}:{}:{}: {}: {} [{}]\n", path, p.line, p.column, sev, message, d.rule);
    }
  }
  return out;
}

std::string format_json(const Diagnostics& diags) {
  text::JsonWriter w;
  w.begin_array();
  for (const auto& d : diags.items()) {
    const Pos p = printable(d.pos);
    w.begin_object(text::JsonWriter::Layout::Inline).key("path").value(d.path).key("line").value(p.line);
    w.key("column").value(p.column).key("severity").value(severity_name(d.severity)).key("rule").value(d.rule);
    w.key("message").value(d.message).end_object();
  }
  return w.end_array().finish();
}

std::string format_github(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items()) {
    const Pos p = printable(d.pos);
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n", severity_name(d.severity),
                       github_escape(d.path, true), p.line, p.column, github_escape(d.rule, true),
                       github_escape(d.message, false));
  }
  return out;
}

std::string format(const Diagnostics& diags, OutputFormat fmt, bool color) {
  switch (fmt) {
    case OutputFormat::Json: return format_json(diags);
    case OutputFormat::Github: return format_github(diags);
    case OutputFormat::Text: break;
  }
  return format_text(diags, color);
}

}  // namespace efc::diag
