#include "yaml/explain.hpp"

#include <vector>

#include <fmt/format.h>

#include "text/utf8.hpp"
#include "text/i18n.hpp"

namespace efc::yaml {
namespace {

// The lines of `bytes`, without their line ends.
std::vector<std::string_view> lines_of(std::string_view bytes) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= bytes.size()) {
    const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    std::string_view line = bytes.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    start = end + 1;
  }
  return out;
}

// The byte offset in `line` of character column `column` (1-based).
std::size_t byte_at(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) {
    const std::size_t n = text::valid_length_at(line, i);
    i += n == 0 ? 1 : n;
  }
  return i;
}

// The character column (1-based) of byte offset `offset` in `line`.
int column_at(std::string_view line, std::size_t offset) {
  return 1 + static_cast<int>(text::char_count(line.substr(0, std::min(offset, line.size()))));
}

bool blank_or_comment(std::string_view line) {
  const std::size_t first = line.find_first_not_of(' ');
  return first == std::string_view::npos || line[first] == '#';
}

// Where the content of a block line starts: after its indentation and any "- " of a list item.
std::size_t content_start(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) return line.size();
  while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') i = line.find_first_not_of(' ', i + 1);
  return i == std::string_view::npos ? line.size() : i;
}

// The offset of the ':' that ends the key starting at `from`, when the line holds "key: ..."
// or ends with "key:"; npos otherwise (quotes and comments are not looked into).
std::size_t key_colon(std::string_view line, std::size_t from) {
  if (from >= line.size() || std::string_view("'\"[{|>#&*!%@`").find(line[from]) != std::string_view::npos) {
    return std::string_view::npos;
  }
  for (std::size_t i = from; i < line.size(); ++i) {
    if (line[i] == '#' && i > 0 && line[i - 1] == ' ') return std::string_view::npos;
    if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) return i;
  }
  return std::string_view::npos;
}

std::string_view trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  const std::size_t last = s.find_last_not_of(' ');
  return s.substr(first, last - first + 1);
}

// A line such as "kind regular" (a key, no colon, then its value): yaml-cpp reads it as a text
// running on to the next line, and stops there at the next key's colon.
std::optional<Problem> key_without_colon(std::string_view line, int line_number) {
  const std::size_t start = content_start(line);
  if (start >= line.size() || key_colon(line, start) != std::string_view::npos) return std::nullopt;
  if (std::string_view("'\"[{|>#&*!%@`").find(line[start]) != std::string_view::npos) return std::nullopt;
  std::string_view content = line.substr(start);
  if (const std::size_t comment = content.find(" #"); comment != std::string_view::npos) content = content.substr(0, comment);
  content = trimmed(content);
  const std::size_t space = content.find(' ');
  const std::string key(content.substr(0, space));
  const std::string value(space == std::string_view::npos ? std::string_view() : trimmed(content.substr(space)));
  const std::string fix = value.empty() ? key + ":" : key + ": " + value;
  const Pos at{line_number, column_at(line, start)};
  return Problem{at, diag::Rule::YamlSyntax,
                 text::trf("'{}' has no ':' after its key, so YAML reads it as a text running on to the next line; "
                           "write '{}'",
                           std::string(content), fix),
                 text::tr("this line has no ':' after its key, so YAML reads it as a text running on to the next line; write "
                          "the key, a colon and a space, then the value")};
}

std::size_t indentation(std::string_view line) { return std::min(line.find_first_not_of(' '), line.size()); }

// The line without a colon where the text that yaml-cpp stopped in at line `index` began: the
// topmost of the lines without a key just above, at most as indented as line `index` (lines
// further in continue a text of their own).
std::optional<Problem> run_on_start(const std::vector<std::string_view>& lines, std::size_t index) {
  std::optional<Problem> found;
  for (std::size_t i = index; i > 0; --i) {
    const std::string_view line = lines[i - 1];
    if (blank_or_comment(line)) continue;
    auto missing = key_without_colon(line, static_cast<int>(i));
    if (!missing) break;
    if (indentation(line) <= indentation(lines[index])) found = std::move(missing);
  }
  return found;
}

// ': ' inside a plain text: YAML reads it as the start of a key.
Problem colon_in_text(Pos pos, bool own_line) {
  const char* const kFix =
      text::tr("put the whole text in quotes (\"...\"), or write it on the lines after '|' (one level further in)");
  if (own_line) {
    return {pos, diag::Rule::YamlSyntax,
            text::trf("a text cannot hold ': ' (a colon then a space) as it is: YAML reads it as the start of a key; {}", kFix)};
  }
  return {pos, diag::Rule::YamlSyntax,
          text::trf("this line is indented further than the key above, so YAML reads it as the rest of that key's text, "
                    "where ': ' cannot stand; give this key the indentation of the keys around it, or, if it is text, {}",
                    kFix)};
}

std::optional<Problem> explain_illegal_map_value(const std::vector<std::string_view>& lines, Pos pos) {
  const auto index = static_cast<std::size_t>(pos.line - 1);
  if (index >= lines.size()) return std::nullopt;
  const std::string_view line = lines[index];
  if (auto missing = run_on_start(lines, index)) return missing;
  const std::size_t colon = byte_at(line, pos.column);
  if (colon >= line.size() || line[colon] != ':') return std::nullopt;
  const std::size_t own_key = key_colon(line, content_start(line));
  return colon_in_text(pos, own_key != std::string_view::npos && own_key < colon);
}

// 'L'heure du repas': the quote of "L'" closes the text, and what follows cannot be read.
std::optional<Problem> explain_early_quote(const std::vector<std::string_view>& lines, Pos pos) {
  const auto index = static_cast<std::size_t>(pos.line - 1);
  if (index >= lines.size()) return std::nullopt;
  const std::string_view line = lines[index];
  std::size_t start = content_start(line);
  if (const std::size_t colon = key_colon(line, start); colon != std::string_view::npos) {
    start = line.find_first_not_of(' ', colon + 1);
  }
  if (start == std::string_view::npos || start >= line.size() || (line[start] != '\'' && line[start] != '"')) return std::nullopt;
  const char quote = line[start];
  std::size_t close = start + 1;
  while (close < line.size()) {
    if (quote == '"' && line[close] == '\\') {
      close += 2;
      continue;
    }
    if (line[close] == quote) {
      if (quote == '\'' && close + 1 < line.size() && line[close + 1] == '\'') {
        close += 2;
        continue;
      }
      break;
    }
    ++close;
  }
  if (close >= line.size()) return std::nullopt;
  const std::string_view after = trimmed(line.substr(close + 1));
  if (after.empty() || after.front() == '#') return std::nullopt;
  const Pos at{pos.line, column_at(line, close)};
  const std::string_view how = quote == '\''
                                   ? text::tr(
                                         "inside '...' write an apostrophe twice (L''heure), or put the text in double quotes "
                                         "(\"L'heure du repas\")")
                                   : text::tr("inside \"...\" write a quote as \\\", or put the text in single quotes");
  return Problem{at, diag::Rule::YamlSyntax,
                 text::trf("this quote ends the quoted text, and what follows it on the line cannot be read; {}", how), ""};
}

}  // namespace

std::optional<Problem> explain_syntax(std::string_view bytes, std::string_view parser_message, Pos pos) {
  if (!pos.known()) return std::nullopt;
  const auto lines = lines_of(bytes);
  if (parser_message == "illegal map value") return explain_illegal_map_value(lines, pos);
  if (parser_message == "end of map not found" || parser_message == "end of sequence not found") {
    return explain_early_quote(lines, pos);
  }
  return std::nullopt;
}

}  // namespace efc::yaml
