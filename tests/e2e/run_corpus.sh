#!/usr/bin/env bash
# The real efc binary on every case of the yaml-test-suite corpus, each placed in turn
# as dossier.yaml and as a session file of a copy of the example's hospital (a valid dossier):
# exit 0 or 1 only, every exit 1 prints positioned one-line diagnostics with a rule id,
# no crash, no hang (a timeout per run). Prints a tally; exits 1 on any failure, 77 when
# the corpus is missing (skipped).
#   run_corpus.sh EFC SOURCE_DIR [CORPUS_DIR]
set -uo pipefail
efc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$2
corpus=${3:-$source_dir/../shared/corpus/yaml-test-suite}
per_run_timeout=${EFC_CORPUS_TIMEOUT:-10}

# Without the corpus: skipped (exit 77, SKIP_RETURN_CODE of tests/e2e/CMakeLists.txt), unless
# EFC_REQUIRE_CORPUS=1 (.ci/run) makes its absence a failure.
if [ ! -d "$corpus" ]; then
  if [ "${EFC_REQUIRE_CORPUS:-0}" = 1 ]; then
    echo "the yaml-test-suite corpus is missing: expected it in $corpus" >&2
    exit 1
  fi
  echo "efc-test-skipped: the yaml-test-suite corpus is missing: expected it in $corpus"
  echo "  (put the yaml-test-suite data there, one folder per case holding in.yaml, as CI has it in"
  echo "  ../shared beside the clone; EFC_REQUIRE_CORPUS=1 makes its absence a failure)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/d" && cp -R "$source_dir/examples/hopital-valmont/." "$work/d/"
if ! "$efc" -C "$work/d" validate 2>"$work/err"; then
  echo "examples/hopital-valmont does not validate clean; cannot run the corpus on it" >&2
  cat "$work/err" >&2
  exit 1
fi

line_re='^[^:]+:[0-9]+:[0-9]+: (error|warning): .* \[[a-z-]+\]$'
places=(dossier.yaml rex/chefs-de-service/sessions/01.yaml)
failures=0
cases=0
declare -A exits

fail() {
  echo "FAIL $1" >&2
  failures=$((failures + 1))
}

# Checks the stderr of one exit-1 run: a positioned diagnostic at least, and no line that is
# neither a diagnostic nor the closing count (a message must never break its line).
check_lines() {
  local what=$1 line diagnostics=0
  local -a lines
  mapfile -t lines <"$work/err"
  for line in "${lines[@]}"; do
    if [[ $line =~ $line_re ]]; then
      diagnostics=$((diagnostics + 1))
    elif ! [[ $line =~ ^efc:\ [0-9]+\ errors?,\ [0-9]+\ warnings?$ ]]; then
      fail "$what: a line that is not a diagnostic: ${line:0:200}"
      return
    fi
  done
  [ "$diagnostics" -gt 0 ] || fail "$what: exit 1 without a positioned diagnostic"
}

for place in "${places[@]}"; do
  cp "$work/d/$place" "$work/original"
  cases=0
  for case_dir in "$corpus"/*/; do
    [ -f "$case_dir/in.yaml" ] || continue
    name=$(basename "$case_dir")
    cases=$((cases + 1))
    cp "$case_dir/in.yaml" "$work/d/$place"
    timeout "$per_run_timeout" "$efc" -C "$work/d" validate >"$work/out" 2>"$work/err" </dev/null
    rc=$?
    exits["$place $rc"]=$(( ${exits["$place $rc"]:-0} + 1 ))
    case $rc in
      0) ;;
      1) check_lines "$name as $place" ;;
      124) fail "$name as $place: no answer within ${per_run_timeout}s" ;;
      *) fail "$name as $place: exit $rc"; head -5 "$work/err" >&2 ;;
    esac
  done
  cp "$work/original" "$work/d/$place"
done

echo "corpus: $cases cases, each as ${places[*]}"
for key in "${!exits[@]}"; do echo "  $key: ${exits[$key]}"; done | sort
if [ "$cases" -eq 0 ]; then echo "no case found in $corpus" >&2; exit 1; fi
echo "failures: $failures"
[ "$failures" -eq 0 ]
