#!/usr/bin/env bash
# A document reads only the files it is built from (docs/documents.md): the bilan of a
# 40-session device, in a dossier that also holds 40 arbitrations, against yaml-cpp alone
# parsing dossier.yaml and that device's files (bench/floor). Side by side in one run:
# bench/alternate (medians of alternated rounds) and hyperfine. Target: ratio <= 1.25.
# usage: bench/documents.sh [BUILD_DIR] [ROUNDS]   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
rounds=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "missing hyperfine (apt-get install hyperfine)"; exit 1; }
efc=$work/efc  # stripped, as make install and the .deb install it
strip -o "$efc" "$build/efc"

python3 "$here/gen_portfolio.py" "$work/p" --dossiers 1 --sessions 40 --arbitrations 40 >/dev/null
dossier=$work/p/d000
echo "files: $(find "$dossier" -name '*.yaml' | wc -l) ($(find "$dossier/arbitrations" -name '*.yaml' | wc -l) in arbitrations/, $(find "$dossier/rex" -name '*.yaml' | wc -l) in rex/)"
"$efc" validate "$dossier" && echo "the dossier validates clean"

cd "$dossier"
floor=("$build/bench/floor" dossier.yaml rex/chefs-de-service)
bilan=("$efc" bilan render chefs-de-service)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== alternated rounds ($rounds): floor first, ratios to it"
"$build/bench/alternate" "$rounds" -- "${floor[@]}" -- "${bilan[@]}" | tee "$work/alternate.txt"
echo "== hyperfine"
hyperfine -N --warmup 5 --runs 100 --export-json "$work/documents.json" -n floor "${floor[*]}" -n bilan "${bilan[*]}" > /dev/null
# Page faults (each costs about 15 us of kernel time on these virtual machines) and, when
# valgrind is installed, instructions: neither depends on the machine's load.
faults() { /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -1; }
instructions() {
  command -v valgrind > /dev/null || { echo "-"; return; }
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/refs:/ {gsub(",", "", $NF); print $NF}'
}
echo "page faults: floor $(faults "${floor[@]}"), bilan $(faults "${bilan[@]}")"
echo "instructions (callgrind): floor $(instructions "${floor[@]}"), bilan $(instructions "${bilan[@]}")"
python3 - "$work/documents.json" "$work/alternate.txt" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
alternated = float(open(sys.argv[2]).read().split()[-1])  # the bilan's line comes last
for how, ratio in (("hyperfine medians", r["bilan"] / r["floor"]), ("alternated medians", alternated)):
    print(f"bilan / floor ({how}): {ratio:.2f}   target <= 1.25: {'met' if ratio <= 1.25 else 'NOT met'}")
PY
