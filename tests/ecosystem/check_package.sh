#!/usr/bin/env bash
# The Debian package that `make package` builds (CPack, DEB): its control fields, its
# dependencies, and that it holds the binary, efc(1) and the three completions.
# Usage: check_package.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
command -v dpkg-deb > /dev/null || { echo "SKIP: dpkg-deb is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

(cd "$work" && cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake") > "$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends Recommends
[ "$(dpkg-deb --field "$deb" Package)" = efc ] || fail "Package is not efc"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for file in ./usr/bin/efc ./usr/share/man/man1/efc.1 ./usr/share/bash-completion/completions/efc \
            ./usr/share/zsh/vendor-completions/_efc ./usr/share/fish/vendor_completions.d/efc.fish; do
  grep -qxF "$file" <<< "$contents" || fail "the package does not hold $file"
done
dpkg-deb --extract "$deb" "$work/root"
"$work/root/usr/bin/efc" --version || fail "the packaged efc does not run"
# Depends names exactly the shared libraries the binary loads: none for a static efc
# (EFC_STATIC, the default), else libc and yaml-cpp's library.
depends=$(dpkg-deb --field "$deb" Depends)
libraries=$(ldd "$work/root/usr/bin/efc" 2>&1)
if grep -qE "statically linked|not a dynamic executable" <<< "$libraries"; then
  [ -z "$depends" ] || fail "a static efc should depend on nothing, found: $depends"
else
  grep -q libc6 <<< "$depends" || fail "Depends does not name libc6: $depends"
  grep -q libyaml-cpp <<< "$depends" || fail "Depends does not name yaml-cpp's library: $depends"
fi
[ "$failures" -eq 0 ]
