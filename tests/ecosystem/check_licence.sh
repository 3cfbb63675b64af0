#!/usr/bin/env bash
# efc is licensed under the Apache License 2.0: LICENSE at the top, the README says so, and every
# file of the repository has its copyright and licence (REUSE: .reuse/dep5, checked by
# `reuse lint`, which `make test` installs; skipped when absent).
# Usage: check_licence.sh SOURCE_DIR
set -uo pipefail
cd "$1" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
grep -q '^ *Apache License$' LICENSE 2>/dev/null && grep -q '^ *Version 2.0, January 2004$' LICENSE ||
  fail "LICENSE is not the Apache License 2.0"
cmp -s LICENSE LICENSES/Apache-2.0.txt || fail "LICENSES/Apache-2.0.txt differs from LICENSE"
grep -q '^## Licence' README.md && grep -q 'Apache License 2.0' README.md || fail "README.md does not state the licence"
if ! command -v reuse > /dev/null; then
  echo "SKIP: reuse is not installed (apt-get install reuse); the rest passed"
  [ "$failures" -eq 0 ] && exit 77
  exit 1
fi
# reuse reads the files git knows when run in a git work tree, and every file otherwise.
out=$(reuse lint 2>&1); status=$?
sed -n '/^# SUMMARY/,$p' <<< "$out"
[ "$status" -eq 0 ] || { sed -n '1,/^# SUMMARY/p' <<< "$out" | sed -n 1,40p; fail "reuse lint"; }
[ "$failures" -eq 0 ]
