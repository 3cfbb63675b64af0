// The documents of `efc arbitration impact` and `report`: text and JSON of an impact, JSON of
// a report and the view its Markdown templates receive. Keys are fixed; see docs/arbitration.md.
#pragma once

#include <string>
#include <string_view>

#include "model/model.hpp"
#include "queue/impact.hpp"
#include "queue/report.hpp"
#include "render/tree.hpp"
#include "view/visibility.hpp"

namespace efc::queue {

// The impact of arbitration `a` for people, in `lang` ("fr" or "en").
std::string impact_text(const view::DossierView& v, const model::ArbitrationFile& a, const Impact& impact,
                        std::string_view lang);

// The data of the HTML page of an impact (template arbitration-impact.html): the sentences of
// impact_text, already in `lang`, and the table's rows. Keys: docs/templates.md.
render::Tree impact_tree(const view::DossierView& v, const model::ArbitrationFile& a, const Impact& impact,
                         std::string_view lang);

// The impact as JSON: {"arbitration", "request", "slips": [...], "start", "urgent": {...}, "effort_unknown"}.
std::string impact_json(const model::ArbitrationFile& a, const Impact& impact);

// The report as JSON: {"arbitrations", "outcomes", "decided", "joint_decisions", "escalation_share",
// "joint_share", "median_gap_days", "items": [...]}.
std::string report_json(const Report& report);

// The data of templates/LANG/arbitration-report.md.mustache (and .html): words already in `lang`.
render::Tree report_tree(const Report& report, std::string_view title, std::string_view lang);

}  // namespace efc::queue
