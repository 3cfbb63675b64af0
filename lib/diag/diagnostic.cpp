#include "diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace efc::diag {

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int Diagnostics::errors() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warnings() const { return static_cast<int>(items_.size()) - errors(); }

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.pos.line, a.pos.column, a.rule, a.message) <
           std::tie(b.path, b.pos.line, b.pos.column, b.rule, b.message);
  });
}

void FileReport::error(Pos pos, Rule rule, std::string message) { report(Severity::Error, pos, rule, std::move(message)); }

void FileReport::warning(Pos pos, Rule rule, std::string message) { report(Severity::Warning, pos, rule, std::move(message)); }

void FileReport::report(Severity severity, Pos pos, Rule rule, std::string message) {
  if (severity == Severity::Error) ++errors_;
  out_->add({path_, pos, severity, std::string(rule_id(rule)), std::move(message)});
}

std::string_view severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

}  // namespace efc::diag
