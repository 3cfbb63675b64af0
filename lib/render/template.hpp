// Mustache templates: built-in ones embedded in the binary, overridable per dossier.
// Templates only ever receive views (render/ data built from filtered model values),
// never raw YAML; user text cannot name a partial nor inject markup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "io/filesystem.hpp"

namespace efc::render {

using View = kainjow::mustache::data;

struct TemplateSource {
  std::string name;    // "bilan.md", "_header.md" (partials start with '_')
  std::string text;    // comment-only lines already removed
  std::string origin;  // "built-in" or the override file's path, for error messages
};

// The templates of one language: built-ins, then overrides replacing them by name.
class TemplateSet {
 public:
  // Built-ins of `lang` ("fr" or "en").
  static TemplateSet builtin(std::string_view lang);
  // Adds the overrides found in `dir`: DIR/LANG/NAME.mustache, or DIR/NAME.mustache for every language.
  void add_overrides(const io::FileSystem& fs, const std::string& dir, std::string_view lang);
  // Replaces or adds one template (tests, tools).
  void set(TemplateSource source);

  const TemplateSource* find(std::string_view name) const;
  const std::vector<TemplateSource>& all() const { return templates_; }

  // Problems that make the set unusable, each "ORIGIN: message": syntax, unknown or
  // cyclic partials, set-delimiter tags. Empty when every template is sound.
  std::vector<std::string> problems() const;

 private:
  std::vector<TemplateSource> templates_;
};

struct Rendered {
  bool ok = false;
  std::string text;
  std::string error;  // names the template file
};

// Renders template `name` ("bilan.md") with `view`; Markdown templates (".md") escape values.
Rendered render(const TemplateSet& set, std::string_view name, const View& view);

// Escapes text for inline Markdown: CommonMark specials backslashed, line breaks joined.
std::string markdown_escape(std::string_view s);

// Drops lines holding only a {{! comment }} (kainjow keeps them as blank lines).
std::string strip_comment_lines(std::string_view text);

// Names of the partials `{{> name}}` a template text includes.
std::vector<std::string> partials_of(std::string_view text);

}  // namespace efc::render
