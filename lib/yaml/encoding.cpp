#include "yaml/encoding.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/utf8.hpp"
#include "text/i18n.hpp"

namespace efc::yaml {
namespace {

bool forbidden_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

Problem encoding_problem(std::string_view bytes, std::size_t offset, std::string message) {
  return {position_of(bytes, offset), diag::Rule::BadEncoding, std::move(message)};
}

}  // namespace

Pos position_of(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  const std::string_view before = bytes.substr(0, offset);
  const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t line_start = before.find_last_of('\n') == std::string_view::npos ? 0 : before.find_last_of('\n') + 1;
  const int column = 1 + static_cast<int>(text::char_count(before.substr(line_start)));
  return {line, column};
}

std::vector<Problem> check_encoding(std::string_view bytes) {
  std::vector<Problem> problems;
  if (const auto bad = text::first_invalid_utf8(bytes)) {
    problems.push_back(encoding_problem(
        bytes, *bad, text::trf("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8", static_cast<unsigned char>(bytes[*bad]))));
  }
  const auto control = std::find_if(bytes.begin(), bytes.end(),
                                    [](char c) { return forbidden_control(static_cast<unsigned char>(c)); });
  if (control != bytes.end()) {
    const auto c = static_cast<unsigned char>(*control);
    problems.push_back(encoding_problem(
        bytes, static_cast<std::size_t>(control - bytes.begin()),
        c == 0 ? std::string(text::tr("NUL byte in the file")) : text::trf("control character 0x{:02X} in the file", c)));
  }
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) {
      problems.push_back(encoding_problem(bytes, i, text::tr("lone CR line end; use LF or CRLF line ends")));
      break;
    }
  }
  return problems;
}

}  // namespace efc::yaml
