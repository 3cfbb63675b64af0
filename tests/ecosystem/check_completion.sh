#!/usr/bin/env bash
# `efc completion bash|zsh|fish`: each script parses in its shell (and the bash one passes
# shellcheck), and completing in it offers what --help shows (every subcommand, every option)
# plus choices and the ids of the example's dossiers (-C dossier, -C company), keeps names with spaces whole, reads
# -C "my dossier" as the shell will pass it, and offers for --audience the audiences of the
# device on the line. zsh and fish are skipped with a reason when not installed.
# Usage: check_completion.sh EFC SOURCE_DIR
set -uo pipefail
efc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$2
. "$(dirname "$0")/help_paths.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# The efc the scripts run is the one under test; the example's hospital and company are the
# dossiers they read ids from.
mkdir -p "$work/bin" && ln -s "$efc" "$work/bin/efc"
export PATH="$work/bin:$PATH"
cp -R "$source_dir/examples/hopital-valmont" "$work/dossier"
cp -R "$source_dir/examples/mecanique-du-rhone" "$work/company"
cp -R "$source_dir/examples/mecanique-du-rhone" "$work/our company"
# A dossier whose folder name holds a space, with a second device and audiences of its own.
cp -R "$source_dir/examples/hopital-valmont" "$work/my dossier"
cp -R "$work/my dossier/rex/chefs-de-service" "$work/my dossier/rex/agents"
sed -i 's/- id: direction$/- id: encadrement/; s/- id: participants$/- id: equipe/' "$work/my dossier/rex/agents/device.yaml"
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

# The same for WORDS given one by one, as the shell splits the line (quotes kept as typed:
# '"my dossier"' is one word); the last is the word being completed.
bash_words() {
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _efc; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$work/efc.bash" "$@" | sort
}
zsh_words() {
  zsh -f -c '
    compdef() { :; }
    compadd() { while [[ $1 == -* && $1 != -- ]]; do shift; done; [[ $1 == -- ]] && shift; print -rl -- "$@"; }
    _describe() { local name=${@[-1]}; print -rl -- ${${(P)name}%%:*}; }
    _files() { print -r -- "<files>"; }
    . "$1"; shift
    words=("$@"); CURRENT=$#words; PREFIX=$words[-1]
    _efc' _ "$work/efc.zsh" "$@" | sort
}
# fish splits the line itself: LINE is given whole, quotes and backslashes as typed.
fish_words() { fish_complete "$*"; }

# exactly SHELL 'EXPECTED WORDS' WORD...: completing the line of WORDS in SHELL offers exactly
# the EXPECTED words (one per line in the expectation, space-free names joined by spaces).
exactly() {
  local shell=$1 expected offered
  expected=$(tr '|' '\n' <<< "$2" | sort)
  shift 2
  offered=$("${shell}_words" "$@")
  [ "$offered" = "$expected" ] ||
    fail "$shell: completing '$*' offers [$(tr '\n' '|' <<< "$offered")], expected [$(tr '\n' '|' <<< "$expected")]"
}

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
if command -v shellcheck > /dev/null; then
  shellcheck -s bash "$work/efc.bash" || fail "shellcheck finds faults in the bash script"
else
  echo "shellcheck: not installed, the bash script is not linted (apt-get install shellcheck)"
  shellcheck_missing=1
fi
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
  expect "$shell" "efc schema " dossier principles device session queue arbitration exercise assessment
  expect "$shell" "efc portfolio status --format " text json html
  expect "$shell" "efc portfolio status --lang " fr en
  expect "$shell" "efc schema " dossier principles device session queue arbitration
  expect "$shell" "efc completion " bash zsh fish
  expect "$shell" "efc -C dossier rex new " chefs-de-service
  expect "$shell" "efc -C dossier agenda " chefs-de-service
  expect "$shell" "efc -C dossier bilan render chefs-de-service --audience " direction participants
  expect "$shell" "efc -C company arbitration impact " 2025-001 2025-002
  expect "$shell" "efc -C company arbitration new --request " r-101 r-105
  expect "$shell" "efc -C dossier exercise render " 2025-management
  expect "$shell" "efc exercise new " management cooperation
  echo "$shell: ${#paths[@]} commands, $checked subcommands and options from --help offered; choices and ids offered"
done
# Names with spaces stay whole; -C DIR is read as the shell passes it; --audience offers the
# audiences of the device named on the line; global options are completed after the command.
exactly bash 'my dossier' efc validate my
exactly bash 'my dossier' efc validate '"my d'
exactly bash 'my dossier' efc -C . validate "'my"
for shell in "${shells[@]}"; do
  dir_quoted='"my dossier"' dir_escaped='my\ dossier'
  for dir in "$dir_quoted" "$dir_escaped"; do
    exactly "$shell" 'agents|chefs-de-service' efc -C "$dir" rex new ''
    exactly "$shell" 'agents|chefs-de-service' efc -C "$dir" bilan render ''
    exactly "$shell" 'encadrement|equipe' efc -C "$dir" bilan render agents --audience ''
    exactly "$shell" 'direction|participants' efc -C "$dir" bilan render chefs-de-service --audience ''
    exactly "$shell" 'encadrement|equipe' efc -C "$dir" bilan render --format md agents --audience ''
  done
  exactly "$shell" 'always|auto|never' efc -C "$dir_quoted" bilan render agents --color ''
  exactly "$shell" '2025-001|2025-002' efc arbitration impact -C '"our company"' ''
done
echo "${shells[*]}: names with spaces, -C \"my dossier\", audiences of the device on the line: checked"
expect bash "efc validate --format=" text json github
expect bash "efc validate --format=j" json
expect zsh "efc validate --format=" text json github

# Ids come from `efc __complete`, which prints nothing (and succeeds) outside a dossier.
[ "$("$efc" -C dossier __complete devices)" = 'chefs-de-service' ] || fail "__complete devices"
[ "$("$efc" -C dossier __complete exercises)" = '2025-management' ] || fail "__complete exercises"
[ "$("$efc" -C company __complete arbitrations)" = $'2025-001\n2025-002' ] || fail "__complete arbitrations"
[ -z "$(cd / && "$efc" __complete devices)" ] || fail "__complete devices prints something outside a dossier"
[ "$failures" -eq 0 ] || exit 1
[ -z "${shellcheck_missing:-}" ] || exit 77
