#!/usr/bin/env bash
# efc portfolio status against efc validate on the same 100-dossier portfolio (issue 17):
# the status checks every dossier as validate does, then builds each one's shared view and
# its line. Target: within 1.1 x validate. Side by side in one run: hyperfine (wall time,
# both cores), then callgrind instruction counts on a 10-dossier portfolio (one thread each,
# so that the machine's load does not change them). efc portfolio agenda is timed too.
# usage: bench/portfolio.sh [BUILD_DIR] [RUNS]   (needs hyperfine and valgrind)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
runs=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in hyperfine valgrind; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install hyperfine valgrind)"; exit 1; }
done
efc=$work/efc  # stripped, as make install and the .deb install it
strip -o "$efc" "$build/efc"

python3 "$here/gen_portfolio.py" "$work/p" --dossiers 100 >/dev/null
python3 "$here/gen_portfolio.py" "$work/p10" --dossiers 10 >/dev/null
echo "files: $(find "$work/p" -type f | wc -l), bytes: $(du -sb "$work/p" | cut -f1)"
"$efc" validate "$work/p" && echo "the portfolio validates clean"
"$efc" portfolio status "$work/p" | tail -1

echo "== hyperfine, $runs runs each after a warm-up, side by side"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/portfolio.json" \
  -n validate "$efc validate $work/p" \
  -n "portfolio status" "$efc portfolio status $work/p" \
  -n "portfolio agenda" "$efc portfolio agenda $work/p"
python3 - "$work/portfolio.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
v = r["validate"]["median"]
for name in ("portfolio status", "portfolio agenda"):
    print(f"{name} / validate, medians: {r[name]['median'] / v:.3f} ({r[name]['median']:.3f} s / {v:.3f} s)")
PY

echo "== alternated rounds ($runs): validate, then portfolio status, in turn (medians)"
"$build/bench/alternate" "$runs" -- "$efc" validate "$work/p" -- "$efc" portfolio status "$work/p"

echo "== callgrind, 10 dossiers, instructions (all threads)"
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$efc" "$@" >/dev/null 2>"$work/cg.err" || true
  grep -o 'Collected : [0-9]*' "$work/cg.err" | awk '{print $3}'
}
v=$(count validate "$work/p10")
s=$(count portfolio status "$work/p10")
a=$(count portfolio agenda "$work/p10")
awk -v v="$v" -v s="$s" -v a="$a" 'BEGIN {
  printf "validate %.1f M, portfolio status %.1f M (%.3f), portfolio agenda %.1f M (%.3f)\n", v / 1e6, s / 1e6, s / v, a / 1e6, a / v }'
