#include "render/template.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>

#include "chart/svg.hpp"
#include "embed/embedded.hpp"
#include "render/mustache_data.hpp"
#include "text/i18n.hpp"
#include "text/typography.hpp"

namespace efc::render {
namespace {

constexpr std::string_view kSuffix = ".mustache";
constexpr std::size_t kMaxPartialDepth = 8;
constexpr std::size_t kMaxPartialExpansions = 10000;  // far above the built-ins (a few dozen)

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// A line that holds one tag and nothing else but blanks: a comment, a section, an inverted
// section, a section end or a partial. The Mustache spec calls it standalone.
enum class Standalone { No, Comment, Section, Partial };

Standalone standalone_kind(std::string_view line) {
  const auto b = line.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return Standalone::No;
  const auto e = line.find_last_not_of(" \t\r\n");
  const std::string_view t = line.substr(b, e - b + 1);
  if (t.size() < 5 || t.compare(0, 2, "{{") != 0 || !ends_with(t, "}}") || t.find("}}") != t.size() - 2) return Standalone::No;
  if (t[2] == '!') return Standalone::Comment;
  if (t[2] == '>') return Standalone::Partial;
  return std::string_view("#^/").find(t[2]) != std::string_view::npos ? Standalone::Section : Standalone::No;
}

bool is_markdown(std::string_view name) { return ends_with(name, ".md") || name.find(".md.") != std::string_view::npos; }

// Whether a value tag printed as is names the chart markup our code builds: charts.NAME.svg.
bool is_chart_slot(std::string_view tag) {
  constexpr std::string_view kPrefix = "charts.", kSvg = ".svg";
  if (tag.size() <= kPrefix.size() + kSvg.size() || tag.substr(0, kPrefix.size()) != kPrefix || !ends_with(tag, kSvg)) {
    return false;
  }
  const std::string_view name = tag.substr(kPrefix.size(), tag.size() - kPrefix.size() - kSvg.size());
  return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// The problems of HTML template `t`: a tag printing a value unescaped ({{{x}}}, {{&x}}) that is
// not a chart slot, in `t` or in any partial it reaches, since partials render with its escaping.
void check_unescaped(const TemplateSet& set, const TemplateSource& t, std::vector<std::string>& problems,
                     std::set<std::string>& seen) {
  if (!seen.insert(t.name).second) return;
  for (const auto& tag : unescaped_tags(t.text)) {
    if (!is_chart_slot(tag)) {
      problems.push_back(
          text::trf("{}: '{}' would print a value unescaped in an HTML page; only chart markup "
                    "(charts.NAME.svg) may be, every other value is written {{{{NAME}}}}",
                    t.origin, tag));
    }
  }
  for (const auto& name : partials_of(t.text)) {
    if (const TemplateSource* p = set.find(name)) check_unescaped(set, *p, problems, seen);
  }
}

// The partial graph of a set, walked depth first from every template, each template once
// (so that partials included many times cost nothing more): reports partials that are not
// files of the set, cycles, chains deeper than kMaxPartialDepth, and templates whose
// partials would be expanded more than kMaxPartialExpansions times in all (output bombs).
class PartialCheck {
 public:
  PartialCheck(const TemplateSet& set, std::vector<std::string>& problems) : set_(set), problems_(problems) {}

  // The number of partial expansions rendering `t` makes (saturated at the limit + 1).
  std::size_t walk(const TemplateSource& t, std::size_t depth = 0) {
    state_[t.name] = State::Open;
    std::size_t expansions = 0;
    bool reported_below = false;  // a partial already exceeds the limit: said once, there
    for (const auto& name : partials_of(t.text)) {
      const TemplateSource* p = set_.find(name);
      if (name.empty() || name.front() != '_' || p == nullptr) {
        problems_.push_back(
            text::trf("{}: partial '{}' is not a template of the set (partials are files named _NAME)", t.origin, name));
      } else if (state_[name] == State::Open) {
        problems_.push_back(text::trf("{}: partial '{}' includes itself (directly or not)", t.origin, name));
      } else if (depth + 1 > kMaxPartialDepth) {
        problems_.push_back(text::trf("{}: partials nested deeper than {} levels", t.origin, kMaxPartialDepth));
      } else {
        if (state_[name] == State::Unseen) walk(*p, depth + 1);
        reported_below = reported_below || expansions_[name] > kMaxPartialExpansions;
        expansions = std::min(expansions + 1 + expansions_[name], kMaxPartialExpansions + 1);
      }
    }
    if (expansions > kMaxPartialExpansions && !reported_below) {
      problems_.push_back(text::trf("{}: its partials expand more than {} times", t.origin, kMaxPartialExpansions));
    }
    state_[t.name] = State::Done;
    expansions_[t.name] = expansions;
    return expansions;
  }

  bool seen(const TemplateSource& t) { return state_[t.name] != State::Unseen; }

 private:
  enum class State { Unseen, Open, Done };
  const TemplateSet& set_;
  std::vector<std::string>& problems_;
  std::map<std::string, State> state_;
  std::map<std::string, std::size_t> expansions_;
};

// kainjow drops a standalone section line only when the section was rendered: a skipped
// section leaves a blank line. Closing every section with the opposite, empty section
// ({{/x}} -> {{/x}}{{^x}}{{/x}}) makes some section render on that line, whatever the data,
// so that the spec's standalone rule always applies. Unbalanced text is left for kainjow to report.
std::string balance_sections(std::string_view text) {
  std::string out;
  std::vector<std::pair<char, std::string>> open;  // '#' or '^', and the name
  std::size_t pos = 0;
  while (true) {
    const auto at = text.find("{{", pos);
    const auto close = at == std::string_view::npos ? at : text.find("}}", at + 2);
    if (close == std::string_view::npos) break;
    const std::string tag = trim(text.substr(at + 2, close - at - 2));
    out.append(text.substr(pos, close + 2 - pos));
    pos = close + 2;
    if (tag.empty()) continue;
    if (tag.front() == '#' || tag.front() == '^') open.emplace_back(tag.front(), trim(std::string_view(tag).substr(1)));
    if (tag.front() != '/') continue;
    const std::string name = trim(std::string_view(tag).substr(1));
    if (open.empty() || open.back().second != name) return std::string(text);
    out += fmt::format("{{{{{}{}}}}}{{{{/{}}}}}", open.back().first == '#' ? '^' : '#', name, name);
    open.pop_back();
  }
  out.append(text.substr(pos));
  return out;
}

// The partials of `set` by name ("_header"), as data that render() puts under the view.
kainjow::mustache::data partials_data(const TemplateSet& set) {
  kainjow::mustache::data partials;
  for (const auto& t : set.all()) {
    if (!t.name.empty() && t.name.front() == '_') {
      const std::string text = balance_sections(t.text);
      partials.set(t.name, kainjow::mustache::partial{[text] { return text; }});
    }
  }
  return partials;
}

}  // namespace

std::string strip_comment_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto nl = text.find('\n', start);
    const auto end = nl == std::string_view::npos ? text.size() : nl + 1;
    const std::string_view line = text.substr(start, end - start);
    switch (standalone_kind(line)) {
      case Standalone::Comment: break;
      case Standalone::Partial: out.append(trim(line.substr(0, line.find_last_not_of("\n") + 1))); break;
      case Standalone::Section:  // left to kainjow, helped by balance_sections()
      case Standalone::No: out.append(line); break;
    }
    start = end;
  }
  return out;
}

bool is_html(std::string_view name) { return ends_with(name, ".html") || name.find(".html.") != std::string_view::npos; }

std::vector<std::string> unescaped_tags(std::string_view text) {
  std::vector<std::string> names;
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    const bool triple = pos + 2 < text.size() && text[pos + 2] == '{';
    const auto close = text.find(triple ? "}}}" : "}}", pos + 2);
    if (close == std::string_view::npos) break;
    const std::string tag = trim(text.substr(pos + 2, close - pos - 2));
    if (triple) names.push_back(trim(std::string_view(tag).substr(1)));
    else if (!tag.empty() && tag.front() == '&') names.push_back(trim(std::string_view(tag).substr(1)));
    pos = close + 2;
  }
  return names;
}

std::vector<std::string> partials_of(std::string_view text) {
  std::vector<std::string> names;
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    const auto close = text.find("}}", pos + 2);
    if (close == std::string_view::npos) break;
    const std::string tag = trim(text.substr(pos + 2, close - pos - 2));
    if (!tag.empty() && tag.front() == '>') names.push_back(trim(std::string_view(tag).substr(1)));
    pos = close + 2;
  }
  return names;
}

TemplateSet TemplateSet::builtin(std::string_view lang) {
  TemplateSet set;
  set.lang_ = std::string(lang);
  // common/ holds what every language shares (the pages' style sheet); LANG/ may replace it.
  for (const std::string& prefix : {std::string("common/"), std::string(lang) + "/"}) {
    for (const auto& f : embed::templates()) {
      if (f.path.substr(0, prefix.size()) != prefix || !ends_with(f.path, kSuffix)) continue;
      const std::string_view file = f.path.substr(prefix.size());
      set.set({std::string(file.substr(0, file.size() - kSuffix.size())), strip_comment_lines(f.bytes),
               "built-in " + std::string(f.path), true});
    }
  }
  return set;
}

void TemplateSet::add_overrides(const io::FileSystem& fs, const std::string& dir, std::string_view lang) {
  for (const std::string& folder : {dir, io::join(dir, std::string(lang))}) {
    if (fs.is_link(folder)) {
      refuse_link(folder, text::tr("a template folder"));
      continue;
    }
    for (const auto& e : fs.list(folder).value_or(std::vector<io::DirEntry>{})) {
      if (!ends_with(e.name, kSuffix)) continue;
      const std::string path = io::join(folder, e.name);
      if (fs.is_link(path)) {
        refuse_link(path, text::tr("a template"));
        continue;
      }
      if (e.type != io::EntryType::File) continue;
      const io::ReadResult r = fs.read(path, kMaxTemplateBytes);
      const std::string name = e.name.substr(0, e.name.size() - kSuffix.size());
      if (r.ok && r.bytes.size() > kMaxTemplateBytes) {
        too_large_.push_back(
            text::trf("{}: larger than the limit of {} bytes (1 MiB); a template is never cut: "
                      "shorten it, or move parts of it into partials",
                      path, kMaxTemplateBytes));
        set({name, "", path});
        continue;
      }
      set({name, r.ok ? strip_comment_lines(r.bytes) : "{{#", path});  // an unreadable file is reported as broken
    }
  }
}

void TemplateSet::refuse_link(const std::string& path, std::string_view what) {
  problems_.reset();
  refused_.push_back(text::trf("{}: {} may not be a symbolic link; copy the file into the templates folder", path, what));
}

void TemplateSet::set(TemplateSource source) {
  problems_.reset();
  const auto it = std::find_if(templates_.begin(), templates_.end(), [&](const auto& t) { return t.name == source.name; });
  if (it != templates_.end()) *it = std::move(source);
  else templates_.push_back(std::move(source));
}

const TemplateSource* TemplateSet::find(std::string_view name) const {
  const auto it = std::find_if(templates_.begin(), templates_.end(), [&](const auto& t) { return t.name == name; });
  return it == templates_.end() ? nullptr : &*it;
}

std::string syntax_problem(const TemplateSource& t) {
  const kainjow::mustache::mustache m{t.text};
  return m.is_valid() ? std::string() : fmt::format("{}: {}", t.origin, m.error_message());
}

const std::vector<std::string>& TemplateSet::problems() const {
  if (!problems_) problems_ = find_problems();
  return *problems_;
}

std::vector<std::string> TemplateSet::find_problems() const {
  std::vector<std::string> problems = refused_;
  problems.insert(problems.end(), too_large_.begin(), too_large_.end());
  for (const auto& t : templates_) {
    if (t.text.find("{{=") != std::string::npos) {
      problems.push_back(text::trf("{}: changing delimiters ({{{{=...=}}}}) is not supported", t.origin));
      continue;
    }
    // Parsing every template costs more than rendering one (docs/benchmarks.md): the built-ins
    // are parsed by a test instead; render() still refuses any template kainjow cannot parse.
    if (t.builtin) continue;
    if (std::string why = syntax_problem(t); !why.empty()) problems.push_back(std::move(why));
  }
  PartialCheck partials(*this, problems);
  for (const auto& t : templates_) {
    if (!partials.seen(t)) partials.walk(t);
  }
  if (!problems.empty()) return problems;  // the partial graph is sound below
  for (const auto& t : templates_) {
    std::set<std::string> seen;
    if (is_html(t.name)) check_unescaped(*this, t, problems, seen);
  }
  return problems;
}

namespace {

// Why template `name` of `set` cannot be rendered (there is none, or the set has a problem), or "".
std::string refusal(const TemplateSet& set, std::string_view name) {
  if (set.find(name) == nullptr) return text::trf("no template named '{}'", name);
  const auto& problems = set.problems();
  return problems.empty() ? std::string() : problems.front();
}

Rendered render_data(const TemplateSet& set, const TemplateSource& t, const MustacheData::Data& data) {
  kainjow::mustache::mustache m{balance_sections(t.text)};
  if (is_markdown(t.name))
    m.set_custom_escape([](const std::string& s) { return markdown_escape(s); });
  else if (is_html(t.name))
    m.set_custom_escape([](const std::string& s) { return chart::xml_escape(s); });
  else m.set_custom_escape([](const std::string& s) { return s; });
  // The data is read in place, over the partials (names starting with '_', which no key of a
  // tree has): copying it into one root object cost as much as building it.
  const kainjow::mustache::data partials = partials_data(set);
  kainjow::mustache::context<std::string> context(&partials);
  context.push(&data);
  std::string text = m.render(context);
  if (!m.is_valid()) return {false, "", fmt::format("{}: {}", t.origin, m.error_message())};
  if (set.lang() == "fr" && is_html(t.name))
    text = text::typeset_french(text, text::Markup::Html);
  else if (set.lang() == "fr" && is_markdown(t.name) && set.markdown_typography())
    text = text::typeset_french(text, text::Markup::Markdown);
  return {true, std::move(text), ""};
}

}  // namespace

Rendered render(const TemplateSet& set, std::string_view name, const Tree& data) {
  if (std::string why = refusal(set, name); !why.empty()) return {false, "", std::move(why)};
  return render_data(set, *set.find(name), MustacheData::from(data));
}

Rendered render(const TemplateSet& set, std::string_view name, Tree&& data) {
  if (std::string why = refusal(set, name); !why.empty()) return {false, "", std::move(why)};
  return render_data(set, *set.find(name), MustacheData::from(std::move(data)));
}

namespace {

// ASCII punctuation with a meaning in CommonMark or in pandoc's Markdown (math, super- and
// subscript, citations, attributes) wherever it lands: always backslashed. "&", "!", and the
// block markers are backslashed only where they would mean something (needs_escape).
constexpr std::string_view kMarkdownSpecial = "\\`*_{}[]<>|~$^@";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The text with every run of white space (line breaks included) made one space, trimmed.
std::string one_line(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

// Whether s[i] is followed by a space or ends the text.
bool ends_word(std::string_view s, std::size_t i) { return i + 1 == s.size() || s[i + 1] == ' '; }

// Whether the whole text is made of `c` (and spaces): a thematic break or a setext underline.
bool only_made_of(std::string_view s, char c) {
  return std::all_of(s.begin(), s.end(), [c](char x) { return x == c || x == ' '; });
}

// Whether the text starts as "(12) ", "(a) " or "(iv)": pandoc's fancy list markers.
bool closes_list_number(std::string_view s) {
  std::size_t j = 1;
  while (j < s.size() && is_alnum(s[j])) ++j;
  return j > 1 && j < s.size() && s[j] == ')' && ends_word(s, j);
}

// Whether s[i] would make a block marker if the value started a line: "- ", "+ ", ": ", "# ",
// "%", "(a)" / "(@)" at the very start, a line of "-" or "=", or the "." / ")" closing a
// leading "12" or "a" or "iv". "-1" or "+33" start no block and stay as they are.
bool starts_block(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (i == 0) {
    if (c == '-' || c == '=') return ends_word(s, i) || only_made_of(s, c);
    if (c == '+' || c == ':' || c == '#') return ends_word(s, i) || (c == '#' && s.size() > 1 && s[1] == '#');
    if (c == '(') return s.size() > 1 && (s[1] == '@' || closes_list_number(s));
    return c == '%';
  }
  if (c != '.' && c != ')') return false;
  return std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(i), is_alnum);
}

// Whether s[i] ("&") starts an entity: "&amp;", "&#38;", "&#x26;".
bool starts_entity(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') ++j;
  const std::size_t first = j;
  while (j < s.size() && is_alnum(s[j])) ++j;
  return j > first && j < s.size() && s[j] == ';';
}

// "&" starting an entity, "!" before "[" (an image): else plain text ("R&D", "Urgent !").
bool inline_marker(std::string_view s, std::size_t i) {
  if (s[i] == '&') return starts_entity(s, i);
  if (s[i] == '!') return i + 1 < s.size() && s[i + 1] == '[';
  return false;
}

}  // namespace


std::string markdown_escape(std::string_view s) {
  const std::string line = one_line(s);
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (kMarkdownSpecial.find(c) != std::string_view::npos || starts_block(line, i) || inline_marker(line, i)) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace efc::render
