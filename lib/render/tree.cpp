#include "render/tree.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "text/json.hpp"

namespace efc::render {
namespace {

bool is_fixed_key(std::string_view key) {
  if (key.empty() || key.front() < 'a' || key.front() > 'z') return false;
  return std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void write_json(const Tree& t, text::JsonWriter& w) {
  switch (t.kind()) {
    case Tree::Kind::String: w.value(t.text()); return;
    case Tree::Kind::Number: w.value(std::stoll(t.text())); return;  // written by Tree::number
    case Tree::Kind::Boolean: w.value(t.text() == "true"); return;
    case Tree::Kind::Null: w.null(); return;
    case Tree::Kind::List:
      w.begin_array();
      for (const auto& item : t.items()) write_json(item, w);
      w.end_array();
      return;
    case Tree::Kind::Object:
      w.begin_object();
      for (const auto& e : t.entries()) {
        if (e.in_json) write_json(e.value, w.key(e.key));
      }
      w.end_object();
      return;
  }
}

}  // namespace

Tree Tree::number(long long n) {
  Tree t(Kind::Number);
  t.text_ = std::to_string(n);
  return t;
}

Tree Tree::boolean(bool b) {
  Tree t(Kind::Boolean);
  t.text_ = b ? "true" : "false";
  return t;
}

Tree& Tree::set(std::string_view key, Tree value) { return put(key, std::move(value), true); }

Tree& Tree::set_template_only(std::string_view key, Tree value) { return put(key, std::move(value), false); }

Tree& Tree::put(std::string_view key, Tree value, bool in_json) {
  if (kind_ != Kind::Object) throw std::logic_error("render::Tree::set on a value that is not an object");
  if (!is_fixed_key(key)) throw std::logic_error(fmt::format("render::Tree: '{}' is not a fixed snake_case key", key));
  const auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.key == key; });
  if (it != entries_.end()) *it = Entry{std::string(key), std::move(value), in_json};
  else entries_.push_back(Entry{std::string(key), std::move(value), in_json});
  return *this;
}

Tree& Tree::push(Tree value) {
  if (kind_ != Kind::List) throw std::logic_error("render::Tree::push on a value that is not a list");
  items_.push_back(std::move(value));
  return *this;
}

const Tree* Tree::get(std::string_view key) const {
  const auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.key == key; });
  return it == entries_.end() ? nullptr : &it->value;
}

std::string to_json(const Tree& t) {
  text::JsonWriter w;
  write_json(t, w);
  return w.finish();
}

std::string yaml_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace efc::render
