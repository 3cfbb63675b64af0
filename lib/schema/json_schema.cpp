#include "schema/json_schema.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "format/texts.hpp"
#include "text/json.hpp"

namespace efc::schema {

const std::string_view kIdPattern = "^[a-z0-9][a-z0-9-]{0,63}$";
// A real calendar day of the years 1900 to 2999, leap years included (format::parse_date and
// format::in_date_range).
const std::string_view kDatePattern =
    "^(?:(?:19|2[0-9])[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:(?:19|2[0-9])(?:0[48]|[2468][048]|[13579][26])|2[048]00)-02-29)$";
const std::string_view kTimePattern = "^(?:[01]?[0-9]|2[0-3]):[0-5][0-9]$";  // 9:00 is read as 09:00

namespace {

using format::FieldInfo;
using format::RecordInfo;
using format::ScalarKind;
using format::Shape;

constexpr std::string_view kDraft = "https://json-schema.org/draft/2020-12/schema";
constexpr long long kLargestInteger = 999'999'999;  // format::parse_integer reads at most 9 digits

// A JSON value kept in insertion order, so that the output is deterministic.
struct Json {
  enum class Type { String, Integer, Boolean, Array, Object };
  Type type = Type::Object;
  std::string text;
  long long number = 0;
  std::vector<Json> items;
  struct Member;
  std::vector<Member> members;  // in output order

  static Json string(std::string_view s);
  static Json integer(long long n);
  static Json boolean(bool b);
  static Json array();
  static Json strings(const std::vector<std::string>& values);
  Json& set(std::string key, Json value);
  bool is_scalar() const { return type != Type::Array && type != Type::Object; }
};

struct Json::Member {
  std::string key;
  Json value;
};

// Out of the class: what builds members needs Json complete (clang insists).
Json Json::string(std::string_view s) { return {Type::String, std::string(s), 0, {}, {}}; }
Json Json::integer(long long n) { return {Type::Integer, "", n, {}, {}}; }
Json Json::boolean(bool b) { return {Type::Boolean, b ? "true" : "false", 0, {}, {}}; }
Json Json::array() { return {Type::Array, "", 0, {}, {}}; }

Json Json::strings(const std::vector<std::string>& values) {
  Json a = array();
  for (const auto& v : values) a.items.push_back(string(v));
  return a;
}

Json& Json::set(std::string key, Json value) {
  members.push_back({std::move(key), std::move(value)});
  return *this;
}

void dump(const Json& j, int depth, std::string& out);

void dump_array(const Json& j, int depth, std::string& out) {
  bool scalars = true;
  for (const auto& item : j.items) scalars = scalars && item.is_scalar();
  const std::string pad((depth + 1) * 2, ' ');
  out += '[';
  for (std::size_t i = 0; i < j.items.size(); ++i) {
    out += i == 0 ? "" : ",";
    if (!scalars) {
      out += '\n';
      out += pad;
    } else if (i != 0) {
      out += ' ';
    }
    dump(j.items[i], depth + 1, out);
  }
  // Appended piece by piece: "\n" + std::string(...) made GCC 12 -O3 report a false -Wrestrict.
  if (!scalars && !j.items.empty()) out.append(1, '\n').append(depth * 2, ' ');
  out += ']';
}

void dump_object(const Json& j, int depth, std::string& out) {
  const std::string pad((depth + 1) * 2, ' ');
  out += '{';
  for (std::size_t i = 0; i < j.members.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += pad + text::json_quote(j.members[i].key) + ": ";
    dump(j.members[i].value, depth + 1, out);
  }
  if (!j.members.empty()) out.append(1, '\n').append(depth * 2, ' ');
  out += '}';
}

void dump(const Json& j, int depth, std::string& out) {
  switch (j.type) {
    case Json::Type::String: out += text::json_quote(j.text); return;
    case Json::Type::Integer: out += std::to_string(j.number); return;
    case Json::Type::Boolean: out += j.text; return;
    case Json::Type::Array: dump_array(j, depth, out); return;
    case Json::Type::Object: dump_object(j, depth, out); return;
  }
}

// "array" or ["array", "null"]: an empty value stands for an empty list or mapping
// in the loader when nothing is required of it.
Json type_maybe_null(std::string_view type, bool null_allowed) {
  if (!null_allowed) return Json::string(type);
  return Json::strings({std::string(type), "null"});
}

// What the loader accepts for one scalar. Texts take any scalar (the loader reads `title: 2025`
// as the text "2025"); ids and refs may be written as plain numbers ("id: 42").
Json scalar_schema(const FieldInfo& f) {
  Json s;
  switch (f.kind) {
    case ScalarKind::Text: s.set("type", Json::strings({"string", "number", "boolean"})); break;
    case ScalarKind::Id:
    case ScalarKind::Ref:
      s.set("type", Json::strings({"string", "integer"})).set("pattern", Json::string(kIdPattern));
      s.set("minimum", Json::integer(0));
      break;
    case ScalarKind::Date:
      s.set("type", Json::string("string")).set("format", Json::string("date")).set("pattern", Json::string(kDatePattern));
      break;
    case ScalarKind::Time: s.set("type", Json::string("string")).set("pattern", Json::string(kTimePattern)); break;
    case ScalarKind::Integer:
      s.set("type", Json::string("integer")).set("minimum", Json::integer(f.minimum));
      s.set("maximum", Json::integer(std::min(f.maximum, kLargestInteger)));
      break;
    case ScalarKind::Boolean: s.set("type", Json::string("boolean")); break;
    case ScalarKind::Choice: s.set("type", Json::string("string")).set("enum", Json::strings(f.choices)); break;
  }
  return s;
}

// The field's description, with what editors should also tell: references and visibility.
std::string describe(const FieldInfo& f) {
  std::string out = f.description;
  if (f.kind == ScalarKind::Ref) out += fmt::format(" Refers to a {} id.", format::ref_target_name(f.target));
  if (f.visibility == format::Visibility::Group) out += " Visibility: group (never shown to a shared audience).";
  return out;
}

Json record_schema(const RecordInfo& r, const std::string& title);

Json field_schema(const FieldInfo& f) {
  Json s;
  s.set("description", Json::string(describe(f)));
  Json body;
  switch (f.shape) {
    case Shape::Scalar: body = scalar_schema(f); break;
    case Shape::Record: body = record_schema(*f.record, f.record->name); break;
    case Shape::ScalarList:
    case Shape::RecordList: {
      body.set("type", type_maybe_null("array", f.min_items == 0));
      body.set("items", f.shape == Shape::ScalarList ? scalar_schema(f) : record_schema(*f.record, f.record->name));
      if (f.min_items > 0) body.set("minItems", Json::integer(static_cast<long long>(f.min_items)));
      if (f.max_items > 0) body.set("maxItems", Json::integer(static_cast<long long>(f.max_items)));
      break;
    }
  }
  for (auto& member : body.members) {
    if (member.key != "description") s.members.push_back(std::move(member));  // the field's words win
  }
  return s;
}

// A closed mapping: every key described, the required ones listed, no other key allowed.
Json record_schema(const RecordInfo& r, const std::string& title) {
  std::vector<std::string> required;
  Json properties;
  for (const auto& f : r.fields) {
    properties.set(f.key, field_schema(f));
    if (f.required) required.push_back(f.key);
  }
  Json s;
  s.set("title", Json::string(title)).set("description", Json::string(r.description));
  s.set("type", type_maybe_null("object", required.empty()));
  s.set("properties", std::move(properties));
  if (!required.empty()) s.set("required", Json::strings(required));
  s.set("additionalProperties", Json::boolean(false));
  return s;
}

Json kind_schema(const format::KindInfo& kind) {
  Json s;
  s.set("$schema", Json::string(kDraft));
  s.set("$id", Json::string(schema_id(kind.name)));
  const auto title = fmt::format("efc {} file (format 1)", kind.name);
  for (auto& member : record_schema(*kind.record, title).members) s.members.push_back(std::move(member));
  return s;
}

std::string to_text(const Json& j) {
  std::string out;
  dump(j, 0, out);
  out += '\n';
  return out;
}

}  // namespace

std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const auto& k : format::all_kinds()) out.emplace_back(k.name);
  return out;
}

std::optional<std::string> json_schema(std::string_view kind) {
  for (const auto& k : format::all_kinds()) {
    if (k.name == kind) return to_text(kind_schema(k));
  }
  return std::nullopt;
}

std::string all_schemas_json() {
  Json all;
  for (const auto& k : format::all_kinds()) all.set(std::string(k.name), kind_schema(k));
  return to_text(all);
}

std::string schema_id(std::string_view kind) { return fmt::format("urn:efc:format-1:{}", kind); }

std::string schema_file_name(std::string_view kind) { return fmt::format("{}.schema.json", kind); }

}  // namespace efc::schema
