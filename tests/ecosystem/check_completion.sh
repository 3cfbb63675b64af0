#!/usr/bin/env bash
# `efc completion bash|zsh|fish`: each script parses in its shell, and completing in it
# offers what --help shows (every subcommand, every option) plus choices and the ids of
# the dossier (-C examples). zsh and fish are skipped with a reason when not installed.
# Usage: check_completion.sh EFC SOURCE_DIR
set -uo pipefail
efc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$2
. "$(dirname "$0")/help_paths.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# The efc the scripts run is the one under test; examples/ is the dossier they read ids from.
mkdir -p "$work/bin" && ln -s "$efc" "$work/bin/efc"
export PATH="$work/bin:$PATH"
cp -R "$source_dir/examples" "$work/dossier"
cd "$work" || exit 1

for shell in bash zsh fish; do
  "$efc" completion "$shell" > "$work/efc.$shell" || fail "efc completion $shell failed"
done

# What bash offers for LINE, split as bash splits it: on spaces, and '=' as a word of its
# own (COMP_WORDBREAKS); a trailing space starts a new empty word.
bash_complete() {
  bash -c '. "$1"; read -ra COMP_WORDS <<< "${2//=/ = }"; [[ $2 == *" " ]] && COMP_WORDS+=("")
           COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _efc; printf "%s\n" "${COMPREPLY[@]}"' _ "$work/efc.bash" "$1" | sort
}
zsh_complete() {
  zsh -f -c '
    compdef() { :; }
    compadd() { while [[ $1 == -* && $1 != -- ]]; do shift; done; [[ $1 == -- ]] && shift; print -rl -- "$@"; }
    _describe() { local name=${@[-1]}; print -rl -- ${${(P)name}%%:*}; }
    _files() { print -r -- "<files>"; }
    compset() { PREFIX=${PREFIX#*=}; }
    . "$1"
    words=(${=2}); [[ $2 == *" " ]] && words+=("")
    CURRENT=$#words; PREFIX=$words[-1]
    _efc' _ "$work/efc.zsh" "$1" | sort
}
fish_complete() { fish --no-config -c "source $work/efc.fish; complete -C '$1'" | cut -f1 | sort; }

# expect SHELL LINE WORD...: completing LINE in SHELL offers every WORD.
expect() {
  local shell=$1 line=$2 offered word
  shift 2
  offered=$("${shell}_complete" "$line")
  for word in "$@"; do
    grep -qxF -- "$word" <<< "$offered" || fail "$shell: '$line' does not offer '$word' (offered: $(echo $offered))"
  done
}

mapfile -t paths < <(command_paths)
shells=(bash)
bash -n "$work/efc.bash" || fail "bash -n rejects the bash script"
if command -v zsh > /dev/null; then
  zsh -n "$work/efc.zsh" || fail "zsh -n rejects the zsh script"
  shells+=(zsh)
else
  echo "zsh: not installed, its script is not checked (apt-get install zsh)"
fi
if command -v fish > /dev/null; then
  fish --no-execute "$work/efc.fish" || fail "fish --no-execute rejects the fish script"
  shells+=(fish)
else
  echo "fish: not installed, its script is not checked (apt-get install fish)"
fi

for shell in "${shells[@]}"; do
  checked=0
  for path in "${paths[@]}"; do
    mapfile -t subs < <(help_of "$path" | help_section Subcommands | awk '/^  [a-z]/ {print $1}')
    ((${#subs[@]})) && expect "$shell" "efc ${path:+$path }" "${subs[@]}"
    mapfile -t options < <(option_words "$path")
    expect "$shell" "efc ${path:+$path }-" "${options[@]}"
    checked=$((checked + ${#subs[@]} + ${#options[@]}))
  done
  expect "$shell" "efc --color " auto always never
  expect "$shell" "efc validate --format " text json github
  expect "$shell" "efc schema " dossier principles device session queue arbitration
  expect "$shell" "efc completion " bash zsh fish
  expect "$shell" "efc -C dossier rex new " chefs-de-service
  expect "$shell" "efc -C dossier agenda " chefs-de-service
  expect "$shell" "efc -C dossier bilan render chefs-de-service --audience " direction participants
  expect "$shell" "efc -C dossier arbitration impact " 2025-001 2025-002 2025-003
  expect "$shell" "efc -C dossier arbitration new --request " r-101 r-105
  echo "$shell: ${#paths[@]} commands, $checked subcommands and options from --help offered; choices and ids offered"
done
expect bash "efc validate --format=" text json github
expect bash "efc validate --format=j" json
expect zsh "efc validate --format=" text json github

# Ids come from `efc __complete`, which prints nothing (and succeeds) outside a dossier.
[ "$("$efc" -C dossier __complete devices)" = chefs-de-service ] || fail "__complete devices"
[ -z "$(cd / && "$efc" __complete devices)" ] || fail "__complete devices prints something outside a dossier"
[ "$failures" -eq 0 ]
