#include "schema/json_schema.hpp"

#include <algorithm>

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

using text::JsonWriter;

// "array" or ["array", "null"]: an empty value stands for an empty list or mapping
// in the loader when nothing is required of it.
void write_type(JsonWriter& w, std::string_view type, bool null_allowed) {
  w.key("type");
  if (null_allowed)
    w.strings({std::string(type), "null"});
  else
    w.value(type);
}

// What the loader accepts for one scalar, as members of the open object. Texts take any scalar
// (the loader reads `title: 2025` as the text "2025"); ids and refs may be written as plain
// numbers ("id: 42").
void write_scalar(JsonWriter& w, const FieldInfo& f) {
  switch (f.kind) {
    case ScalarKind::Text: w.key("type").strings({"string", "number", "boolean"}); break;
    case ScalarKind::Id:
    case ScalarKind::Ref:
      w.key("type").strings({"string", "integer"}).key("pattern").value(kIdPattern).key("minimum").value(0);
      break;
    case ScalarKind::Date: w.key("type").value("string").key("format").value("date").key("pattern").value(kDatePattern); break;
    case ScalarKind::Time: w.key("type").value("string").key("pattern").value(kTimePattern); break;
    case ScalarKind::Integer:
      w.key("type").value("integer").key("minimum").value(f.minimum);
      w.key("maximum").value(std::min(f.maximum, kLargestInteger));
      break;
    case ScalarKind::Boolean: w.key("type").value("boolean"); break;
    case ScalarKind::Choice: w.key("type").value("string").key("enum").strings(f.choices); break;
  }
}

// The field's description, with what editors should also tell: references and visibility.
std::string describe(const FieldInfo& f) {
  std::string out = f.description;
  if (f.kind == ScalarKind::Ref) out += fmt::format(" Refers to a {} id.", format::ref_target_name(f.target));
  if (f.visibility == format::Visibility::Group) out += " Visibility: group (never shown to a shared audience).";
  return out;
}

void write_record(JsonWriter& w, const RecordInfo& r, std::string_view title, bool with_description);

void write_field(JsonWriter& w, const FieldInfo& f) {
  w.begin_object().key("description").value(describe(f));  // the field's words win over its record's
  switch (f.shape) {
    case Shape::Scalar: write_scalar(w, f); break;
    case Shape::Record: write_record(w, *f.record, f.record->name, false); break;
    case Shape::ScalarList:
    case Shape::RecordList: {
      write_type(w, "array", f.min_items == 0);
      w.key("items").begin_object();
      if (f.shape == Shape::ScalarList)
        write_scalar(w, f);
      else
        write_record(w, *f.record, f.record->name, true);
      w.end_object();
      if (f.min_items > 0) w.key("minItems").value(f.min_items);
      if (f.max_items > 0) w.key("maxItems").value(f.max_items);
      break;
    }
  }
  w.end_object();
}

// A closed mapping, as members of the open object: every key described, the required ones
// listed, no other key allowed.
void write_record(JsonWriter& w, const RecordInfo& r, std::string_view title, bool with_description) {
  std::vector<std::string> required;
  for (const auto& f : r.fields) {
    if (f.required) required.push_back(f.key);
  }
  w.key("title").value(title);
  if (with_description) w.key("description").value(r.description);
  write_type(w, "object", required.empty());
  w.key("properties").begin_object();
  for (const auto& f : r.fields) write_field(w.key(f.key), f);
  w.end_object();
  if (!required.empty()) w.key("required").strings(required);
  w.key("additionalProperties").value(false);
}

void write_kind(JsonWriter& w, const format::KindInfo& kind) {
  w.begin_object().key("$schema").value(kDraft).key("$id").value(schema_id(kind.name));
  write_record(w, *kind.record, fmt::format("efc {} file (format 1)", kind.name), true);
  w.end_object();
}

}  // namespace

std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const auto& k : format::all_kinds()) out.emplace_back(k.name);
  return out;
}

std::optional<std::string> json_schema(std::string_view kind) {
  for (const auto& k : format::all_kinds()) {
    if (k.name != kind) continue;
    JsonWriter w;
    write_kind(w, k);
    return w.finish();
  }
  return std::nullopt;
}

std::string all_schemas_json() {
  JsonWriter w;
  w.begin_object();
  for (const auto& k : format::all_kinds()) write_kind(w.key(k.name), k);
  return w.end_object().finish();
}

std::string schema_id(std::string_view kind) { return fmt::format("urn:efc:format-1:{}", kind); }

std::string schema_file_name(std::string_view kind) { return fmt::format("{}.schema.json", kind); }

}  // namespace efc::schema
