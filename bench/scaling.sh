#!/usr/bin/env bash
# Every document command against `efc validate` on the same dossier, side by side in one run
# (issue 13: documents must stay linear in the number of items). Two dossiers from
# bench/gen_items.py: one device of 4 sessions x 20,000 experiments, then 10 x 35,000.
# Target: every command within 4 x the time of validate. Needs hyperfine (apt-get install hyperfine).
# usage: bench/scaling.sh [BUILD_DIR]   (default: build; results in bench/results/scaling-*.json)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
out=$here/results
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "missing hyperfine (apt-get install hyperfine)"; exit 1; }
efc=$work/efc  # stripped, as make install and the .deb install it
strip -o "$efc" "$build/efc"
device=chefs-de-service

# Times every command on dossier $1 ($2 sessions); writes $out/scaling-$3.json.
measure() {
  local dossier=$1 sessions=$2 name=$3 next
  next=$(printf '%02d' $((sessions + 1)))
  "$efc" -C "$dossier" validate
  # The prepare step (not timed) removes the session file `rex new` wrote in the run before.
  hyperfine --warmup "${WARMUP:-0}" --runs "${RUNS:-2}" --export-json "$out/scaling-$name.json" \
    --prepare "rm -f $dossier/rex/$device/sessions/$next.yaml" \
    -n validate "$efc -C $dossier validate" \
    -n status "$efc -C $dossier status" \
    -n "bilan render" "$efc -C $dossier bilan render $device" \
    -n "bilan render --format json" "$efc -C $dossier bilan render $device --format json" \
    -n agenda "$efc -C $dossier agenda $device" \
    -n "agenda --format ics" "$efc -C $dossier agenda $device --session $sessions --format ics" \
    -n "principles render" "$efc -C $dossier principles render" \
    -n doctrine "$efc -C $dossier doctrine" \
    -n "rex new" "$efc -C $dossier rex new $device"
  rm -f "$dossier/rex/$device/sessions/$next.yaml"
}

echo "== 4 sessions x 20,000 experiments"
python3 "$here/gen_items.py" "$work/s4" --sessions 4 --experiments 20000
echo "files: $(find "$work/s4" -type f | wc -l), bytes: $(du -sb "$work/s4" | cut -f1)"
measure "$work/s4" 4 4x20000 >/dev/null

echo "== 10 sessions x 35,000 experiments"
python3 "$here/gen_items.py" "$work/s10" --sessions 10 --experiments 35000
echo "files: $(find "$work/s10" -type f | wc -l), bytes: $(du -sb "$work/s10" | cut -f1)"
measure "$work/s10" 10 10x35000 >/dev/null

python3 - "$out" <<'EOF'
import json, os, sys
out = sys.argv[1]
runs = {}
for name in ("4x20000", "10x35000"):
    with open(os.path.join(out, f"scaling-{name}.json")) as f:
        runs[name] = {r["command"]: r["mean"] for r in json.load(f)["results"]}
print(f"{'command':28} {'4 x 20,000':>18} {'10 x 35,000':>18}   (mean s, ratio to validate; target <= 4)")
worst = 0.0
for command in runs["4x20000"]:
    cells = []
    for name in runs:
        mean, base = runs[name][command], runs[name]["validate"]
        worst = max(worst, mean / base)
        cells.append(f"{mean:7.2f} s  {mean / base:5.2f}")
    print(f"{command:28} {cells[0]:>18} {cells[1]:>18}")
print(f"worst ratio {worst:.2f}: {'met' if worst <= 4 else 'NOT MET'}")
EOF
