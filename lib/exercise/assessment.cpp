#include "exercise/assessment.hpp"

#include <algorithm>

#include "calendar/calendar.hpp"
#include "text/spell.hpp"

namespace efc::exercise {
namespace {

const model::Ingredient* held(const std::optional<model::Ingredient>& i) { return i ? &*i : nullptr; }
const model::Practice* held(const std::optional<model::Practice>& p) { return p ? &*p : nullptr; }

// "rex/a/" and "./rex/a" are "rex/a".
std::string normalised(std::string path) {
  while (path.starts_with("./")) path.erase(0, 2);
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

bool in_dossier(const model::Dossier& d, const std::string& path) {
  if (path.empty() || path.front() == '/' || path == ".." || path.starts_with("../") || path.find("/../") != std::string::npos) {
    return false;
  }
  const auto& e = d.entries;
  return std::binary_search(e.begin(), e.end(), path) || std::binary_search(e.begin(), e.end(), path + ".yaml");
}

// The last session of any device dated on or before `day`; `unknown` when a session file could not be read.
std::optional<model::Date> last_session_before(const model::Dossier& d, const model::Date& day, bool& unknown) {
  std::optional<model::Date> last;
  for (const auto& device : d.devices) {
    if (!device.unreadable_sessions.empty() || device.sessions_unread) unknown = true;
    for (const auto& s : device.sessions) {
      if (s.date && !(day < *s.date) && (!last || *last < *s.date)) last = *s.date;
    }
  }
  return last;
}

void check_recent_session(const model::Dossier& d, const model::Assessment& a, const model::Ingredient& i, std::vector<Gap>& out) {
  if (!a.date || !i.level || *i.level < 2) return;
  bool unknown = false;
  const auto last = last_session_before(d, *a.date, unknown);
  if (unknown) return;  // an unreadable session may be the recent one: say nothing rather than something false
  const long long days = last ? calendar::days_from_civil(*a.date) - calendar::days_from_civil(*last) : 0;
  if (last && days <= kRecentSessionDays) return;
  out.push_back({GapKind::NoRecentSession, "instituted-times", i.level.pos, "", "", last});
}

}  // namespace

std::vector<IngredientEntry> ingredients_of(const model::Assessment& a) {
  static const model::Ingredients kNone{};
  const model::Ingredients& i = a.ingredients ? *a.ingredients : kNone;
  return {{"listening", held(i.listening)},
          {"relation-to-real", held(i.relation_to_real)},
          {"cooperation-support", held(i.cooperation_support)},
          {"instituted-times", held(i.instituted_times)}};
}

std::vector<PracticeEntry> practices_of(const model::Assessment& a) {
  static const model::Administration kNone{};
  const model::Administration& x = a.administration ? *a.administration : kNone;
  return {{"evaluation", held(x.evaluation)}, {"training", held(x.training)}, {"recruitment", held(x.recruitment)}, {"pay", held(x.pay)}};
}

std::vector<Gap> gaps_of(const model::Dossier& d, const model::Assessment& a) {
  std::vector<Gap> out;
  for (const auto& [key, value] : ingredients_of(a)) {
    if (value == nullptr) continue;
    const model::Ingredient& i = *value;
    if (i.level && *i.level >= 2 && i.evidence.empty() && i.keys.reliable("evidence")) {
      out.push_back({GapKind::NoEvidence, std::string(key), i.keys.of("level", i.pos), "", "", std::nullopt});
    }
    for (const auto& e : i.evidence) {
      if (!e || in_dossier(d, normalised(*e))) continue;
      const auto close = text::closest(normalised(*e), d.entries);
      out.push_back({GapKind::EvidenceNotFound, std::string(key), e.pos, *e, close.value_or(""), std::nullopt});
    }
    if (key == "instituted-times") check_recent_session(d, a, i, out);
  }
  return out;
}

std::vector<const model::Assessment*> by_date(const model::AssessmentFile& f) {
  std::vector<const model::Assessment*> out;
  for (const auto& a : f.assessments) {
    if (a.date) out.push_back(&a);
  }
  std::stable_sort(out.begin(), out.end(), [](const model::Assessment* x, const model::Assessment* y) { return *x->date < *y->date; });
  return out;
}

}  // namespace efc::exercise
