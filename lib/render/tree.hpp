// Document data: an ordered tree built by our code from a DossierView. One tree gives both
// the Mustache view of the templates and the JSON output, so the two cannot disagree, and
// neither ever sees the raw model.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace efc::render {

class Tree {
 public:
  enum class Kind { Object, List, String, Number, Boolean, Null };

  Tree(std::string s);  // NOLINT: strings convert
  Tree(const char* s);  // NOLINT
  static Tree object();
  static Tree list();
  static Tree number(long long n);
  static Tree boolean(bool b);
  // A value that is missing: `null` in JSON (docs/json.md), false for templates (nothing printed,
  // sections skipped, and the key is not looked up in an outer context either).
  static Tree null();
  // The text `value` holds (a std::optional or a model value of text), else null().
  template <class Optional>
  static Tree or_null(const Optional& value) {
    return value ? Tree(*value) : null();
  }

  // Sets `key` on an object, replacing it if present. Keys are fixed names chosen by our
  // code, never user data: [a-z][a-z0-9_]*; anything else throws std::logic_error (a bug).
  Tree& set(std::string_view key, Tree value);
  // As set(), for what only templates need (pre-quoted YAML, joined lists): left out of JSON.
  Tree& set_template_only(std::string_view key, Tree value);
  // Appends to a list.
  Tree& push(Tree value);

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }  // String, Number (decimal), Boolean ("true"/"false")
  const std::vector<Tree>& items() const { return items_; }
  // The value of `key` on an object, or nullptr.
  const Tree* get(std::string_view key) const;
  bool empty_list() const { return kind_ == Kind::List && items_.empty(); }

  struct Entry;
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  friend struct MustacheData;  // moves texts out (render/mustache_data.hpp)
  explicit Tree(Kind k);
  Tree& put(std::string_view key, Tree value, bool in_json);

  Kind kind_;
  std::string text_;
  std::vector<Tree> items_;
  std::vector<Entry> entries_;
};

struct Tree::Entry {
  std::string key;
  Tree value;
  bool in_json = true;
};

// Defined once Entry is complete: their clean-up destroys entries_ (clang needs it complete).
inline Tree::Tree(Kind k) : kind_(k) {}
inline Tree::Tree(std::string s) : kind_(Kind::String), text_(std::move(s)) {}
inline Tree::Tree(const char* s) : Tree(std::string(s)) {}
inline Tree Tree::object() { return Tree(Kind::Object); }
inline Tree Tree::list() { return Tree(Kind::List); }
inline Tree Tree::null() { return Tree(Kind::Null); }

// `t` as JSON, keys in insertion order, 2-space indentation, a final newline. Template-only
// entries are left out.
std::string to_json(const Tree& t);

// A YAML double-quoted scalar holding `s` (for front matter written by templates).
std::string yaml_quote(std::string_view s);

}  // namespace efc::render
