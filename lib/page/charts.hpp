// The charts of the HTML pages (--format html), drawn from the very data the other formats
// print: the bilan's and the status's render::Tree, the impact and the report figures. Each
// chart is an object {svg, title, summary}: the finished SVG (lib/chart, every text escaped),
// its title, and a sentence saying what it shows, for screen readers and print. Templates put
// them under "charts" and print the svg through {{{charts.NAME.svg}}}, the only raw slot.
#pragma once

#include <string>
#include <string_view>

#include "model/model.hpp"
#include "queue/impact.hpp"
#include "queue/report.hpp"
#include "render/tree.hpp"

namespace efc::page {

// attendance, experiments, themes, loop; from the data of bilan::bilan_data. A shared bilan's
// attendance is the one overall figure, as in the Markdown (never per session).
render::Tree bilan_charts(const render::Tree& bilan, std::string_view lang);

// sessions: each device's sessions on a time line, held against planned; from status::status_data.
render::Tree status_charts(const render::Tree& status, std::string_view lang);

// queue: each request's work as is and with the urgent request first, two rows per request.
render::Tree impact_charts(const queue::Impact& impact, const std::string& urgent_label, std::string_view lang);

// outcomes and deadlines (requested against decided), from the report.
render::Tree report_charts(const queue::Report& report, std::string_view lang);

// "10 mars 2025" / "10 March 2025"; the ISO text when it is not a date.
std::string long_date_of(const std::string& iso, std::string_view lang);

}  // namespace efc::page
