#include "exercise/labels.hpp"

#include <array>
#include <utility>

namespace efc::exercise {
namespace {

struct Label {
  std::string_view key, fr, en;
};

template <std::size_t N>
std::string find(const std::array<Label, N>& labels, std::string_view key, std::string_view lang) {
  for (const auto& l : labels) {
    if (l.key == key) return std::string(lang == "en" ? l.en : l.fr);
  }
  return std::string(key);
}

constexpr std::array<Label, 4> kIngredients = {{
    {"listening", "Écoute du travail réel", "Listening to real work"},
    {"relation-to-real", "Rapport au réel (arbitrages, lexique commun)", "Relation to the real (arbitrations, shared doctrine)"},
    {"cooperation-support", "Soutien à la coopération", "Support to cooperation"},
    {"instituted-times", "Temps et espaces institués", "Instituted times and spaces"},
}};

constexpr std::array<Label, 4> kPractices = {{
    {"evaluation", "Entretiens d'évaluation", "Evaluation interviews"},
    {"training", "Plan de formation", "Training plan"},
    {"recruitment", "Recrutement", "Recruitment"},
    {"pay", "Rémunération", "Pay"},
}};

constexpr std::array<Label, 3> kModes = {{
    {"individual", "individuel", "individual"},
    {"mixed", "mixte", "mixed"},
    {"collective", "collectif", "collective"},
}};

constexpr std::array<Label, 2> kStakes = {{
    {"ambition", "ambition partagée", "shared ambition"},
    {"friction", "friction", "friction"},
}};

}  // namespace

std::string ingredient_label(std::string_view key, std::string_view lang) { return find(kIngredients, key, lang); }
std::string practice_label(std::string_view key, std::string_view lang) { return find(kPractices, key, lang); }
std::string mode_label(std::string_view mode, std::string_view lang) { return find(kModes, mode, lang); }
std::string stake_kind_label(std::string_view kind, std::string_view lang) { return find(kStakes, kind, lang); }

std::string level_label(long long level, std::string_view lang) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kLevels = {{
      {"absent", "absent"}, {"émergent", "emerging"}, {"établi", "established"}, {"institué", "instituted"}}};
  if (level < 0 || level > 3) return "";
  const auto& l = kLevels[static_cast<std::size_t>(level)];
  return std::string(lang == "en" ? l.second : l.first);
}

}  // namespace efc::exercise
