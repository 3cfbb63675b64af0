// The one JSON writer of efc (efc only writes JSON, never reads it).
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace efc::text {

// Writes one JSON value, streaming: objects, arrays, keys and values in output order; the
// writer puts the commas, the indentation and the final newline. Strings are always valid
// UTF-8: control characters are escaped and a byte that is not UTF-8 (a file name) becomes
// the text "\xFF", as text::printable shows it. Misuse (a value without its key in an object,
// a key outside one, an unbalanced end, finish() before the value is whole) is a bug in efc:
// std::logic_error.
class JsonWriter {
 public:
  // Block: one member or item a line, indented by 2 spaces a level, `{}` or `[]` when empty.
  // Inline: all on one line, ", " between members ({"a": 1, "b": [2, 3]}). A container opened
  // inside an inline one is inline too.
  enum class Layout { Block, Inline };

  JsonWriter& begin_object(Layout layout = Layout::Block);
  JsonWriter& end_object();
  JsonWriter& begin_array(Layout layout = Layout::Block);
  JsonWriter& end_array();
  // The key of the next value, in an object: "key": value.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }  // not a bool
  JsonWriter& value(bool b);
  template <std::integral Integer>
  requires(!std::same_as<Integer, bool>) JsonWriter& value(Integer n) { return integer(static_cast<long long>(n)); }
  // At most 4 decimals, without trailing zeros: 0.6667, 1, 2.5 (see json_number).
  JsonWriter& value(double x);
  // What `v` holds, else null.
  template <class T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }
  JsonWriter& null();
  // An array of strings, on one line unless asked otherwise.
  JsonWriter& strings(const std::vector<std::string>& items, Layout layout = Layout::Inline);

  // The JSON text written, with a final newline; the writer is left empty.
  std::string finish();

 private:
  struct Frame {
    bool object;
    bool inline_layout;
    bool empty;
  };
  JsonWriter& integer(long long n);
  JsonWriter& begin(bool object, Layout layout);
  JsonWriter& end(bool object);
  void before_value();
  void next_line_or_comma(Frame& frame);
  void after_value();

  std::string out_;
  std::vector<Frame> open_;
  bool key_written_ = false;  // in the innermost object, a key waits for its value
  bool whole_ = false;        // the top-level value is complete
};

// A decimal for JSON and for the text beside it: at most 4 digits after the point, without
// trailing zeros, never "-0": 0.6667, 1, 2.5.
std::string json_number(double x);

}  // namespace efc::text
