#!/usr/bin/env bash
# Start-up of efc against /bin/true, side by side in one hyperfine run (-N: no shell between),
# medians and their ratios: the stripped binary, as `make install` and the .deb install it.
# usage: bench/startup.sh [BUILD_DIR] [RUNS]   (default: build, 2000 runs of each command)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
runs=${2:-2000}
command -v hyperfine > /dev/null || { echo "missing hyperfine (apt-get install hyperfine)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip -o "$work/efc" "$build/efc"
mkdir -p "$work/tiny"
printf 'efc: 1\nid: t\ntitle: T\norganisations: [{id: o, name: O, kind: public}]\npeople: []\nbacking: {statement: s, validated_by: []}\n' \
  > "$work/tiny/dossier.yaml"
echo "efc loads: $(ldd "$work/efc" | awk '/=>/ {print $1}' | tr '\n' ' ')"
hyperfine -N --warmup 200 --runs "$runs" --export-json "$work/startup.json" \
  -n /bin/true /bin/true -n "efc --version" "$work/efc --version" \
  -n "efc validate (one-file dossier)" "$work/efc -C $work/tiny validate" > /dev/null
python3 - "$work/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
for r in results:
    print(f"{r['command']:<32} median {r['median'] * 1000:6.3f} ms  {r['median'] / base:5.2f} x /bin/true")
ratio = results[1]["median"] / base
print(f"efc --version / /bin/true: {ratio:.2f}   target <= 1.70: {'met' if ratio <= 1.70 else 'NOT met'}")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# Page faults (about 15 us of kernel time each on these virtual machines), which the load does not change.
faults() { /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -1; }
echo "page faults: /bin/true $(faults /bin/true), efc --version $(faults "$work/efc" --version)"
