#include "format/context.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "format/scalars.hpp"
#include "text/printable.hpp"
#include "text/fold.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::format {
namespace {

// A value quoted in a message: long texts (a whole block scalar) are cut.
std::string shown(std::string_view value) { return text::excerpt(value, 60); }

std::string_view expected_for(ScalarKind kind) {
  switch (kind) {
    case ScalarKind::Id: return text::tr("an id");
    case ScalarKind::Text: return text::tr("a text");
    case ScalarKind::Date: return text::tr("a date YYYY-MM-DD");
    case ScalarKind::Time: return text::tr("a time HH:MM");
    case ScalarKind::Integer: return text::tr("a whole number");
    case ScalarKind::Boolean: return text::tr("true or false");
    case ScalarKind::Choice: return text::tr("one of the listed words");
    case ScalarKind::Ref: return text::tr("an id");
  }
  return text::tr("a value");
}

}  // namespace

std::vector<std::string> RecordInfo::keys() const {
  std::vector<std::string> out;
  for (const auto& f : fields) out.push_back(f.key);
  return out;
}

std::string_view ref_target_name(RefTarget t) {
  switch (t) {
    case RefTarget::Person: return "person";
    case RefTarget::Organisation: return "organisation";
    case RefTarget::PersonOrOrganisation: return "person or organisation";
    case RefTarget::Principle: return "principle";
    case RefTarget::Request: return "queue request";
    case RefTarget::None: break;
  }
  return "id";
}

bool SealedRegion::contains(diag::Pos p) const {
  const auto before = [](diag::Pos a, diag::Pos b) { return a.line < b.line || (a.line == b.line && a.column < b.column); };
  return p.known() && !before(p, first) && !before(last, p);
}

std::string LoadContext::quote(std::string_view value) const {
  return sealed() ? std::string(text::tr(kNotShown)) : text::trf("'{}'", shown(value));
}

std::string LoadContext::describe(const yaml::Node& n) const {
  switch (n.kind) {
    case yaml::Kind::Null: return text::tr("an empty value");
    case yaml::Kind::Sequence: return text::tr("a list");
    case yaml::Kind::Mapping: return text::tr("a mapping");
    case yaml::Kind::Scalar: break;
  }
  if (sealed()) return std::string(text::tr(kNotShown));
  return n.plain ? text::trf("'{}'", shown(n.text)) : text::trf("the quoted text '{}'", shown(n.text));
}

void LoadContext::bad_type(const yaml::Node& n, std::string_view key, std::string_view expected) {
  report_.error(n.pos, diag::Rule::BadType, text::trf("'{}' must be {}, found {}", key, expected, describe(n)));
}

bool LoadContext::expect_scalar(const FieldInfo& f, const yaml::Node& n, std::string_view expected) {
  if (!n.is_scalar()) {
    bad_type(n, f.key, expected);
    return false;
  }
  return n.tag.empty();  // a tag is reported where the tree is built
}

bool LoadContext::check_text_kind(const FieldInfo& f, const yaml::Node& n) {
  const std::string& s = n.text;
  switch (f.kind) {
    case ScalarKind::Id:
    case ScalarKind::Ref:
      if (is_valid_id(s)) return true;
      report_.error(n.pos, diag::Rule::BadValue,
                    text::trf("'{}' must be an id (a-z, 0-9 and '-', at most 64 characters), found {}{}", f.key, quote(s),
                              f.kind == ScalarKind::Ref && !sealed() ? suggest_id(f, s) : std::string()));
      return false;
    case ScalarKind::Time:
      if (normalize_time(s)) return true;
      report_.error(
          n.pos, diag::Rule::BadValue,
          text::trf("'{}' must be a time HH:MM on 24 hours, such as \"09:00\" or \"14:30\", found {}", f.key, quote(s)));
      return false;
    case ScalarKind::Choice: {
      if (std::find(f.choices.begin(), f.choices.end(), s) != f.choices.end()) return true;
      report_.error(n.pos, diag::Rule::BadValue,
                    text::trf("'{}' must be one of {}, found {}{}", f.key, fmt::join(f.choices, ", "), quote(s),
                              text::did_you_mean(s, f.choices)));
      return false;
    }
    default: return true;
  }
}

void LoadContext::warn_cut_comment(const FieldInfo& f, const yaml::Node& n) {
  if (f.kind != ScalarKind::Text || !n.cut_at.known()) return;
  if (sealed()) {
    report_.warning(n.cut_at, diag::Rule::CommentCutsText,
                    text::trf("'{}' is cut here: ' #' starts a comment, so the rest of the line is not part of the text; "
                              "to keep it, put the whole text in quotes",
                              f.key));
    return;
  }
  report_.warning(n.cut_at, diag::Rule::CommentCutsText,
                  text::trf("'{}' ends at '{}': ' #' starts a comment, so '{}' and the rest of the line are not part of "
                            "the text; to keep them, put the whole text in quotes (\"...\")",
                            f.key, shown(n.text), shown(n.cut_word)));
}

namespace {

bool names_target(RefTarget wanted, RefTarget t) {
  return wanted == t || (wanted == RefTarget::PersonOrOrganisation && (t == RefTarget::Person || t == RefTarget::Organisation));
}

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  const std::string key = text::fold_key(s);
  std::size_t start = 0;
  while (start < key.size()) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    if (end > start) out.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Whether every word of `written` is a word of `name` ("Moreau", "Yves Moreau" in "Dr Yves Moreau").
bool words_in(const std::vector<std::string>& written, const std::string& name) {
  const auto words = words_of(name);
  return !written.empty() && std::all_of(written.begin(), written.end(), [&](const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  });
}

}  // namespace

std::string LoadContext::suggest_id(const FieldInfo& f, const std::string& written) const {
  const auto words = words_of(written);
  std::string slug;
  for (const auto& w : words) slug += (slug.empty() ? "" : "-") + w;
  const RefTable::Name* match = nullptr;
  int matches = 0;
  for (const auto& n : refs_.names) {
    if (!names_target(f.target, n.target) || !(words_in(words, n.name) || n.id == slug)) continue;
    if (match == nullptr || match->id != n.id) ++matches;
    match = &n;
  }
  if (matches == 1) return text::trf("; did you mean '{}' ({})?", match->id, match->name);
  for (const auto& def : refs_.definitions) {
    if (names_target(f.target, def.target) && def.id == slug) return text::trf("; did you mean '{}'?", slug);
  }
  return "";
}

bool LoadContext::read_text(const FieldInfo& f, const yaml::Node& n, model::Text& out) {
  if (!expect_scalar(f, n, expected_for(f.kind)) || !check_text_kind(f, n)) return false;
  warn_cut_comment(f, n);
  keep(out, {f.kind == ScalarKind::Time ? *normalize_time(n.text) : n.text, n.pos, true});  // "9:00" read as "09:00"
  if (f.kind == ScalarKind::Ref) refs_.references.push_back({f.target, n.text, report_.path(), n.pos, sealed()});
  if (f.kind == ScalarKind::Id && f.target != RefTarget::None) {
    refs_.definitions.push_back({f.target, n.text, report_.path(), n.pos, sealed()});
  }
  return true;
}

bool LoadContext::read_date(const FieldInfo& f, const yaml::Node& n, model::DateValue& out) {
  if (!expect_scalar(f, n, text::tr("a date YYYY-MM-DD"))) return false;
  const auto d = parse_date(n.text);
  if (!d) {
    report_.error(n.pos, diag::Rule::BadValue, text::trf("'{}' must be a real date YYYY-MM-DD, found {}", f.key, quote(n.text)));
    return false;
  }
  if (!in_date_range(*d)) {
    report_.error(n.pos, diag::Rule::BadValue,
                  text::trf("'{}' must be a date {}, found {}", f.key, date_range_text(), quote(n.text)));
    return false;
  }
  keep(out, {*d, n.pos, true});
  return true;
}

bool LoadContext::read_integer(const FieldInfo& f, const yaml::Node& n, model::Int& out) {
  if (!expect_scalar(f, n, text::tr("a whole number"))) return false;
  if (!n.plain) {
    report_.error(n.pos, diag::Rule::BadType, text::trf("'{}' must be a whole number, found {}", f.key, describe(n)));
    return false;
  }
  long long v = 0;
  switch (parse_integer(n.text, v)) {
    case IntegerError::NotANumber:
      report_.error(n.pos, diag::Rule::BadType, text::trf("'{}' must be a whole number, found {}", f.key, quote(n.text)));
      return false;
    case IntegerError::LeadingZero:
      report_.error(
          n.pos, diag::Rule::BadValue,
          text::trf("'{}': {} has a leading zero (octal in some YAML readers); write it without", f.key, quote(n.text)));
      return false;
    case IntegerError::TooLarge:
      report_.error(n.pos, diag::Rule::BadValue,
                    text::trf("'{}': {} is too large", f.key, sealed() ? std::string(text::tr(kNotShown)) : shown(n.text)));
      return false;
    case IntegerError::None: break;
  }
  if (v < f.minimum) {
    report_.error(n.pos, diag::Rule::BadValue, text::trf("'{}' must be at least {}, found {}", f.key, f.minimum, v));
    return false;
  }
  if (v > f.maximum) {
    report_.error(n.pos, diag::Rule::BadValue, text::trf("'{}' must be at most {}, found {}", f.key, f.maximum, v));
    return false;
  }
  keep(out, {v, n.pos, true});
  return true;
}

bool LoadContext::read_boolean(const FieldInfo& f, const yaml::Node& n, model::Bool& out) {
  if (!expect_scalar(f, n, text::tr("true or false"))) return false;
  if (!n.plain || (n.text != "true" && n.text != "false")) {
    report_.error(n.pos, diag::Rule::BadValue, text::trf("'{}' must be true or false, found {}", f.key, describe(n)));
    return false;
  }
  keep(out, {n.text == "true", n.pos, true});
  return true;
}

bool LoadContext::expect_list(const FieldInfo& f, const yaml::Node& n) {
  if (n.is_null() && f.min_items == 0) return true;
  if (!n.is_sequence() && !n.is_null()) {
    bad_type(n, f.key, text::tr("a list"));
    return false;
  }
  const std::size_t count = n.items.size();
  if (count < f.min_items) {
    report_.error(n.pos, diag::Rule::BadValue,
                  text::ntrf("'{}' needs at least {} item", "'{}' needs at least {} items", f.min_items, f.key, f.min_items));
    return n.is_sequence();
  }
  if (f.max_items != 0 && count > f.max_items) {
    report_.error(n.pos, diag::Rule::BadValue, text::trf("'{}' takes at most {} items, found {}", f.key, f.max_items, count));
    return false;
  }
  return true;
}

bool LoadContext::expect_mapping(std::string_view what, const yaml::Node& n) {
  if (n.is_mapping() || n.is_null()) return true;
  report_.error(n.pos, diag::Rule::BadType, text::trf("{} must be a mapping of keys, found {}", what, describe(n)));
  return false;
}

}  // namespace efc::format
