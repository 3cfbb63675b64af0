// Records: a struct of the model bound to the description of its keys.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "format/context.hpp"
#include "format/field.hpp"
#include "format/visit.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::format {

template <class T>
class Record;

// The member a field handler works on, type-erased: a pointer to a data member and, for
// nested records, the function returning their Record. Only the handler made with the
// member's own type reads it back (the maker functions below pair them).
struct MemberSlot {
  struct Probe {
    int m;
  };
  std::array<std::byte, sizeof(int Probe::*)> member{};
  void (*spec)() = nullptr;

  template <class P>
  static MemberSlot of(P member, void (*spec)() = nullptr) {
    static_assert(std::is_member_object_pointer_v<P> && sizeof(P) == sizeof(MemberSlot::member));
    return {std::bit_cast<std::array<std::byte, sizeof(int Probe::*)>>(member), spec};
  }
  template <class M, class T>
  M& in(T& value) const { return value.*std::bit_cast<M T::*>(member); }
  template <class M, class T>
  const M& in(const T& value) const { return value.*std::bit_cast<M T::*>(member); }
  template <class U>
  const Record<U>& record() const { return reinterpret_cast<const Record<U>& (*)()>(spec)(); }
};

// A field handler: a plain function and the member it applies to. Cheaper to compile than
// std::function: up to four per field, 181 fields in kinds.cpp (docs/development.md).
template <class Signature>
class Handler;
template <class R, class... Args>
class Handler<R(Args...)> {
 public:
  using Function = R (*)(const MemberSlot&, Args...);
  Handler() = default;
  Handler(std::nullptr_t) {}
  Handler(Function f, MemberSlot slot) : f_(f), slot_(slot) {}
  explicit operator bool() const { return f_ != nullptr; }
  R operator()(Args... args) const { return f_(slot_, std::forward<Args>(args)...); }

 private:
  Function f_ = nullptr;
  MemberSlot slot_;
};

template <class T>
struct Field {
  FieldInfo info;
  Handler<void(T&, const FieldInfo&, const yaml::Node&, LoadContext&)> load;
  Handler<void(T&)> clear;            // empties the member (group fields in a shared view)
  Handler<void(T&)> redact_nested;    // records only: redact what the member holds
  // Calls the visitor on each text the member holds (nested records included); null for non-texts.
  Handler<void(const T&, const RecordInfo&, const FieldInfo&, VisitScope, const TextVisitor&)> visit_texts;

  Field&& required() && { info.required = true; return std::move(*this); }
  Field&& group() && { info.visibility = Visibility::Group; return std::move(*this); }
  Field&& defines(RefTarget t) && { info.target = t; return std::move(*this); }
  Field&& minimum(long long m) && { info.minimum = m; return std::move(*this); }
  Field&& maximum(long long m) && { info.maximum = m; return std::move(*this); }
  Field&& items(std::size_t min, std::size_t max = 0) && {
    info.min_items = min;
    info.max_items = max;
    return std::move(*this);
  }
};

// A closed mapping: every key described, unknown keys reported with a suggestion.
template <class T>
class Record {
 public:
  Record(std::string name, std::string description, std::vector<Field<T>> fields) : fields_(std::move(fields)) {
    info_.name = std::move(name);
    info_.description = std::move(description);
    for (const auto& f : fields_) info_.fields.push_back(f.info);
  }

  const RecordInfo& info() const { return info_; }

  // Removes from `value` what a shared audience must not see: every group field is emptied,
  // items marked `confidential: true` are dropped, nested records are redacted the same way.
  // The keys of emptied fields are forgotten too: a shared view keeps no trace of them.
  void redact(T& value) const {
    for (const auto& f : fields_) {
      if (f.info.visibility == Visibility::Group) {
        f.clear(value);
        std::erase_if(value.keys.entries, [&](const auto& entry) { return entry.first == f.info.key; });
      } else if (f.redact_nested) {
        f.redact_nested(value);
      }
    }
  }

  // Calls `visit` on every text of `value` with its visibility, read from the same description
  // as redact(): the texts visited as Group are exactly those redact() removes.
  void visit_texts(const T& value, const TextVisitor& visit, VisitScope scope = {}) const {
    for (const auto& f : fields_) {
      if (!f.visit_texts) continue;
      VisitScope inner = scope;
      if (f.info.visibility == Visibility::Group) inner.visibility = Visibility::Group;
      f.visit_texts(value, info_, f.info, inner, visit);
    }
  }

  // Fills `out` from a mapping node; false (reported) when the node is not a mapping.
  // Group fields, and items that are or may be confidential, are read under a Seal. An item
  // with an error, a tag or a duplicate key inside is in doubt: it is kept in the group.
  bool load(T& out, const yaml::Node& node, LoadContext& ctx) const {
    out.pos = node.pos;
    if (!ctx.expect_mapping(info_.name, node)) return false;
    const int errors_before = ctx.report().errors();
    std::optional<LoadContext::Seal> item_seal;
    if (may_be_confidential(node)) item_seal.emplace(ctx, node);
    std::vector<bool> seen(fields_.size(), false);
    out.keys.entries.reserve(node.entries.size());
    for (const auto& entry : node.entries) {
      const auto i = index_of(entry.key->text);
      if (i == fields_.size()) {
        // A misspelt required key is one fault: the unknown-key message names it, so it is not "missing" too.
        if (const auto suggestion = report_unknown_key(*entry.key, ctx)) {
          seen[index_of(*suggestion)] = true;
          out.keys.unreliable.push_back(*suggestion);
        }
        continue;
      }
      seen[i] = true;
      out.keys.entries.emplace_back(entry.key->text, entry.key->pos);
      std::optional<LoadContext::Seal> field_seal;
      if (fields_[i].info.visibility == Visibility::Group) field_seal.emplace(ctx, *entry.value);
      const int field_errors_before = ctx.report().errors();
      fields_[i].load(out, fields_[i].info, *entry.value, ctx);
      if (ctx.report().errors() > field_errors_before && read_in_part(fields_[i].info, *entry.value)) {
        out.keys.unreliable.push_back(fields_[i].info.key);
      }
    }
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].info.required && !seen[i]) {
        ctx.report().error(node.pos, diag::Rule::MissingKey,
                           text::trf("missing key '{}' in {}", fields_[i].info.key, info_.name));
      }
    }
    if constexpr (requires { out.in_doubt; }) out.in_doubt = node.flagged || ctx.report().errors() > errors_before;
    return true;
  }

 private:
  std::size_t index_of(std::string_view key) const {
    std::size_t i = 0;
    while (i < fields_.size() && fields_[i].info.key != key) ++i;
    return i;
  }

  // Whether a field whose reading reported errors holds less than was written: a scalar or a
  // list of scalars (a list of ids missing one is a wrong list), or records not in a list or a
  // mapping at all (one faulty record in a list leaves the others whole).
  static bool read_in_part(const FieldInfo& f, const yaml::Node& n) {
    switch (f.shape) {
      case Shape::Scalar:
      case Shape::ScalarList: return true;
      case Shape::Record: return !n.is_mapping() && !n.is_null();
      case Shape::RecordList: return !n.is_sequence() && !n.is_null();
    }
    return true;
  }

  // Whether an item of this record may be confidential: it can say so, and it holds a
  // `confidential` key or a key that is not of the format (a misspelt one, perhaps).
  bool may_be_confidential(const yaml::Node& node) const {
    if (index_of("confidential") == fields_.size()) return false;
    return std::any_of(node.entries.begin(), node.entries.end(), [&](const yaml::Entry& e) {
      return e.key->text == "confidential" || index_of(e.key->text) == fields_.size();
    });
  }

  // Reports an unknown key; returns the known key it probably stands for, if any.
  std::optional<std::string> report_unknown_key(const yaml::Node& key, LoadContext& ctx) const {
    if (key.text == "<<") {
      ctx.report().error(key.pos, diag::Rule::UnknownKey, text::tr("merge keys ('<<') are not supported; write the keys out"));
      return std::nullopt;
    }
    const auto keys = info_.keys();
    const std::string shown = ctx.sealed() ? std::string(text::tr("key")) : text::trf("key '{}'", key.text);
    ctx.report().error(key.pos, diag::Rule::UnknownKey,
                       text::trf("unknown {} in {}{}", shown, info_.name, text::did_you_mean(key.text, keys)));
    return text::closest(key.text, keys);
  }

  RecordInfo info_;
  std::vector<Field<T>> fields_;
};

// --- Field makers: one per kind of value of FORMAT.md. ---
// Each handler is a captureless lambda (a plain function) reading its member from the slot.

// Empties a member: the shared view of a group field.
template <class T, class M>
Handler<void(T&)> clearer(M T::*member) {
  return {[](const MemberSlot& s, T& out) { s.in<M>(out) = M{}; }, MemberSlot::of(member)};
}

inline FieldInfo field_info(std::string key, std::string description, Shape shape, ScalarKind kind) {
  FieldInfo info;
  info.key = std::move(key);
  info.description = std::move(description);
  info.shape = shape;
  info.kind = kind;
  return info;
}

template <class T>
Field<T> scalar_field(model::Text T::*member, std::string key, ScalarKind kind, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::Scalar, kind);
  const auto slot = MemberSlot::of(member);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             ctx.read_text(f, n, s.in<model::Text>(out));
           },
           slot},
          clearer(member), nullptr,
          {[](const MemberSlot& s, const T& v, const RecordInfo& r, const FieldInfo& f, VisitScope sc, const TextVisitor& visit) {
             if (s.in<model::Text>(v).present) visit({r, f, s.in<model::Text>(v), sc.visibility, sc.confidential});
           },
           slot}};
}

template <class T>
Field<T> text(model::Text T::*m, std::string key, std::string description) {
  return scalar_field(m, std::move(key), ScalarKind::Text, std::move(description));
}

template <class T>
Field<T> id(model::Text T::*m, std::string key, std::string description) {
  return scalar_field(m, std::move(key), ScalarKind::Id, std::move(description));
}

template <class T>
Field<T> time(model::Text T::*m, std::string key, std::string description) {
  return scalar_field(m, std::move(key), ScalarKind::Time, std::move(description));
}

template <class T>
Field<T> choice(model::Text T::*m, std::string key, std::vector<std::string> choices, std::string description) {
  auto f = scalar_field(m, std::move(key), ScalarKind::Choice, std::move(description));
  f.info.choices = std::move(choices);
  return f;
}

template <class T>
Field<T> ref(model::Text T::*m, std::string key, RefTarget target, std::string description) {
  auto f = scalar_field(m, std::move(key), ScalarKind::Ref, std::move(description));
  f.info.target = target;
  return f;
}

template <class T>
Field<T> date(model::DateValue T::*member, std::string key, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::Scalar, ScalarKind::Date);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             ctx.read_date(f, n, s.in<model::DateValue>(out));
           },
           MemberSlot::of(member)},
          clearer(member), nullptr, nullptr};
}

template <class T>
Field<T> integer(model::Int T::*member, std::string key, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::Scalar, ScalarKind::Integer);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             ctx.read_integer(f, n, s.in<model::Int>(out));
           },
           MemberSlot::of(member)},
          clearer(member), nullptr, nullptr};
}

template <class T>
Field<T> boolean(model::Bool T::*member, std::string key, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::Scalar, ScalarKind::Boolean);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             ctx.read_boolean(f, n, s.in<model::Bool>(out));
           },
           MemberSlot::of(member)},
          clearer(member), nullptr, nullptr};
}

// A list of scalars of one kind (texts, ids, refs, choices).
template <class T>
Field<T> scalar_list(model::Texts T::*member, std::string key, ScalarKind kind, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::ScalarList, kind);
  const auto slot = MemberSlot::of(member);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             if (!ctx.expect_list(f, n)) return;
             s.in<model::Texts>(out).reserve(n.items.size());  // the model is most of a document's memory
             for (const yaml::Node* item : n.items) {
               model::Text t;
               if (ctx.read_text(f, *item, t)) s.in<model::Texts>(out).push_back(std::move(t));
             }
           },
           slot},
          clearer(member), nullptr,
          {[](const MemberSlot& s, const T& v, const RecordInfo& r, const FieldInfo& f, VisitScope sc, const TextVisitor& visit) {
             for (const auto& t : s.in<model::Texts>(v)) visit({r, f, t, sc.visibility, sc.confidential});
           },
           slot}};
}

template <class T>
Field<T> texts(model::Texts T::*m, std::string key, std::string description) {
  return scalar_list(m, std::move(key), ScalarKind::Text, std::move(description));
}

template <class T>
Field<T> refs(model::Texts T::*m, std::string key, RefTarget target, std::string description) {
  auto f = scalar_list(m, std::move(key), ScalarKind::Ref, std::move(description));
  f.info.target = target;
  return f;
}

template <class T>
Field<T> choices(model::Texts T::*m, std::string key, std::vector<std::string> allowed, std::string description) {
  auto f = scalar_list(m, std::move(key), ScalarKind::Choice, std::move(description));
  f.info.choices = std::move(allowed);
  return f;
}

template <class T>
Field<T> dates(std::vector<model::DateValue> T::*member, std::string key, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::ScalarList, ScalarKind::Date);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             if (!ctx.expect_list(f, n)) return;
             for (const yaml::Node* item : n.items) {
               model::DateValue d;
               if (ctx.read_date(f, *item, d)) s.in<std::vector<model::DateValue>>(out).push_back(d);
             }
           },
           MemberSlot::of(member)},
          clearer(member), nullptr, nullptr};
}

template <class T>
Field<T> integers(std::vector<model::Int> T::*member, std::string key, std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::ScalarList, ScalarKind::Integer);
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             if (!ctx.expect_list(f, n)) return;
             for (const yaml::Node* item : n.items) {
               model::Int v;
               if (ctx.read_integer(f, *item, v)) s.in<std::vector<model::Int>>(out).push_back(v);
             }
           },
           MemberSlot::of(member)},
          clearer(member), nullptr, nullptr};
}

// One nested mapping, kept in a std::optional member.
template <class T, class U>
Field<T> record(std::optional<U> T::*member, std::string key, const Record<U>& (*spec)(), std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::Record, ScalarKind::Text);
  info.record = &spec().info();
  const auto slot = MemberSlot::of(member, reinterpret_cast<void (*)()>(spec));
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo&, const yaml::Node& n, LoadContext& ctx) {
             U value;
             if (s.record<U>().load(value, n, ctx)) s.in<std::optional<U>>(out) = std::move(value);
           },
           slot},
          clearer(member),
          {[](const MemberSlot& s, T& out) {
             auto& held = s.in<std::optional<U>>(out);
             if (!held) return;
             if (is_confidential(*held)) held = std::nullopt;
             else s.record<U>().redact(*held);
           },
           slot},
          {[](const MemberSlot& s, const T& v, const RecordInfo&, const FieldInfo&, VisitScope sc, const TextVisitor& visit) {
             const auto& held = s.in<std::optional<U>>(v);
             if (held) s.record<U>().visit_texts(*held, visit, nested_scope(*held, sc));
           },
           slot}};
}

// A list of mappings of one kind.
template <class T, class U>
Field<T> records(std::vector<U> T::*member, std::string key, const Record<U>& (*spec)(), std::string description) {
  FieldInfo info = field_info(std::move(key), std::move(description), Shape::RecordList, ScalarKind::Text);
  info.record = &spec().info();
  const auto slot = MemberSlot::of(member, reinterpret_cast<void (*)()>(spec));
  return {info,
          {[](const MemberSlot& s, T& out, const FieldInfo& f, const yaml::Node& n, LoadContext& ctx) {
             if (!ctx.expect_list(f, n)) return;
             s.in<std::vector<U>>(out).reserve(n.items.size());
             for (const yaml::Node* item : n.items) {
               U value;
               if (s.record<U>().load(value, *item, ctx)) s.in<std::vector<U>>(out).push_back(std::move(value));
             }
           },
           slot},
          clearer(member),
          {[](const MemberSlot& s, T& out) {
             auto& items = s.in<std::vector<U>>(out);
             std::erase_if(items, [](const U& item) { return is_confidential(item); });
             for (auto& item : items) s.record<U>().redact(item);
           },
           slot},
          {[](const MemberSlot& s, const T& v, const RecordInfo&, const FieldInfo&, VisitScope sc, const TextVisitor& visit) {
             for (const auto& item : s.in<std::vector<U>>(v)) s.record<U>().visit_texts(item, visit, nested_scope(item, sc));
           },
           slot}};
}

}  // namespace efc::format
