// The data of `efc portfolio status`: one entry per dossier and the summary over them, for the
// JSON form and the templates portfolio-status.txt and portfolio-status.html (keys: docs/json.md
// and docs/templates.md). Built from summaries, which hold only what shared views show.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/value.hpp"
#include "portfolio/portfolio.hpp"
#include "render/tree.hpp"

namespace efc::portfolio {

// The screen in `lang` ("fr" or "en"): words for people are template-only keys, figures and
// ids are in both forms. Dossiers keep the order given.
render::Tree status_tree(const std::vector<DossierSummary>& dossiers, const model::Date& today, std::string_view lang);

// "1 erreur", "aucune erreur", "3 remontées en attente de réponse": a count and its noun,
// agreed in number (French counts 0 and 1 as singular, and says "aucun(e)" for 0).
struct Noun {
  std::string_view fr_one, fr_many;
  bool fr_feminine;
  std::string_view en_one, en_many;
};
std::string counted(long long n, const Noun& noun, std::string_view lang);

}  // namespace efc::portfolio
