#!/usr/bin/env bash
# A fresh `make build` (everything `make test` builds), ccache disabled, for each commit given,
# one after the other: wall time and CPU seconds, side by side in one run. Run it on an idle
# machine; the figures of docs/development.md were taken this way.
# usage: bench/build_time.sh BEFORE_COMMIT [AFTER_COMMIT]   (AFTER defaults to HEAD)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: bench/build_time.sh BEFORE_COMMIT [AFTER_COMMIT]"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for commit in "$1" "${2:-HEAD}"; do
  sha=$(git -C "$repo" rev-parse --short "$commit")
  git clone -q "$repo" "$work/$sha" && git -C "$work/$sha" checkout -q "$sha"
  echo "== $commit ($sha), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$work/$sha" && /usr/bin/time -o "$work/$sha.time" -f "$sha: wall %e s, user %U s, sys %S s" \
    env CCACHE_DISABLE=1 make build > build.log 2>&1) || { tail -20 "$work/$sha/build.log"; exit 1; }
  cat "$work/$sha.time"
  echo "warnings: $(grep -c 'warning:' "$work/$sha/build.log" || true)"
  if [ -f "$work/$sha/build/.ninja_log" ]; then  # compile seconds per folder, from Ninja's log
    awk 'NR > 1 { split($4, p, "/"); s[p[1] "/" p[2]] += ($2 - $1) / 1000 }
         END { for (k in s) if (s[k] >= 3) printf "  %6.0f s  %s\n", s[k], k }' "$work/$sha/build/.ninja_log" | sort -rn
  fi
done
