// Private to lib/render: the one place a Tree becomes kainjow's Mustache data. Only
// render/template.cpp includes it, so no other file of efc sees the template engine's types.
#pragma once

#include <kainjow/mustache.hpp>

#include "render/tree.hpp"

namespace efc::render {

// Objects, lists, strings and booleans; numbers become strings; null becomes false.
struct MustacheData {
  using Data = kainjow::mustache::data;
  static Data from(const Tree& t);
  // The same, emptying `t` as it goes: its texts are moved into the data and each list and
  // object is freed once converted, so that the tree and its data are not both held whole.
  static Data from(Tree&& t);
};

}  // namespace efc::render
