#include "yaml/flow_guard.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "yaml/encoding.hpp"
#include "text/i18n.hpp"

namespace efc::yaml {
namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Walks the bytes once, tracking only what decides whether '[' and '{' open a collection.
class FlowLexer {
 public:
  FlowLexer(std::string_view bytes, const Limits& limits) : bytes_(bytes), limits_(limits) {}

  std::optional<Problem> run() {
    while (i_ < bytes_.size()) {
      if (line_start_) {
        start_line();
        continue;
      }
      if (auto problem = step()) return problem;
    }
    return std::nullopt;
  }

 private:
  char at(std::size_t k) const { return k < bytes_.size() ? bytes_[k] : '\n'; }

  // Indentation, block scalar lines, document markers.
  void start_line() {
    line_start_ = false;
    std::size_t indent = 0;
    while (at(i_ + indent) == ' ') ++indent;
    const bool empty = at(i_ + indent) == '\n' || at(i_ + indent) == '\r' || i_ + indent >= bytes_.size();
    if (block_parent_indent_ >= 0 && (empty || static_cast<long>(indent) > block_parent_indent_)) {
      skip_line();  // a line of a block scalar's text
      return;
    }
    block_parent_indent_ = -1;
    line_indent_ = static_cast<long>(indent);
    i_ += indent;
    value_start_ = true;
    if (bytes_.substr(i_, 3) == "---" || bytes_.substr(i_, 3) == "...") i_ += 3;
  }

  void skip_line() {
    while (i_ < bytes_.size() && bytes_[i_] != '\n') ++i_;
    ++i_;
    line_start_ = true;
  }

  std::optional<Problem> step() {
    const char c = bytes_[i_];
    if (c == '\n') {
      skip_line();
      return std::nullopt;
    }
    if (blank(c)) {
      ++i_;
      return std::nullopt;
    }
    if (c == '#' && (i_ == 0 || blank(bytes_[i_ - 1]))) {
      skip_line();
      return std::nullopt;
    }
    if (value_start_) return value(c);
    return in_plain(c);
  }

  // The first character of a value: a collection, a quoted text, a block scalar, a plain text.
  std::optional<Problem> value(char c) {
    if (c == '[' || c == '{') return open();
    if (c == '"' || c == '\'') {
      skip_quoted(c);
      value_start_ = false;
      return std::nullopt;
    }
    if ((c == '-' || c == '?' || c == ':') && blank(at(i_ + 1))) {
      ++i_;  // an entry, key or value indicator: a value may follow
      return std::nullopt;
    }
    if (c == '&' || c == '!') {
      while (i_ < bytes_.size() && !blank(bytes_[i_])) ++i_;  // an anchor or a tag before the value
      return std::nullopt;
    }
    if ((c == '|' || c == '>') && open_.empty()) {
      block_parent_indent_ = line_indent_;
      skip_line();
      return std::nullopt;
    }
    if (c == '*') {
      value_start_ = false;
      ++i_;
      return std::nullopt;
    }
    value_start_ = false;
    return in_plain(c);
  }

  // Inside plain text or after it: only flow punctuation matters, and only in a flow collection.
  std::optional<Problem> in_plain(char c) {
    ++i_;
    if (open_.empty()) {
      if (c == ':' && blank(at(i_))) value_start_ = true;
      return std::nullopt;
    }
    if (c == ']' || c == '}') {
      close();
    } else if (c == ',' || c == ':') {
      value_start_ = true;
      if (c == ',') return count_value();
    }
    return std::nullopt;
  }

  std::optional<Problem> open() {
    open_.push_back(i_);
    ++i_;
    value_start_ = true;
    if (open_.size() > std::max(kMaxOpenFlow, limits_.max_depth)) {
      return Problem{position_of(bytes_, open_[limits_.max_depth]), diag::Rule::TooDeep,
                     text::trf("nesting deeper than {} levels", limits_.max_depth)};
    }
    return count_value();
  }

  // One more value (a collection or an item after a comma) in the outermost open collection.
  std::optional<Problem> count_value() {
    if (++values_ <= limits_.max_nodes) return std::nullopt;
    return Problem{position_of(bytes_, open_.front()), diag::Rule::TooDeep,
                   text::trf("more than {} values in this '{}' collection; the file is too large", limits_.max_nodes,
                             bytes_[open_.front()])};
  }

  void close() {
    open_.pop_back();
    value_start_ = false;
    if (open_.empty()) values_ = 0;
  }

  // Skips a quoted text, line ends included: '' escapes a single quote, \ escapes in double quotes.
  void skip_quoted(char quote) {
    ++i_;
    while (i_ < bytes_.size()) {
      const char c = bytes_[i_++];
      if (quote == '"' && c == '\\') {
        ++i_;
      } else if (c == quote) {
        if (quote == '\'' && at(i_) == '\'') {
          ++i_;
        } else {
          return;
        }
      }
    }
  }

  std::string_view bytes_;
  const Limits& limits_;
  std::size_t i_ = 0;
  bool line_start_ = true;
  bool value_start_ = true;
  long line_indent_ = 0;
  long block_parent_indent_ = -1;  // >= 0 while inside a block scalar started on a line so indented
  std::vector<std::size_t> open_;  // byte offsets of the flow collections still open
  std::size_t values_ = 0;         // values seen in the outermost open flow collection
};

}  // namespace

std::optional<Problem> check_flow_collections(std::string_view bytes, const Limits& limits) {
  return FlowLexer(bytes, limits).run();
}

}  // namespace efc::yaml
