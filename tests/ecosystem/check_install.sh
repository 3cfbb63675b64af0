#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts the binary, efc(1) and the completions in
# place, and the installed efc works from / without the source or build tree: it creates
# the worked example from what is compiled in, validates it and renders documents.
# Usage: check_install.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log"; exit 1; }
for file in bin/efc share/man/man1/efc.1.gz share/bash-completion/completions/efc share/zsh/vendor-completions/_efc \
            share/fish/vendor_completions.d/efc.fish share/doc/efc/README.md share/doc/efc/copyright share/doc/efc/format.md; do
  [ -f "$prefix/$file" ] || fail "$file is not installed"
done
echo "installed: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"

# From /, with nothing of the build around: no source tree, no build tree on the paths used.
cd / || exit 1
efc=$prefix/bin/efc
run() { env -i PATH=/usr/bin:/bin HOME="$work" LC_ALL=C.UTF-8 "$efc" "$@"; }
run --version | grep -q '^efc ' || fail "efc --version"
run init --example "$work/mission" > "$work/init.out" 2>&1 || fail "efc init --example: $(cat "$work/init.out")"
run -C "$work/mission" validate || fail "the installed example does not validate"
run portfolio status "$work/mission" > "$work/portfolio.txt" || fail "efc portfolio status"
grep -q '^Portefeuille : 3 dossiers' "$work/portfolio.txt" || fail "the example is not a portfolio of three dossiers"
hospital=$work/mission/hopital-valmont
run -C "$hospital" bilan render chefs-de-service > "$work/bilan.md" || fail "efc bilan render"
grep -q . "$work/bilan.md" || fail "the bilan is empty"
run -C "$hospital" agenda chefs-de-service --session 1 > "$work/agenda.md" || fail "efc agenda"
[ -f "$hospital/.efc/schemas/session.schema.json" ] || fail "efc init wrote no .efc/schemas/"
echo "from /: init --example, validate, portfolio status, bilan render ($(wc -l < "$work/bilan.md") lines), agenda ($(wc -l < "$work/agenda.md") lines)"
MANPATH=$prefix/share/man man -w efc > /dev/null 2>&1 || fail "man does not find efc(1) under the prefix"
[ "$failures" -eq 0 ]
