#!/usr/bin/env bash
# The Debian package that `make package` builds (CPack, DEB): its control fields, its
# dependencies (glibc only), the files it holds (binary, efc(1) compressed, completions,
# copyright, changelog), and that two builds give the same bytes.
# Usage: check_package.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
command -v dpkg-deb > /dev/null || { echo "SKIP: dpkg-deb is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# package FOLDER: the .deb built by cpack in FOLDER, its path printed.
package() {
  mkdir -p "$1"
  (cd "$1" && cpack -G DEB -B "$1" --config "$build/CPackConfig.cmake") > "$1/cpack.log" 2>&1 ||
    { cat "$1/cpack.log" >&2; return 1; }
  ls "$1"/*.deb
}
deb=$(env -u SOURCE_DATE_EPOCH bash -c "$(declare -f package); build=$build; package $work/one") || exit 1
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Architecture Section Priority Maintainer Depends Recommends
[ "$(dpkg-deb --field "$deb" Package)" = efc ] || fail "Package is not efc"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for file in ./usr/bin/efc ./usr/share/man/man1/efc.1.gz ./usr/share/bash-completion/completions/efc \
            ./usr/share/zsh/vendor-completions/_efc ./usr/share/fish/vendor_completions.d/efc.fish \
            ./usr/share/doc/efc/copyright ./usr/share/doc/efc/changelog.gz; do
  grep -qxF "$file" <<< "$contents" || fail "the package does not hold $file"
done
dpkg-deb --extract "$deb" "$work/root"
"$work/root/usr/bin/efc" --version || fail "the packaged efc does not run"

# The copyright file names every component linked into efc, each with a licence paragraph.
copyright=$work/root/usr/share/doc/efc/copyright
head -1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "copyright is not in the machine-readable format"
for component in 'Files: \*' 'Files: deps/fmt/\*' 'Files: yaml-cpp/\*' 'Files: CLI11/\*' 'Files: mustache/\*' \
                 'Files: utf8proc/\*' 'Files: libstdc++/\* libgcc/\*'; do
  grep -q "^$component$" "$copyright" || fail "copyright has no paragraph '$component'"
done
# Each licence named in a Files paragraph has a paragraph of its own, with its text.
missing=$(awk -v RS= '/^Files:/ {match($0, /\nLicense: [^\n]*/); used[substr($0, RSTART + 10, RLENGTH - 10)]}
                     /^License:/ && /\n / {split($0, l, "\n"); known[substr(l[1], 10)]}
                     END {for (u in used) if (!(u in known)) print u}' "$copyright")
[ -z "$missing" ] || fail "copyright has no licence paragraph for: $missing"
zcat "$work/root/usr/share/doc/efc/changelog.gz" | head -1 | grep -q "^efc ($(dpkg-deb --field "$deb" Version))" ||
  fail "the changelog does not start with this version"

# glibc is the one shared library (LGPL: linked dynamically); the others are linked in.
depends=$(dpkg-deb --field "$deb" Depends)
libraries=$(ldd "$work/root/usr/bin/efc" 2>&1 | awk '/=>/ {print $1}' | sort | tr '\n' ' ')
echo "shared libraries loaded: $libraries"
if grep -q 'EFC_STATIC:BOOL=ON' "$build/CMakeCache.txt"; then
  # libc alone since efc stopped using libm (docs/benchmarks.md, start-up); libm is glibc too.
  [[ $libraries == "libc.so.6 " || $libraries == "libc.so.6 libm.so.6 " ]] || fail "efc loads more than glibc: $libraries"
  [[ $depends == "libc6 (>= "*")" ]] || fail "Depends should name libc6 alone, found: $depends"
else
  grep -q libc6 <<< "$depends" || fail "Depends does not name libc6: $depends"
  grep -q libyaml-cpp <<< "$depends" || fail "Depends does not name yaml-cpp's library: $depends"
fi

# Reproducible: built again later, under SOURCE_DATE_EPOCH or not, the same bytes.
sleep 1
touch "$build/share/efc.1.gz" "$build/share/changelog.gz"
again=$(env -u SOURCE_DATE_EPOCH bash -c "$(declare -f package); build=$build; package $work/two") || exit 1
[ "$(sha256sum < "$deb")" = "$(sha256sum < "$again")" ] || fail "two builds of the .deb differ"
epoch=$(SOURCE_DATE_EPOCH=1700000000 bash -c "$(declare -f package); build=$build; package $work/three") || exit 1
epoch_again=$(SOURCE_DATE_EPOCH=1700000000 bash -c "$(declare -f package); build=$build; package $work/four") || exit 1
[ "$(sha256sum < "$epoch")" = "$(sha256sum < "$epoch_again")" ] || fail "two builds under SOURCE_DATE_EPOCH differ"
dpkg-deb --contents "$epoch" | awk '{print $4}' | sort -u | grep -qvx 2023-11-14 &&
  fail "files of the .deb are not dated SOURCE_DATE_EPOCH"
echo "reproducible: $(sha256sum < "$deb" | cut -c1-16)... twice; under SOURCE_DATE_EPOCH=1700000000: $(sha256sum < "$epoch" | cut -c1-16)... twice"
[ "$failures" -eq 0 ]
