#!/usr/bin/env bash
# Every command's --help ends with examples, and efc(1) (generated at build time by
# `efc __man`) is current, renders without a groff warning and documents every command
# and option that --help shows.
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
  examples=$(printf '%s\n' "$help" | sed -n '/^Examples:$/,$p' | grep -c '^  efc ')
  [ "$examples" -ge 1 ] || fail "'efc $path --help' shows no 'Examples:' with an 'efc ...' line"
done
echo "help: ${#paths[@]} commands, each with examples"

[ -f "$page" ] || { fail "$page is missing: build the efc_share target"; exit 1; }
diff -u "$page" <("$efc" __man) > /dev/null || fail "$page is older than 'efc __man': rebuild efc_share"
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
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
done
echo "man: $(wc -l < "$page") roff lines, $(wc -l <<< "$rendered") rendered lines, no groff warning"
[ "$failures" -eq 0 ]
