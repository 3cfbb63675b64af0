// One way to fail: a value, or the Failure that says why not (the exit code a command ends with
// and what to tell the user). Models: ccache's util/expected.hpp and TRY, leveldb's Status.
// Findings about the user's files are not failures: they are diag::Diagnostics.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace efc::diag {

// Exit codes of CLI.md.
enum Exit : int { kDone = 0, kDossierErrors = 1, kUsage = 2, kRefused = 3 };

// Why something could not be done. `message` is printed after "efc: " by whoever ends the
// command; empty when what went wrong was printed already (a dossier's findings).
struct Failure {
  int exit = kRefused;
  std::string message;
};

// A Failure with the exit code of a refusal (3): the most common one.
inline Failure refused(std::string message) { return {kRefused, std::move(message)}; }

// A T, or the Failure that prevented it. Test it (`if (!r)`) before reading the value.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Failure f) : v_(std::in_place_index<1>, std::move(f)) {}    // NOLINT
  template <class U>
  requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::remove_cvref_t<U>, Failure> &&
           !std::is_same_v<std::remove_cvref_t<U>, Result>) Result(U&& value)
      : v_(std::in_place_index<0>, std::forward<U>(value)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& operator*() & { return std::get<0>(v_); }
  const T& operator*() const& { return std::get<0>(v_); }
  T&& operator*() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &std::get<0>(v_); }
  const T* operator->() const { return &std::get<0>(v_); }
  const Failure& failure() const& { return std::get<1>(v_); }
  Failure&& failure() && { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Failure> v_;
};

// Done, or the Failure that prevented it.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Failure f) : f_(std::move(f)) {}  // NOLINT: implicit on purpose

  bool ok() const { return !f_; }
  explicit operator bool() const { return ok(); }
  const Failure& failure() const& { return *f_; }
  Failure&& failure() && { return std::move(*f_); }

 private:
  std::optional<Failure> f_;
};
using Status = Result<void>;

}  // namespace efc::diag

#define EFC_RESULT_CONCAT_(a, b) a##b
#define EFC_RESULT_CONCAT(a, b) EFC_RESULT_CONCAT_(a, b)

// Evaluates `expr` (a Result); on failure, returns its Failure from the enclosing function
// (which returns a Result).
#define EFC_TRY(expr)                                                                                 \
  do {                                                                                                \
    if (auto efc_try_result_ = (expr); !efc_try_result_) return std::move(efc_try_result_).failure(); \
  } while (false)

// `EFC_TRY_ASSIGN(auto x, expr);`: declares x from the value of `expr`, or returns its Failure.
#define EFC_TRY_ASSIGN(declaration, expr)                                                                        \
  auto EFC_RESULT_CONCAT(efc_try_, __LINE__) = (expr);                                                           \
  if (!EFC_RESULT_CONCAT(efc_try_, __LINE__)) return std::move(EFC_RESULT_CONCAT(efc_try_, __LINE__)).failure(); \
  declaration = std::move(*EFC_RESULT_CONCAT(efc_try_, __LINE__))
