# Sourced by the checks: walks `efc --help` as a user would. Needs $efc.

# The lines of SECTION ("Options", "Subcommands"...) of a help text read on stdin.
help_section() { awk -v s="$1:" '$0 == s {on = 1; next} on && /^$/ {on = 0} on'; }

# The help of a command path ("" for efc itself, "bilan render").
help_of() {
  # shellcheck disable=SC2086  # the path is several words on purpose
  "$efc" $1 --help
}

# Every command path --help shows, efc itself ("") first, breadth first.
command_paths() {
  local queue=("") path sub
  while ((${#queue[@]})); do
    path=${queue[0]}
    queue=("${queue[@]:1}")
    printf '%s\n' "$path"
    for sub in $(help_of "$path" | help_section Subcommands | awk '/^  [a-z]/ {print $1}'); do
      queue+=("${path:+$path }$sub")
    done
  done
}

# The option words of a command path's --help: -h, --help, -C, --color...
option_words() { help_of "$1" | help_section Options | awk '/^  -/ {print $1}' | tr ',' '\n'; }
