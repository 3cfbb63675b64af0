// Messages in the user's language: diagnostics, refusals, notes and help go through GNU
// gettext (glibc's runtime, domain "efc"); documents follow the dossier's `lang` instead.
// The msgids are the English messages. xgettext finds them by the keywords tr, trf, ntr:1,2,
// ntrf:1,2 and mark (tests/i18n/check_catalogue.py); keep `{}` in format strings so that a
// translation may reorder them as `{0}`, `{1}`.
#pragma once

#include <string>
#include <utility>

#include <fmt/format.h>

namespace efc::text {

// Follows the user's locale for messages from now on (LC_MESSAGES, LANGUAGE; other categories
// stay "C"), with the catalogue found beside the binary (docs/i18n.md). Once, at start.
void use_user_language();
// Back to the English msgids, whatever the locale: for machine outputs.
void use_source_language();
// Whether messages are being translated (use_user_language was called, and not undone).
bool translating();

// The translation of `msgid`, or `msgid` itself.
const char* tr(const char* msgid);
// `one` or `many` as the language's plural forms choose for `n`, translated.
const char* ntr(const char* one, const char* many, unsigned long n);
// Marks a msgid for extraction where it is stored (tables), translated later with tr().
constexpr const char* mark(const char* msgid) { return msgid; }

// fmt's format on the translated string; a translation whose placeholders do not match its
// arguments falls back to the English format rather than failing.
std::string format_translated(const char* msgid, const char* translated, fmt::format_args args);

template <class... Args>
std::string trf(const char* msgid, const Args&... args) {
  return format_translated(msgid, tr(msgid), fmt::make_format_args(args...));
}

template <class... Args>
std::string ntrf(const char* one, const char* many, unsigned long n, const Args&... args) {
  return format_translated(n == 1 ? one : many, ntr(one, many, n), fmt::make_format_args(args...));
}

}  // namespace efc::text
