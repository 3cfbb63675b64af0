#!/usr/bin/env bash
# Benchmarks efc side by side with baselines, in one run (ratios, not absolute times:
# these machines are noisy). Needs hyperfine, yamllint and GNU time (/usr/bin/time):
#   sudo apt-get install hyperfine yamllint time
# usage: bench/run.sh [BUILD_DIR]   (default: build; results in bench/results/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
floor=$build/bench/floor
out=$here/results
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
efc=$work/efc  # stripped, as make install and the .deb install it
strip -o "$efc" "$build/efc"

for tool in hyperfine yamllint /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install hyperfine yamllint time)"; exit 1; }
done

echo "== generating portfolios (1x = 100 dossiers x 40 sessions x 40 arbitrations)"
python3 "$here/gen_portfolio.py" "$work/p1" --dossiers 100
python3 "$here/gen_portfolio.py" "$work/p2" --dossiers 200
python3 "$here/gen_portfolio.py" "$work/p4" --dossiers 400
python3 "$here/gen_portfolio.py" "$work/one" --dossiers 1 --sessions 40 --arbitrations 0
mkdir -p "$work/tiny" && printf 'efc: 1\nid: t\ntitle: T\norganisations: [{id: o, name: O, kind: public}]\npeople: []\nbacking: {statement: s, validated_by: []}\n' > "$work/tiny/dossier.yaml"
echo "files: $(find "$work/p1" -type f | wc -l), bytes: $(du -sb "$work/p1" | cut -f1)"
"$efc" validate "$work/p1" && echo "portfolio validates clean"

echo "== portfolio: efc validate vs parse-only floor vs yamllint"
hyperfine --warmup 1 --runs 3 --export-json "$out/portfolio.json" \
  -n efc "$efc validate $work/p1" \
  -n floor "$floor $work/p1" \
  -n yamllint "yamllint -d relaxed -f parsable $work/p1"

echo "== scaling: 1x, 2x, 4x portfolios"
hyperfine --warmup 1 --runs 3 --export-json "$out/scaling.json" \
  -n 1x "$efc validate $work/p1" -n 2x "$efc validate $work/p2" -n 4x "$efc validate $work/p4"

echo "== start-up: efc --version, validate of a one-file dossier, bilan of a 40-session device vs /bin/true"
# Alternated runs (bench/alternate): each round runs every command once, so noise hits all alike.
"$build/bench/alternate" 500 -- /bin/true -- "$efc" --version -- "$efc" -C "$work/tiny" validate \
  -- "$efc" -C "$work/one/d000" bilan render chefs-de-service | tee "$out/startup.txt"

echo "== peak memory (maximum resident set size)"
for n in 1 4; do
  /usr/bin/time -v "$efc" validate "$work/p$n" 2>&1 >/dev/null | awk -v n="$n" '/Maximum resident/ {print n "x portfolio: " $6 " KiB"}'
done | tee "$out/memory.txt"

python3 "$here/ratios.py" "$out"
