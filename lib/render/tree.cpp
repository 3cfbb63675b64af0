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

void write_json(const Tree& t, int depth, std::string& out) {
  const std::string indent(static_cast<std::size_t>(depth + 1) * 2, ' ');
  const std::string close(static_cast<std::size_t>(depth) * 2, ' ');
  switch (t.kind()) {
    case Tree::Kind::String: out += text::json_quote(t.text()); return;
    case Tree::Kind::Number:
    case Tree::Kind::Boolean: out += t.text(); return;
    case Tree::Kind::Null: out += "null"; return;
    case Tree::Kind::List: {
      if (t.items().empty()) { out += "[]"; return; }
      out += "[\n";
      for (std::size_t i = 0; i < t.items().size(); ++i) {
        out += indent;
        write_json(t.items()[i], depth + 1, out);
        out += i + 1 < t.items().size() ? ",\n" : "\n";
      }
      out += close + "]";
      return;
    }
    case Tree::Kind::Object: {
      std::vector<const Tree::Entry*> shown;
      for (const auto& e : t.entries()) if (e.in_json) shown.push_back(&e);
      if (shown.empty()) { out += "{}"; return; }
      out += "{\n";
      for (std::size_t i = 0; i < shown.size(); ++i) {
        out += indent + text::json_quote(shown[i]->key) + ": ";
        write_json(shown[i]->value, depth + 1, out);
        out += i + 1 < shown.size() ? ",\n" : "\n";
      }
      out += close + "}";
      return;
    }
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
  std::string out;
  write_json(t, 0, out);
  out += '\n';
  return out;
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
