// Words of the self-assessment and of the frame of trust, as documents show them.
#pragma once

#include <string>
#include <string_view>

namespace efc::exercise {

// "Écoute du travail réel" for "listening"; the key itself when unknown.
std::string ingredient_label(std::string_view key, std::string_view lang);
// "établi" for 2; "" outside 0..3.
std::string level_label(long long level, std::string_view lang);
// "Entretiens d'évaluation" for "evaluation".
std::string practice_label(std::string_view key, std::string_view lang);
// "collectif" for "collective".
std::string mode_label(std::string_view mode, std::string_view lang);
// "ambition partagée" for "ambition", "friction" for "friction".
std::string stake_kind_label(std::string_view kind, std::string_view lang);

}  // namespace efc::exercise
