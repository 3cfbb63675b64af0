// Positioned values: every value of a dossier remembers where it was written.
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"

namespace efc::model {

using diag::Pos;

// A calendar date; only valid dates are ever stored.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
  bool operator==(const Date&) const = default;
  std::string iso() const;  // YYYY-MM-DD
};

// A value read from a file: `present` is false when the key was absent or invalid.
template <class T>
struct Value {
  T value{};
  Pos pos;
  bool present = false;
  bool sealed = false;  // read inside group text (or an item that may be): never quoted in messages
  explicit operator bool() const { return present; }
  const T& operator*() const { return value; }
  const T* operator->() const { return &value; }
};

// Where each key of a mapping was written, so diagnostics can point at a key.
struct KeyPositions {
  std::vector<std::pair<std::string, Pos>> entries;
  // Keys whose value cannot be trusted, for a fault already reported: misspelt (`particpants:`
  // stands for `participants`), or a value that could not be read whole. Rules that would
  // only repeat that fault skip them.
  std::vector<std::string> unreliable{};
  bool reliable(std::string_view key) const {
    for (const auto& k : unreliable) {
      if (k == key) return false;
    }
    return true;
  }
  // Written, and its value read whole.
  bool read_whole(std::string_view key) const {
    if (!reliable(key)) return false;
    for (const auto& [k, p] : entries) {
      if (k == key) return true;
    }
    return false;
  }
  // The position of `key`, or `fallback` when the key is absent.
  Pos of(std::string_view key, Pos fallback) const {
    for (const auto& [k, p] : entries) {
      if (k == key) return p;
    }
    return fallback;
  }
};

using Text = Value<std::string>;
using Texts = std::vector<Text>;
using Int = Value<long long>;
using Bool = Value<bool>;
using DateValue = Value<Date>;

}  // namespace efc::model
