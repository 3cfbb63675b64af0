#include "text/typography.hpp"

#include <array>
#include <cctype>

namespace efc::text {
namespace {

constexpr std::string_view kOpenQuote = "\u00AB";   // «
constexpr std::string_view kCloseQuote = "\u00BB";  // »
constexpr std::string_view kApostrophe = "\u2019";  // ’

bool starts_at(std::string_view s, std::size_t i, std::string_view prefix) { return s.substr(i, prefix.size()) == prefix; }

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_alnum(char c) { return ascii_letter(c) || (c >= '0' && c <= '9'); }

// The length of the space starting at s[i]: ' ', a no-break or a narrow no-break space; else 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] == ' ') return 1;
  if (starts_at(s, i, kNoBreakSpace)) return kNoBreakSpace.size();
  if (starts_at(s, i, kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

class Typesetter {
 public:
  Typesetter(std::string_view text, Markup markup) : s_(text), markup_(markup) { out_.reserve(text.size() + text.size() / 16); }

  std::string run() {
    if (markup_ == Markup::Markdown) skip_front_matter();
    while (i_ < s_.size()) {
      if (markup() || url() || space_before_mark() || quotes() || apostrophe() || percent()) continue;
      out_ += s_[i_++];
    }
    return std::move(out_);
  }

 private:
  // Copies s[i, end) as it is.
  void copy_to(std::size_t end) {
    end = std::min(end, s_.size());
    out_.append(s_.substr(i_, end - i_));
    i_ = end;
  }

  // Copies through the end of `closing` found from `from`, or to the end of the text.
  void copy_through(std::string_view closing, std::size_t from) {
    const auto at = s_.find(closing, from);
    copy_to(at == std::string_view::npos ? s_.size() : at + closing.size());
  }

  bool line_start() const { return i_ == 0 || s_[i_ - 1] == '\n'; }

  // Whether the last character written is prose (not a line start, a space or a quote mark).
  bool after_word() const {
    if (out_.empty()) return false;
    const char c = out_.back();
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return false;
    return !ends_with(out_, kNoBreakSpace) && !ends_with(out_, kNarrowNoBreakSpace) && !ends_with(out_, kOpenQuote);
  }

  bool after_letter() const {
    if (out_.empty() || ends_with(out_, kNoBreakSpace) || ends_with(out_, kNarrowNoBreakSpace) || ends_with(out_, kOpenQuote) ||
        ends_with(out_, kCloseQuote)) {
      return false;
    }
    const auto c = static_cast<unsigned char>(out_.back());
    return ascii_letter(static_cast<char>(c)) || c >= 0x80;
  }

  bool letter_at(std::size_t j) const {
    if (j >= s_.size()) return false;
    const auto c = static_cast<unsigned char>(s_[j]);
    return ascii_letter(static_cast<char>(c)) || (c >= 0xC0 && !starts_at(s_, j, kOpenQuote) && !starts_at(s_, j, kCloseQuote));
  }

  // A YAML front matter at the very start of a Markdown text: "---" up to "---" or "...".
  void skip_front_matter() {
    if (!starts_at(s_, 0, "---\n")) return;
    for (std::size_t at = 4; at < s_.size();) {
      const auto nl = s_.find('\n', at);
      const std::string_view line = s_.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
      if (line == "---" || line == "...") {
        copy_to(nl == std::string_view::npos ? s_.size() : nl + 1);
        return;
      }
      if (nl == std::string_view::npos) break;
      at = nl + 1;
    }
  }

  bool markup() { return markup_ == Markup::Html ? html_markup() : markup_ == Markup::Markdown && markdown_code(); }

  // A tag, a comment, or an element whose content is not prose, copied whole.
  bool html_markup() {
    if (s_[i_] != '<') return false;
    if (starts_at(s_, i_, "<!--")) {
      copy_through("-->", i_ + 4);
      return true;
    }
    static constexpr std::array<std::string_view, 4> kVerbatim = {"style", "script", "pre", "code"};
    for (std::string_view name : kVerbatim) {
      const std::size_t end = i_ + 1 + name.size();
      if (starts_at(s_, i_ + 1, name) && end < s_.size() && (s_[end] == '>' || s_[end] == ' ')) {
        copy_through("</" + std::string(name) + ">", end);
        return true;
      }
    }
    copy_through(">", i_ + 1);
    return true;
  }

  // Fenced code, code spans and backslash escapes, copied as they are.
  bool markdown_code() {
    const char c = s_[i_];
    if (line_start() && (starts_at(s_, i_, "```") || starts_at(s_, i_, "~~~"))) {
      const std::string fence = "\n" + std::string(s_.substr(i_, 3));
      copy_through(fence, i_ + 3);
      copy_through("\n", i_);
      return true;
    }
    if (c == '\\' && i_ + 1 < s_.size()) {
      copy_to(i_ + 2);
      return true;
    }
    if (c != '`') return false;
    std::size_t run = 0;
    while (i_ + run < s_.size() && s_[i_ + run] == '`') ++run;
    const std::string ticks(run, '`');
    const auto close = s_.find(ticks, i_ + run);
    copy_to(close == std::string_view::npos ? i_ + run : close + run);
    return true;
  }

  // A URL, copied up to the first space or delimiter.
  bool url() {
    if (i_ > 0 && ascii_alnum(s_[i_ - 1])) return false;
    static constexpr std::array<std::string_view, 4> kStarts = {"http://", "https://", "mailto:", "www."};
    bool found = false;
    for (std::string_view p : kStarts) found = found || starts_at(s_, i_, p);
    if (!found) return false;
    std::size_t end = i_;
    while (end < s_.size() && std::string_view(" \t\r\n<>\"()[]\\").find(s_[end]) == std::string_view::npos &&
           space_at(s_, end) == 0) {
      ++end;
    }
    copy_to(end);
    return true;
  }

  // The space before ": % ; ? ! »" (a Markdown backslash may stand between them).
  bool space_before_mark() {
    const std::size_t n = space_at(s_, i_);
    if (n == 0 || !after_word()) return false;
    std::size_t j = i_ + n;
    if (markup_ == Markup::Markdown && j < s_.size() && s_[j] == '\\') ++j;
    if (j >= s_.size()) return false;
    std::string_view space;
    const char c = s_[j];
    if (c == ':' || c == '%')
      space = kNoBreakSpace;
    else if (c == ';' || c == '?' || (c == '!' && !(markup_ == Markup::Markdown && starts_at(s_, j + 1, "["))))
      space = kNarrowNoBreakSpace;
    else if (starts_at(s_, j, kCloseQuote))
      space = kNarrowNoBreakSpace;
    else
      return false;
    out_ += space;
    i_ += n;
    return true;
  }

  // « and »: a narrow no-break space inside, replacing a space or added.
  bool quotes() {
    if (starts_at(s_, i_, kOpenQuote)) {
      out_ += kOpenQuote;
      i_ += kOpenQuote.size();
      const std::size_t n = space_at(s_, i_);
      if (n > 0 || (i_ < s_.size() && s_[i_] != '\n')) out_ += kNarrowNoBreakSpace;
      i_ += n;
      return true;
    }
    if (!starts_at(s_, i_, kCloseQuote)) return false;
    if (after_word()) out_ += kNarrowNoBreakSpace;
    out_ += kCloseQuote;
    i_ += kCloseQuote.size();
    return true;
  }

  // An apostrophe between two letters ("d'Olivier", "aujourd'hui"); in HTML also as an entity.
  bool apostrophe() {
    std::size_t n = s_[i_] == '\'' ? 1 : 0;
    if (markup_ == Markup::Html) {
      for (std::string_view entity : {"&#39;", "&apos;", "&#x27;"}) {
        if (starts_at(s_, i_, entity)) n = entity.size();
      }
    }
    if (n == 0 || !after_letter() || !letter_at(i_ + n)) return false;
    out_ += kApostrophe;
    i_ += n;
    return true;
  }

  // "50%": the no-break space a figure takes before "%".
  bool percent() {
    if (s_[i_] != '%' || out_.empty() || out_.back() < '0' || out_.back() > '9') return false;
    out_ += kNoBreakSpace;
    out_ += '%';
    ++i_;
    return true;
  }

  std::string_view s_;
  Markup markup_;
  std::string out_;
  std::size_t i_ = 0;
};

}  // namespace

std::string typeset_french(std::string_view text, Markup markup) { return Typesetter(text, markup).run(); }

}  // namespace efc::text
