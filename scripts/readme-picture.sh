#!/usr/bin/env bash
# Makes docs/impact-chart.png, the picture of the README: efc's own chart of the queue
# (efc arbitration impact 2025-001 --format html, on the example's engineering company), cut out
# of the page with the page's style sheet and shot by Debian's chromium, headless and offline.
#   scripts/readme-picture.sh [EFC] [OUTPUT]
set -euo pipefail
cd "$(dirname "$0")/.."
efc=$(realpath "${1:-build/efc}")
output=${2:-docs/impact-chart.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -R examples/mecanique-du-rhone/. "$tmp/d"
(cd "$tmp/d" && SOURCE_DATE_EPOCH=1767225600 TZ=UTC "$efc" arbitration impact 2025-001 --format html) > "$tmp/page.html"
height=$(/usr/bin/python3 - "$tmp/page.html" "$tmp/chart.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
style = re.search(r"<style>.*?</style>", page, re.S).group(0)
figure = re.search(r'<figure>\s*<svg[^>]*chart-queue-title.*?</figure>', page, re.S).group(0)
open(sys.argv[2], "w", encoding="utf-8").write(
    f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">{style}'
    f'<style>body{{margin:0;padding:10px;max-width:none}} figure{{margin:0}}</style></head><body>{figure}</body></html>')
print(int(float(re.search(r'<svg[^>]*height="([0-9.]+)"', figure).group(1))) + 48)  # the svg and its caption
PY
)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --window-size=740,"$height" --screenshot="$tmp/shot.png" "file://$tmp/chart.html" >/dev/null 2>&1
cp "$tmp/shot.png" "$output"
echo "wrote $output ($(stat -c %s "$output") bytes)"
