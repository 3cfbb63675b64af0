#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for SECONDS each, side by side, seeded with examples/ and the
# yaml-test-suite corpus. Findings (crashes, sanitizer reports, hangs over 10 s) are
# written to BUILD/findings/; the grown corpora stay in BUILD/corpus-*/ for the next run.
#   fuzz/run.sh BUILD SECONDS
# Exits 1 when a target reported a finding.
set -uo pipefail
build=$1
seconds=$2
source_dir=$(cd "$(dirname "$0")/.." && pwd)
corpus=$source_dir/../shared/corpus/yaml-test-suite
if [ ! -d "$corpus" ]; then
  echo "the yaml-test-suite corpus is missing: expected it in $corpus" >&2
  exit 1
fi

# fuzz_view inputs are a session file (the worked example's sessions as seeds).
# fuzz_check inputs are one kind byte (0 dossier, 1 principles, 2 device, 3 session,
# 4 queue, 5 arbitration) then the file's bytes.
make_seeds() {
  local check=$build/seeds-check yaml=$build/seeds-yaml view=$build/seeds-view
  rm -rf "$check" "$yaml" "$view"
  mkdir -p "$check" "$yaml" "$view"
  local n=0 file kind
  while IFS= read -r -d '' file; do
    case $file in
      */dossier.yaml) kind=0 ;; */principles.yaml) kind=1 ;; */device.yaml) kind=2 ;;
      */sessions/*.yaml) kind=3 ;; */queue.yaml) kind=4 ;; */arbitrations/*.yaml) kind=5 ;; *) continue ;;
    esac
    n=$((n + 1))
    { printf "\\x$(printf %02x $kind)"; cat "$file"; } > "$check/example-$n"
    cp "$file" "$yaml/example-$n"
    [ $kind = 3 ] && cp "$file" "$view/example-$n"
  done < <(find "$source_dir/examples" -name '*.yaml' -print0 | sort -z)
  for file in "$corpus"/*/in.yaml; do
    local name
    name=$(basename "$(dirname "$file")")
    cp "$file" "$yaml/corpus-$name"
    for kind in 0 1 2 3 4 5; do
      { printf "\\x0$kind"; cat "$file"; } > "$check/corpus-$name-$kind"
    done
  done
}

# One target: fuzzes for $seconds, its log in BUILD/fuzz-TARGET.log; exit 0 when no finding.
fuzz_target() {
  local target=$1
  mkdir -p "$build/corpus-$target"
  "$build/efc_fuzz_$target" "$build/corpus-$target" "$build/seeds-$target" \
    -dict="$source_dir/fuzz/efc.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/findings/$target-" >"$build/fuzz-$target.log" 2>&1
}

make_seeds
mkdir -p "$build/findings"
targets=(${FUZZ_TARGETS:-check yaml view})
# The targets run side by side (one core each), then report in a fixed order.
declare -A pids
for target in "${targets[@]}"; do
  echo "fuzz_$target: ${seconds}s, log in $build/fuzz-$target.log"
  fuzz_target "$target" &
  pids[$target]=$!
done
status=0
for target in "${targets[@]}"; do
  wait "${pids[$target]}"
  rc=$?
  log=$build/fuzz-$target.log
  echo "fuzz_$target:"
  grep -E '^Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb' "$log" | sed 's/^/  /'
  if [ $rc -ne 0 ]; then
    echo "  FINDING (exit $rc): see $log and $build/findings/" >&2
    grep -E 'ERROR|SUMMARY|contract broken|Test unit written' "$log" | head -5 | sed 's/^/  /' >&2
    status=1
  fi
done
exit $status
