#!/usr/bin/env bash
# Every command's --help ends with examples of its own, and efc(1) (generated at build time by
# `efc __man`) is current, dated, renders without a groff warning at 60 columns, passes
# `mandoc -Tlint` (skipped with a reason when mandoc is absent), gives exit status and
# environment once, shows required arguments as required and documents every command and
# option that --help shows, and `efc __complete`.
# Usage: check_help_and_man.sh EFC MAN_PAGE
set -uo pipefail
efc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
page=$2
. "$(dirname "$0")/help_paths.sh"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

mapfile -t paths < <(command_paths)
[ "${#paths[@]}" -gt 3 ] || fail "only ${#paths[@]} command paths found in --help"
for path in "${paths[@]}"; do
  help=$(help_of "$path")
  examples=$(printf '%s\n' "$help" | sed -n '/^Examples:$/,/^$/p' | grep '^  ')
  [ -n "$examples" ] || fail "'efc $path --help' shows no 'Examples:'"
  # Its own: each example runs this command (efc itself shows a tour of several).
  [ -z "$path" ] && continue
  while IFS= read -r line; do
    grep -qF "efc $path" <<< "$line" || fail "'efc $path --help' shows an example of another command: $line"
  done <<< "$examples"
  [ "$(grep -c '^Exit codes:' <<< "$help")" -eq 0 ] || fail "'efc $path --help' repeats the exit codes of efc --help"
done
echo "help: ${#paths[@]} commands, each with examples of its own"

[ -f "$page" ] || { fail "$page is missing: build the efc_share target"; exit 1; }
diff -u "$page" <("$efc" __man) > /dev/null || fail "$page is older than 'efc __man': rebuild efc_share"
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
# At 60 columns, as man shows it: no warning, and no line wider than the terminal.
narrow=$(MANWIDTH=60 man --warnings -l "$page" 2> "${TMPDIR:-/tmp}/efc-man-warnings.$$")
warnings=$(cat "${TMPDIR:-/tmp}/efc-man-warnings.$$"); rm -f "${TMPDIR:-/tmp}/efc-man-warnings.$$"
[ -z "$warnings" ] || fail "MANWIDTH=60 man --warnings: $warnings"
wide=$(awk 'length > 60' <<< "$narrow")
[ -z "$wide" ] || fail "lines wider than 60 columns at MANWIDTH=60: $wide"
grep -qE '^\.TH EFC 1 [0-9]{4}-[0-9]{2}-[0-9]{2} ' "$page" || fail "the .TH line has no date: $(grep '^\.TH' "$page")"
for heading in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS '"EXIT STATUS"' ENVIRONMENT EXAMPLES; do
  [ "$(grep -c "^\.SH $heading\$" "$page")" -eq 1 ] || fail "the page should have one .SH $heading"
done
[ "$(grep -c 'SOURCE_DATE_EPOCH' "$page")" -le 4 ] || fail "the environment is repeated: SOURCE_DATE_EPOCH $(grep -c SOURCE_DATE_EPOCH "$page") times"
grep -q '^\.SS "efc __complete' "$page" || fail "the page does not document efc __complete (docs/ci.md relies on it)"
rendered=$(MANWIDTH=200 man -l "$page" 2>/dev/null | col -b)
# The rendered section of a command: from its heading "   efc PATH ..." to the next heading.
section_of() {
  awk -v h="   efc $1" '!done && (($0 == h) || index($0, h " ") == 1) {on = 1; print; next}
                        on && (/^   efc / || /^[A-Z]/) {on = 0; done = 1} on'
}
for path in "${paths[@]}"; do
  section=$(section_of "$path" <<< "$rendered")
  [ -n "$path" ] && [ -z "$section" ] && fail "the man page has no section for 'efc $path'"
  [ -z "$path" ] && section=$(sed -n '/^OPTIONS$/,/^COMMANDS$/p' <<< "$rendered")
  for word in $(option_words "$path"); do
    grep -q -- "$word\b" <<< "$section" || fail "the man page does not show $word in the section of 'efc $path'"
  done
  grep -q '^ *Examples:$' <<< "$section" || [ -z "$path" ] || fail "the man page shows no examples for 'efc $path'"
  # A required argument is shown bare in the synopsis, an optional one in brackets.
  for required in $(help_of "$path" | help_section Positionals | awk '/REQUIRED/ {print $1}'); do
    head -1 <<< "$section" | grep -qE " $required( |$)" || fail "'efc $path': $required is required but shown optional: $(head -1 <<< "$section")"
  done
done
if command -v mandoc > /dev/null; then
  lint=$(mandoc -Tlint "$page" 2>&1) || fail "mandoc -Tlint: $lint"
  echo "mandoc -Tlint: clean"
else
  echo "mandoc: not installed, mandoc -Tlint not run (apt-get install mandoc)"
  mandoc_missing=1
fi
echo "man: $(wc -l < "$page") roff lines, $(wc -l <<< "$rendered") rendered lines, no groff warning"
[ "$failures" -eq 0 ] || exit 1
[ -z "${mandoc_missing:-}" ] || exit 77
