// What loading one file needs: where to report, and where to record ids and refs.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "format/field.hpp"
#include "model/value.hpp"
#include "yaml/tree.hpp"

namespace efc::format {

// An id defined by a record (a person, a principle...) or a reference to one.
struct IdMention {
  RefTarget target;
  std::string id;
  std::string path;
  diag::Pos pos;
};

// Every id defined and referenced across the files of one dossier.
struct RefTable {
  std::vector<IdMention> definitions;
  std::vector<IdMention> references;
  // What the ids of a file that exists but could not be loaded name (already reported):
  // references to them are not checked, so one broken file does not flood the others.
  std::vector<RefTarget> unreadable;
};

class LoadContext {
 public:
  LoadContext(diag::FileReport& report, RefTable& refs) : report_(report), refs_(refs) {}

  diag::FileReport& report() { return report_; }

  // Readers for one scalar of the given field; false (and a diagnostic) when it does not fit.
  bool read_text(const FieldInfo& f, const yaml::Node& n, model::Text& out);
  bool read_date(const FieldInfo& f, const yaml::Node& n, model::DateValue& out);
  bool read_integer(const FieldInfo& f, const yaml::Node& n, model::Int& out);
  bool read_boolean(const FieldInfo& f, const yaml::Node& n, model::Bool& out);

  // Checks that `n` is a list (null counts as empty) within the field's bounds.
  bool expect_list(const FieldInfo& f, const yaml::Node& n);
  // Checks that `n` is a mapping (null counts as empty), in `what`'s words.
  bool expect_mapping(std::string_view what, const yaml::Node& n);

  void bad_type(const yaml::Node& n, std::string_view key, std::string_view expected);

 private:
  bool expect_scalar(const FieldInfo& f, const yaml::Node& n, std::string_view expected);
  bool check_text_kind(const FieldInfo& f, const yaml::Node& n);

  diag::FileReport& report_;
  RefTable& refs_;
};

// "a list", "a mapping", "an empty value"...: how a node looks, for messages.
std::string describe(const yaml::Node& n);

}  // namespace efc::format
