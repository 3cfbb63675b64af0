// Mustache templates: built-in ones embedded in the binary, overridable per dossier.
// Templates only ever receive views (render/ data built from filtered model values),
// never raw YAML; user text cannot name a partial nor inject markup.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/filesystem.hpp"
#include "render/tree.hpp"

namespace efc::render {

struct TemplateSource {
  std::string name;    // "bilan.md", "_header.md" (partials start with '_')
  std::string text;    // comment-only lines already removed
  std::string origin;  // "built-in" or the override file's path, for error messages
  bool builtin = false;  // embedded in the binary, whose syntax a test checks (tests/unit/render)
};

// The size limit of a template file (docs/limits.md); a larger override is a problem of the set.
inline constexpr std::size_t kMaxTemplateBytes = std::size_t{1} << 20;

// The templates of one language: built-ins, then overrides replacing them by name.
class TemplateSet {
 public:
  // Built-ins of `lang` ("fr" or "en").
  static TemplateSet builtin(std::string_view lang);
  // Adds the overrides found in `dir`: DIR/LANG/NAME.mustache, or DIR/NAME.mustache for every language.
  // Only regular files are read: a symbolic link (file or folder) is refused as a problem, so
  // no link can make a template print a dossier file.
  void add_overrides(const io::FileSystem& fs, const std::string& dir, std::string_view lang);
  // Replaces or adds one template (tests, tools).
  void set(TemplateSource source);

  const TemplateSource* find(std::string_view name) const;
  const std::vector<TemplateSource>& all() const { return templates_; }

  // Problems that make the set unusable, each "ORIGIN: message": an override over the size
  // limit, syntax, unknown or cyclic partials, set-delimiter tags. Empty when every template is sound. Computed once
  // per state of the set: checking the set and rendering from it do not parse it twice.
  const std::vector<std::string>& problems() const;

  // The language of the documents the set renders: "fr" pages get French typography
  // (text/typography.hpp) in HTML always, in Markdown when asked (--typography).
  const std::string& lang() const { return lang_; }
  void set_markdown_typography(bool on) { markdown_typography_ = on; }
  bool markdown_typography() const { return markdown_typography_; }

 private:
  std::vector<std::string> find_problems() const;
  void refuse_link(const std::string& path, std::string_view what);

  std::vector<TemplateSource> templates_;
  std::vector<std::string> refused_;    // links met by add_overrides, each "PATH: why"
  std::vector<std::string> too_large_;  // override files over kMaxTemplateBytes: problems, never cut
  mutable std::optional<std::vector<std::string>> problems_;  // cache of find_problems(); reset by set()
  std::string lang_;                                          // of builtin(); "" for a set built by hand
  bool markdown_typography_ = false;
};

// Why the text of `t` does not parse as Mustache, "ORIGIN: why", or "" when it does. A set runs
// it on its overrides (problems()); the built-ins are checked by a unit test.
std::string syntax_problem(const TemplateSource& t);

struct Rendered {
  bool ok = false;
  std::string text;
  std::string error;  // names the template file
};

// Whether template `name` makes an HTML page ("bilan.html", "_style.html"): its values are
// HTML-escaped, and it may print unescaped only chart markup, {{{charts.NAME.svg}}}, which our
// code builds and escapes (lib/chart); any other unescaped tag is a problem of the set.
bool is_html(std::string_view name);

// Renders template `name` ("bilan.md") with `data`; Markdown templates (".md") escape values
// for Markdown, HTML templates (".html") for HTML. A French set then typesets the page (HTML
// always, Markdown when asked): values are already redacted and escaped, markup is left alone.
// Templates only ever see `data`: the engine's own types stay inside lib/render.
Rendered render(const TemplateSet& set, std::string_view name, const Tree& data);
// The same, emptying `data` as it goes (its texts move into the template's values), so that a
// large document is not held twice.
Rendered render(const TemplateSet& set, std::string_view name, Tree&& data);

// Escapes user text for Markdown (CommonMark and pandoc's): white space runs and line breaks
// become one space (trimmed), so a value stays on its line; every ASCII punctuation with a
// meaning is backslashed ("|" too: safe in table cells), and so is any character that would
// start a block (list, heading underline, definition) if the value began a line.
std::string markdown_escape(std::string_view s);

// Drops the lines holding only a {{! comment }}, and the blanks and line end around a partial
// tag alone on its line, as the spec's "standalone" rule wants (kainjow keeps them as blank lines;
// render() deals with standalone section tags).
std::string strip_comment_lines(std::string_view text);

// Names of the values a template text prints unescaped: {{{name}}} and {{&name}}.
std::vector<std::string> unescaped_tags(std::string_view text);

// Names of the partials `{{> name}}` a template text includes.
std::vector<std::string> partials_of(std::string_view text);

}  // namespace efc::render
