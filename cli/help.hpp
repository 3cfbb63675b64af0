// The texts of `efc --help` that are not about one command: exit codes, environment, examples.
// efc(1) shows them once, in EXIT STATUS, ENVIRONMENT and EXAMPLES (cli/man.cpp).
#pragma once

#include <string>
#include <string_view>

#include "text/i18n.hpp"

namespace efc::cli {

// A term and what it means: "0" and "done", "NO_COLOR" and its effect.
struct HelpEntry {
  std::string_view term;
  std::string_view text;
};

inline constexpr std::string_view kDescription =
    "efc checks dossiers of YAML files against their format and the rules of cooperation, "
    "scaffolds REX sessions and joint arbitrations, and renders agendas, bilans and reports that "
    "never leak what a group said to a shared audience.";

inline constexpr HelpEntry kExitCodes[] = {
    {"0", text::mark("done")},
    {"1", text::mark("the dossier has errors (or warnings under validate --strict)")},
    {"2", text::mark("the command line is wrong")},
    {"3", text::mark("refused or failed (not in a dossier, file exists...)")},
};

inline constexpr HelpEntry kEnvironment[] = {
    {"NO_COLOR", text::mark("set and not empty: no colour in auto mode")},
    {"TERM", text::mark("dumb: no colour in auto mode")},
    {"GITHUB_ACTIONS", text::mark("true: validate prints GitHub annotations unless --format says otherwise")},
    {"SOURCE_DATE_EPOCH", text::mark("the day taken as today, for reproducible files")},
};

// "efc ..." and what it does; the help shows them in two columns.
inline constexpr HelpEntry kRootExamples[] = {
    {"efc init --example demo", text::mark("the worked example to explore: three dossiers, one per client")},
    {"efc -C demo/hopital-valmont validate", text::mark("check one from any folder")},
    {"efc validate --color always -q", text::mark("global options also go after the command")},
    {"efc completion bash > ~/.local/share/bash-completion/completions/efc", ""},
};

// The footer of `efc --help`: exit codes, environment, examples, where to read more.
std::string root_footer();

}  // namespace efc::cli
