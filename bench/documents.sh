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
echo "== alternated rounds ($rounds): floor first, ratios to it"
"$build/bench/alternate" "$rounds" -- "${floor[@]}" -- "${bilan[@]}"
echo "== hyperfine"
hyperfine -N --warmup 5 --runs 100 -n floor "${floor[*]}" -n bilan "${bilan[*]}" 2>&1 | grep -E "Time|±|faster|floor|bilan"
