// Diagnostics: what efc tells users about their files, always positioned.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/rules.hpp"

namespace efc::diag {

// A 1-based position in a file; line 0 means "unknown" (printed as 1:1).
struct Pos {
  int line = 0;
  int column = 0;
  bool known() const { return line > 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
};

struct Diagnostic {
  std::string path;  // as the user should read it (relative to the working folder)
  Pos pos;
  Severity severity = Severity::Error;
  std::string rule;  // the id of a Rule (diag/rules.hpp), part of the contract
  std::string message;
};

// Collects diagnostics; nothing stops at the first one.
class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  int errors() const;
  int warnings() const;
  bool empty() const { return items_.empty(); }

  // Sorts by path, line, column, then rule and message, so output is deterministic.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

// The diagnostics of one file: binds a path so callers only give positions.
class FileReport {
 public:
  FileReport(std::string path, Diagnostics& out) : path_(std::move(path)), out_(&out) {}
  const std::string& path() const { return path_; }
  void error(Pos pos, Rule rule, std::string message);
  void warning(Pos pos, Rule rule, std::string message);
  void report(Severity severity, Pos pos, Rule rule, std::string message);
  // Errors reported through this report so far.
  int errors() const { return errors_; }

 private:
  std::string path_;
  Diagnostics* out_;
  int errors_ = 0;
};

std::string_view severity_name(Severity s);

}  // namespace efc::diag
