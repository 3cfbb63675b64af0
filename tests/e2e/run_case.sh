#!/usr/bin/env bash
# Runs one end-to-end case: the real efc binary on a dossier, whole outputs compared.
#
# A case is a folder tests/e2e/cases/NAME/ holding:
#   cmd              the efc arguments, one shell line (run from the dossier root;
#                    "$CASE" names the case folder)
#   dossier/         the dossier to run on, or
#   from-examples    start from a copy of a dossier of the worked example: the file holds
#                    its folder in examples/ ("marche-valmont"); empty means the hospital,
#                    hopital-valmont; "." copies the whole portfolio
#   setup.sh         optional: run in the copy before efc (to seed faults)
#   env              optional: VAR=value lines exported for efc, over the defaults
#                    (NO_COLOR=1, no GITHUB_ACTIONS, LC_ALL=C.UTF-8); a case in French sets
#                    LC_ALL=fr_FR.UTF-8 and LOCPATH=$EFC_LOCALE_TEST, the locale that the fixture
#                    i18n.locale-fr compiles (skipped, 77, when it is missing, unless CI=true)
#   expected.stdout, expected.stderr, expected.exit   what efc must print and return
#   expected.files/  optional: files that must exist afterwards, byte for byte
#   unchanged        optional: the dossier must be left byte-for-byte as it was
# UPDATE_GOLDEN=1 rewrites the expected.* files from the actual run.
set -uo pipefail
efc=$1
case_dir=$2
source_dir=$3

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/d"
if [ -d "$case_dir/dossier" ]; then
  cp -R "$case_dir/dossier/." "$work/d/"
elif [ -f "$case_dir/from-examples" ]; then
  example=$(tr -d '[:space:]' < "$case_dir/from-examples")
  if [ ! -d "$source_dir/examples/${example:-hopital-valmont}" ]; then
    echo "from-examples names no folder of examples/: '$example'"; exit 1
  fi
  cp -R "$source_dir/examples/${example:-hopital-valmont}/." "$work/d/"
fi
if [ -f "$case_dir/setup.sh" ]; then
  (cd "$work/d" && CASE="$case_dir" bash "$case_dir/setup.sh") || { echo "setup.sh failed"; exit 1; }
fi
(cd "$work/d" && find . -type f -exec sha256sum {} + | sort) > "$work/before.sums"

export SOURCE_DATE_EPOCH=1767225600 NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8 CASE="$case_dir"
unset GITHUB_ACTIONS LANGUAGE
EFC_LOCALE_TEST="$(dirname "$efc")/locale-test"
# (bash itself warns that it cannot use a locale that only LOCPATH holds: not efc's concern)
if [ -f "$case_dir/env" ]; then set -a; . "$case_dir/env" 2>/dev/null; set +a; fi
if [ "${LOCPATH:-}" = "$EFC_LOCALE_TEST" ] && [ ! -d "$EFC_LOCALE_TEST/${LC_ALL:-}" ]; then
  echo "skipped: no locale ${LC_ALL:-} in $EFC_LOCALE_TEST (tests/i18n/make_locale.sh makes it)"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
(cd "$work/d" && eval "\"$efc\" $(cat "$case_dir/cmd")" >"$work/stdout" 2>"$work/stderr" </dev/null)
echo $? > "$work/exit"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  for f in stdout stderr exit; do cp "$work/$f" "$case_dir/expected.$f"; done
  echo "updated $case_dir"
  exit 0
fi

status=0
for f in exit stdout stderr; do
  if ! diff -u --label "expected.$f" --label "actual $f" "$case_dir/expected.$f" "$work/$f"; then status=1; fi
done
if [ -d "$case_dir/expected.files" ]; then
  while IFS= read -r -d '' file; do
    rel=${file#"$case_dir/expected.files/"}
    if ! diff -u --label "expected $rel" --label "actual $rel" "$file" "$work/d/$rel"; then status=1; fi
  done < <(find "$case_dir/expected.files" -type f -print0)
fi
if [ -f "$case_dir/unchanged" ]; then
  (cd "$work/d" && find . -type f -exec sha256sum {} + | sort) > "$work/after.sums"
  if ! diff -u --label "dossier before" --label "dossier after" "$work/before.sums" "$work/after.sums"; then
    echo "the dossier was changed"; status=1
  fi
fi
exit $status
