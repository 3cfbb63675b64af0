#include "render/mustache_data.hpp"

#include <utility>

namespace efc::render {

MustacheData::Data MustacheData::from(const Tree& t) {
  switch (t.kind()) {
    case Tree::Kind::String:
    case Tree::Kind::Number: return Data(t.text());
    case Tree::Kind::Boolean: return Data(t.text() == "true");
    case Tree::Kind::Null: return Data(false);
    case Tree::Kind::List: {
      // kainjow's push_back and set copy their argument, subtree included: at every level of
      // nesting, and again when the list grows. Items are moved in place instead, so that a
      // document of n items costs n, not n times its depth. The list object is not const
      // (kainjow only hands it out as const), so filling it through const_cast is sound.
      Data list(Data::type::list);
      auto& items = const_cast<kainjow::mustache::basic_list<std::string>&>(list.list_value());
      items.reserve(t.items().size());
      for (const auto& item : t.items()) items.push_back(from(item));
      return list;
    }
    case Tree::Kind::Object: break;
  }
  Data object(Data::type::object);
  for (const auto& e : t.entries()) object[e.key] = from(e.value);  // moved in, not copied
  return object;
}

MustacheData::Data MustacheData::from(Tree&& t) {
  switch (t.kind()) {
    case Tree::Kind::String:
    case Tree::Kind::Number: {
      // kainjow copies a string it is given; its own empty string is filled instead (the
      // object is not const: kainjow only hands its text out as const).
      Data text(Data::type::string);
      const_cast<std::string&>(text.string_value()) = std::move(t.text_);
      return text;
    }
    case Tree::Kind::Boolean:
    case Tree::Kind::Null: return from(std::as_const(t));
    case Tree::Kind::List: {
      Data list(Data::type::list);
      auto& items = const_cast<kainjow::mustache::basic_list<std::string>&>(list.list_value());
      items.reserve(t.items_.size());
      for (auto& item : t.items_) items.push_back(from(std::move(item)));
      std::vector<Tree>().swap(t.items_);
      return list;
    }
    case Tree::Kind::Object: break;
  }
  Data object(Data::type::object);
  for (auto& e : t.entries_) object[e.key] = from(std::move(e.value));
  std::vector<Tree::Entry>().swap(t.entries_);
  return object;
}

}  // namespace efc::render
