// French typography for rendered documents: the spaces French puts before some marks and
// inside « », and the typographic apostrophe. Runs on a document already rendered (so on
// values already redacted), and never touches markup, URLs, code or front matter.
#pragma once

#include <string>
#include <string_view>

namespace efc::text {

// What the text is, so that what is not prose stays as it is.
enum class Markup {
  Plain,     // everything is prose (URLs aside)
  Html,      // tags, <style>, <script>, <pre> and <code> are left alone; entities are read
  Markdown,  // a leading YAML front matter, code spans and fenced code are left alone
};

inline constexpr std::string_view kNoBreakSpace = "\u00A0";        // before « : » and « % »
inline constexpr std::string_view kNarrowNoBreakSpace = "\u202F";  // before « ; ? ! », inside « »

// `text` with French typography: the space before ":" and "%" becomes a no-break space, the
// one before ";", "?", "!" and after "«" / before "»" a narrow no-break space (added inside
// « » when missing, and after a number before "%"); an apostrophe between two letters becomes
// "’". A colon without a space before it ("14:00", "https:") is left alone, and so is a space
// already right; URLs (http://, https://, mailto:, www.) are copied as they are.
std::string typeset_french(std::string_view text, Markup markup);

}  // namespace efc::text
