#!/usr/bin/env bash
# lintian on the .deb that `make package` builds: no error, and no warning unless docs/install.md
# explains it (a line "- `TAG`: why" in its section "lintian"). Skipped when lintian is absent
# (`make test` installs it).
# Usage: check_lintian.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
source_dir=$2
command -v lintian > /dev/null || { echo "SKIP: lintian is not installed (apt-get install lintian)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake") > "$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/*.deb)
lintian --no-cfg --info "$deb" > "$work/lintian.out" 2> "$work/lintian.err"
status=$?
grep -v 'running with root privileges is not recommended' "$work/lintian.err"
echo "lintian $(lintian --version | awk '{print $2}') on $(basename "$deb") (exit $status):"
cat "$work/lintian.out"
explained=$(sed -n '/^## lintian/,/^## /p' "$source_dir/docs/install.md" | sed -n 's/^- `\([a-z0-9-]*\)`:.*/\1/p')
failures=0
while read -r severity _ tag _; do
  case $severity in
    E:) echo "FAIL: lintian error $tag"; failures=$((failures + 1)) ;;
    W:) grep -qxF "$tag" <<< "$explained" ||
          { echo "FAIL: lintian warning $tag, not explained in docs/install.md"; failures=$((failures + 1)); } ;;
  esac
done < "$work/lintian.out"
[ "$failures" -eq 0 ] && echo "no error, no unexplained warning"
[ "$failures" -eq 0 ]
