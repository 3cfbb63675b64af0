// What loading one file needs: where to report, and where to record ids and refs.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "format/field.hpp"
#include "model/value.hpp"
#include "yaml/tree.hpp"
#include "text/i18n.hpp"

namespace efc::format {

// An id defined by a record (a person, a principle...) or a reference to one.
struct IdMention {
  RefTarget target;
  std::string id;
  std::string path;
  diag::Pos pos;
  bool sealed = false;  // written in group text: messages do not quote it
};

// Every id defined and referenced across the files of one dossier.
struct RefTable {
  std::vector<IdMention> definitions;
  std::vector<IdMention> references;
  // What the ids of a file that exists but could not be loaded name (already reported):
  // references to them are not checked, so one broken file does not flood the others.
  std::vector<RefTarget> unreadable;
  // The names of people and organisations (read first, from dossier.yaml): a name written
  // where an id is expected gets its id suggested.
  struct Name {
    RefTarget target;
    std::string id;
    std::string name;
  };
  std::vector<Name> names{};
};

// A stretch of a file holding group text (from `first` to `last`, both value starts):
// diagnostics positioned there quote nothing of the file.
struct SealedRegion {
  diag::Pos first, last;
  bool contains(diag::Pos p) const;
};

class LoadContext {
 public:
  LoadContext(diag::FileReport& report, RefTable& refs) : report_(report), refs_(refs) {}

  diag::FileReport& report() { return report_; }

  // While a Seal lives, the values read are group text (or may be): they are marked
  // sealed, messages about them quote nothing of the file, and `n`'s extent is recorded.
  class Seal {
   public:
    Seal(LoadContext& ctx, const yaml::Node& n) : ctx_(ctx) {
      ++ctx_.sealed_;
      ctx_.regions_.push_back({n.pos, n.last});
    }
    ~Seal() { --ctx_.sealed_; }
    Seal(const Seal&) = delete;
    Seal& operator=(const Seal&) = delete;

   private:
    LoadContext& ctx_;
  };
  bool sealed() const { return sealed_ > 0; }
  const std::vector<SealedRegion>& sealed_regions() const { return regions_; }

  // A value of the file as messages show it: quoted, or a mention that it is not shown.
  std::string quote(std::string_view value) const;
  // "a list", "a mapping", "an empty value", or the quoted scalar (not under a Seal).
  std::string describe(const yaml::Node& n) const;

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
  // comment-cuts-text: a free text followed by a comment that looks like more of it.
  void warn_cut_comment(const FieldInfo& f, const yaml::Node& n);
  bool check_text_kind(const FieldInfo& f, const yaml::Node& n);
  // "; did you mean 'faure' (Jérôme Faure)?" for a name or an accented id written as a ref.
  std::string suggest_id(const FieldInfo& f, const std::string& written) const;

  template <class V>
  void keep(V& out, V value) const {
    out = std::move(value);
    out.sealed = sealed();
  }

  diag::FileReport& report_;
  RefTable& refs_;
  int sealed_ = 0;
  std::vector<SealedRegion> regions_;
};

// How messages mention a value that must not be quoted (group text).
inline constexpr const char* kNotShown = text::mark("a value that is not shown (group text)");

}  // namespace efc::format
