#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::rules {
namespace {

using format::RefTarget;

// The messages name what an id stands for in full sentences, so that each language agrees them.
const char* already_used_format(RefTarget t) {
  switch (t) {
    case RefTarget::Person: return text::mark("person id {} is already used at {}");
    case RefTarget::Organisation: return text::mark("organisation id {} is already used at {}");
    case RefTarget::PersonOrOrganisation: return text::mark("person or organisation id {} is already used at {}");
    case RefTarget::Principle: return text::mark("principle id {} is already used at {}");
    case RefTarget::Request: return text::mark("queue request id {} is already used at {}");
    case RefTarget::None: break;
  }
  return text::mark("id {} is already used at {}");
}

const char* unknown_format(RefTarget t) {
  switch (t) {
    case RefTarget::Person: return text::mark("unknown person {}{}{}");
    case RefTarget::Organisation: return text::mark("unknown organisation {}{}{}");
    case RefTarget::PersonOrOrganisation: return text::mark("unknown person or organisation {}{}{}");
    case RefTarget::Principle: return text::mark("unknown principle {}{}{}");
    case RefTarget::Request: return text::mark("unknown queue request {}{}{}");
    case RefTarget::None: break;
  }
  return text::mark("unknown id {}{}{}");
}

// Ids defined in the dossier, by what they name.
class Definitions {
 public:
  explicit Definitions(const format::RefTable& refs, diag::Diagnostics& out) {
    for (const auto& def : refs.definitions) {
      auto& ids = by_target_[def.target];
      const auto [it, inserted] = ids.emplace(def.id, def);
      if (!inserted) {
        diag::FileReport(def.path, out)
            .error(def.pos, diag::Rule::BadValue,
                   text::trf(already_used_format(def.target), def.sealed ? text::tr("(not shown: group text)") : quoted(def.id),
                             fmt::format("{}:{}:{}", it->second.path, it->second.pos.line, it->second.pos.column)));
      }
    }
  }

  bool has(RefTarget target, const std::string& id) const {
    if (target == RefTarget::PersonOrOrganisation) return has(RefTarget::Person, id) || has(RefTarget::Organisation, id);
    const auto it = by_target_.find(target);
    return it != by_target_.end() && it->second.count(id) > 0;
  }

  std::vector<std::string> ids(RefTarget target) const {
    if (target == RefTarget::PersonOrOrganisation) {
      auto all = ids(RefTarget::Person);
      for (auto& id : ids(RefTarget::Organisation)) all.push_back(std::move(id));
      return all;
    }
    std::vector<std::string> out;
    if (const auto it = by_target_.find(target); it != by_target_.end()) {
      for (const auto& [id, mention] : it->second) out.push_back(id);
    }
    return out;
  }

 private:
  std::map<RefTarget, std::map<std::string, format::IdMention>> by_target_;
};

std::string missing_file_hint(const model::Dossier& d, RefTarget target) {
  if (target == RefTarget::Principle && !d.principles) return text::tr(" (the dossier has no principles.yaml)");
  if (target == RefTarget::Request && !d.queue) return text::tr(" (the dossier has no arbitrations/queue.yaml)");
  return "";
}

bool is_unreadable(const format::RefTable& refs, RefTarget target) {
  if (target == RefTarget::PersonOrOrganisation) {
    return is_unreadable(refs, RefTarget::Person) || is_unreadable(refs, RefTarget::Organisation);
  }
  return std::find(refs.unreadable.begin(), refs.unreadable.end(), target) != refs.unreadable.end();
}

}  // namespace

void check_refs(const model::Dossier& d, const format::RefTable& refs, diag::Diagnostics& out) {
  const Definitions defs(refs, out);
  for (const auto& use : refs.references) {
    if (defs.has(use.target, use.id) || is_unreadable(refs, use.target)) continue;
    const auto candidates = defs.ids(use.target);
    // In group text neither the id nor a suggestion is shown: both could name a narrator.
    const std::string shown = use.sealed ? text::tr("(not shown: group text)") : quoted(use.id);
    const std::string hint = use.sealed ? "" : text::did_you_mean(use.id, candidates);
    diag::FileReport(use.path, out)
        .error(use.pos, diag::Rule::UnknownRef,
               text::trf(unknown_format(use.target), shown, missing_file_hint(d, use.target), hint));
  }
}

}  // namespace efc::rules
