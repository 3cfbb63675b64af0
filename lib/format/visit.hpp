// What a visit of a file's texts meets, and who may read it: the small part of the format
// descriptions that the view and the rules need (format/record.hpp, which describes each key
// and reads it, stays with the format and the loader).
#pragma once

#include <functional>

#include "format/field.hpp"
#include "model/value.hpp"

namespace efc::format {

// One text value met by Record::visit_texts, with who may read it.
struct TextVisit {
  const RecordInfo& record;  // the record holding the key
  const FieldInfo& field;    // the key; field.kind tells free text from ids, refs, choices
  const model::Text& text;
  Visibility visibility;  // Group when the key, an enclosing key or an enclosing confidential item is
  bool confidential;      // it sits in (or is) an item marked `confidential: true`
};
using TextVisitor = std::function<void(const TextVisit&)>;

// What encloses a value being visited.
struct VisitScope {
  Visibility visibility = Visibility::Shared;
  bool confidential = false;
};

// Whether an item stays in the group: marked `confidential: true`, or in doubt (an error, a
// tag or a duplicate key inside it, or a doubt spread by the view). Fail closed.
template <class U>
bool is_confidential(const U& item) {
  if constexpr (requires { item.in_doubt; }) {
    if (item.in_doubt) return true;
  }
  if constexpr (requires { item.confidential.value; })
    return item.confidential.present && item.confidential.value;
  else
    return false;
}

// The scope of a nested item: a confidential item is group, whatever encloses it.
template <class U>
VisitScope nested_scope(const U& item, VisitScope outer) {
  if (is_confidential(item)) return {Visibility::Group, true};
  return outer;
}

}  // namespace efc::format
