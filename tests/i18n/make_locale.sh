#!/usr/bin/env bash
# Fixture of the tests in French: compiles the fr_FR.UTF-8 locale into BUILD/locale-test
# without root (glibc's localedef and the data of Debian's `locales`), for LOCPATH.
# Exits 77 (skipped) when localedef or the data is missing, unless CI=true.
# usage: make_locale.sh BUILD_DIR
set -uo pipefail
out="$1/locale-test/fr_FR.UTF-8"
skip() {
  echo "skipped: $1"
  if [ "${CI:-}" = true ]; then echo "CI=true: the French tests must run"; exit 1; fi
  exit 77
}
[ -f "$out/LC_MESSAGES/SYS_LC_MESSAGES" ] && { echo "$out is there"; exit 0; }
command -v localedef > /dev/null || skip "no localedef (Debian package libc-bin)"
[ -f /usr/share/i18n/locales/fr_FR ] || skip "no /usr/share/i18n/locales/fr_FR (Debian package locales)"
mkdir -p "$1/locale-test"
# localedef warns (exit 1) on harmless details of some data versions: the files it wrote decide.
localedef -i fr_FR -f UTF-8 "$out" 2>&1 | tail -3
[ -f "$out/LC_MESSAGES/SYS_LC_MESSAGES" ] || { echo "localedef wrote no locale in $out"; exit 1; }
echo "wrote $out"
