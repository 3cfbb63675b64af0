#include "completion.hpp"

#include <algorithm>
#include <iostream>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "check/check.hpp"
#include "io/paths.hpp"
#include "load/loader.hpp"
#include "man.hpp"
#include "version.hpp"
#include "text/i18n.hpp"

namespace efc::cli {
namespace {

// 'text' for sh, bash, zsh and fish alike: single quotes, a quote written '\''.
std::string quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// How the scripts name what an argument takes: "", "free", "file", "dir", "devices"...,
// or "choices:a b c".
std::string kind_word(const ArgInfo& a) {
  switch (a.value) {
    case ValueKind::None: return "";
    case ValueKind::Free: return "free";
    case ValueKind::Choices: return fmt::format("choices:{}", fmt::join(a.choices, " "));
    case ValueKind::File: return "file";
    case ValueKind::Dir: return "dir";
    case ValueKind::Devices: return "devices";
    case ValueKind::Audiences: return "audiences";
    case ValueKind::Requests: return "requests";
    case ValueKind::Arbitrations: return "arbitrations";
    case ValueKind::Exercises: return "exercises";
  }
  return "free";
}

// The first positional's kind, with "+" when it takes several words.
std::string positional_word(const CommandInfo& c) {
  if (c.positionals.empty()) return "";
  const ArgInfo& p = c.positionals.front();
  return kind_word(p) + (p.repeats ? "+" : "");
}

std::vector<std::string> all_option_words(const CommandInfo& c) {
  std::vector<std::string> out;
  for (const auto& o : c.options) {
    for (auto& w : option_words(o)) out.push_back(std::move(w));
  }
  return out;
}

// How the scripts key a command: "efc", "efc validate", "efc bilan render" (bash refuses '' as a key).
std::string key(const CommandInfo& c) { return c.path.empty() ? "efc" : "efc " + c.path; }

// One line per command: `[key]=value` for bash, `key value` for zsh.
template <class Value>
std::string table(const std::vector<CommandInfo>& commands, bool bash, Value value) {
  std::string out;
  for (const auto& c : commands) {
    const std::string v = value(c);
    if (v.empty()) continue;
    out += bash ? fmt::format("  [{}]={}\n", quote(key(c)), quote(v)) : fmt::format("  {} {}\n", quote(key(c)), quote(v));
  }
  return out;
}

// "PATH|OPTION" -> kind, for every option that takes a value.
std::string values_table(const std::vector<CommandInfo>& commands, bool bash) {
  std::string out;
  for (const auto& c : commands) {
    for (const auto& o : c.options) {
      if (o.value == ValueKind::None) continue;
      for (const auto& w : option_words(o)) {
        const std::string k = quote(key(c) + "|" + w);
        out += bash ? fmt::format("  [{}]={}\n", k, quote(kind_word(o))) : fmt::format("  {} {}\n", k, quote(kind_word(o)));
      }
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, " ")); }

// "name:description" lines, as zsh's _describe reads them.
std::string described(const std::vector<std::string>& names, const std::vector<std::string>& descriptions) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += fmt::format("{}{}:{}", i == 0 ? "" : "\n", names[i], descriptions[i]);
  return out;
}

std::string option_descriptions(const CommandInfo& c) {
  std::vector<std::string> names, descriptions;
  for (const auto& o : c.options) {
    for (auto& w : option_words(o)) {
      names.push_back(std::move(w));
      descriptions.push_back(o.description);
    }
  }
  return described(names, descriptions);
}

const char* const kBashFunctions = R"BASH(
# WORD as the shell will pass it: quotes removed, backslashes resolved, a leading ~ expanded
# ("my dossier", my\ dossier and 'my dossier' are the same folder).
_efc_dequote() {
  local word=$1 out="" quote="" c i
  [[ $word == \~ || $word == \~/* ]] && word=$HOME${word:1}
  for ((i = 0; i < ${#word}; i++)); do
    c=${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $c == "'" ]]; then quote=""; else out+=$c; fi
    elif [[ $c == "\\" ]]; then
      i=$((i + 1))
      out+=${word:i:1}
    elif [[ $c == '"' ]]; then
      if [[ $quote == '"' ]]; then quote=""; else quote='"'; fi
    elif [[ $c == "'" && -z $quote ]]; then
      quote="'"
    else
      out+=$c
    fi
  done
  printf '%s' "$out"
}

# The ids of the dossier the line points at (-C DIR); for audiences, those of DEVICE when given.
_efc_ids() {
  local i dir=()
  for ((i = 1; i < COMP_CWORD - 1; i++)); do
    [[ ${COMP_WORDS[i]} == -C ]] && dir=(-C "$(_efc_dequote "${COMP_WORDS[i + 1]}")")
  done
  "${COMP_WORDS[0]}" "${dir[@]}" __complete "$@" 2>/dev/null
}

# Completes CUR as a value of KIND (see the tables above), one name per line: names with
# spaces stay whole. DEVICE narrows audiences to that device's.
_efc_value() {
  local kind=$1 cur=$2 device=$3
  case $kind in
    choices:*) mapfile -t COMPREPLY < <(compgen -W "${kind#choices:}" -- "$cur") ;;
    file) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$(_efc_dequote "$cur")") ;;
    dir) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$(_efc_dequote "$cur")") ;;
    audiences) mapfile -t COMPREPLY < <(compgen -W "$(_efc_ids audiences ${device:+"$device"})" -- "$cur") ;;
    devices | requests | arbitrations | exercises) mapfile -t COMPREPLY < <(compgen -W "$(_efc_ids "$kind")" -- "$cur") ;;
    *) COMPREPLY=() ;;
  esac
}

_efc() {
  local cur=${COMP_WORDS[COMP_CWORD]} cmdpath=efc word pending="" npos=0 device="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ -n $pending ]]; then
      [[ $word == = ]] || pending=""
      continue
    fi
    if [[ $word == -* ]]; then
      [[ -n ${_efc_values["$cmdpath|$word"]+x} || -n ${_efc_values["efc|$word"]+x} ]] && pending=$word
      continue
    fi
    if [[ " ${_efc_subcommands[$cmdpath]} " == *" $word "* ]]; then
      cmdpath="$cmdpath $word"
      npos=0
      continue
    fi
    # The first positional of a command that takes a device names the device of --audience.
    [[ $npos -eq 0 && ${_efc_positionals[$cmdpath]} == devices* ]] && device=$(_efc_dequote "$word")
    npos=$((npos + 1))
  done
  [[ $cur == = && -n $pending ]] && cur=""
  if [[ -n $pending ]]; then
    _efc_value "${_efc_values["$cmdpath|$pending"]:-${_efc_values["efc|$pending"]}}" "$cur" "$device"
    return
  fi
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "${_efc_options[$cmdpath]}" -- "$cur")
    return
  fi
  local positional=${_efc_positionals[$cmdpath]} subcommands=()
  mapfile -t subcommands < <(compgen -W "${_efc_subcommands[$cmdpath]}" -- "$cur")
  COMPREPLY=()
  if [[ -n $positional && ($positional == *+ || $npos -eq 0) ]]; then
    _efc_value "${positional%+}" "$cur" "$device"
  fi
  COMPREPLY=("${subcommands[@]}" "${COMPREPLY[@]}")
}

complete -F _efc efc
)BASH";

std::string bash_script(const std::vector<CommandInfo>& commands) {
  std::string out = fmt::format(
      "# bash completion for efc, generated by `efc completion bash` ({}).\n"
      "# Install: efc completion bash > ~/.local/share/bash-completion/completions/efc\n\n",
      kVersionLine);
  out += "declare -gA _efc_subcommands=(\n" + table(commands, true, [](const CommandInfo& c) { return joined(c.subcommands); }) + ")\n";
  out += "declare -gA _efc_options=(\n" + table(commands, true, [](const CommandInfo& c) { return joined(all_option_words(c)); }) + ")\n";
  out += "# PATH|OPTION -> what the option's value is\n";
  out += "declare -gA _efc_values=(\n" + values_table(commands, true) + ")\n";
  out += "# PATH -> what its positional arguments are (+: several)\n";
  out += "declare -gA _efc_positionals=(\n" + table(commands, true, positional_word) + ")\n";
  return out + kBashFunctions;
}

const char* const kZshFunctions = R"ZSH(
# WORD as the shell will pass it: quotes removed, a leading ~ expanded.
_efc_dequote() {
  local word=${(Q)1}
  [[ $word == \~ || $word == \~/* ]] && word=$HOME${word#\~}
  print -r -- $word
}

# The ids of the dossier the line points at (-C DIR); for audiences, those of DEVICE when given.
_efc_ids() {
  local i
  local -a dir
  for ((i = 2; i < CURRENT - 1; i++)); do
    [[ ${words[i]} == -C ]] && dir=(-C "$(_efc_dequote ${words[i + 1]})")
  done
  ${words[1]} $dir __complete $@ 2>/dev/null
}

# Completes the current word as a value of KIND (see the tables above); DEVICE narrows
# audiences to that device's.
_efc_value() {
  local kind=$1 device=$2
  case $kind in
    choices:*) compadd -- ${=kind#choices:} ;;
    file) _files ;;
    dir) _files -/ ;;
    audiences) compadd -- ${(f)"$(_efc_ids audiences $device)"} ;;
    devices | requests | arbitrations | exercises) compadd -- ${(f)"$(_efc_ids $kind)"} ;;
  esac
}

_efc() {
  local cmdpath=efc word pending="" npos=0 device="" i
  local -a described
  for ((i = 2; i < CURRENT; i++)); do
    word=${words[i]}
    if [[ -n $pending ]]; then
      pending=""
      continue
    fi
    if [[ $word == -* ]]; then
      (( ${+_efc_values[$cmdpath|$word]} || ${+_efc_values[efc|$word]} )) && pending=$word
      continue
    fi
    if (( ${${=_efc_subcommands[$cmdpath]}[(Ie)$word]} )); then
      cmdpath="$cmdpath $word"
      npos=0
      continue
    fi
    # The first positional of a command that takes a device names the device of --audience.
    [[ $npos -eq 0 && ${_efc_positionals[$cmdpath]} == devices* ]] && device=$(_efc_dequote $word)
    (( npos++ ))
  done
  if [[ -n $pending ]]; then
    _efc_value ${_efc_values[$cmdpath|$pending]:-${_efc_values[efc|$pending]}} $device
    return
  fi
  if [[ $PREFIX == --*=* && -n ${_efc_values[$cmdpath|${PREFIX%%=*}]} ]]; then
    local option=${PREFIX%%=*}
    compset -P '*='
    _efc_value ${_efc_values[$cmdpath|$option]} $device
    return
  fi
  if [[ $PREFIX == -* ]]; then
    described=(${(f)_efc_option_help[$cmdpath]})
    _describe -t options 'option' described
    return
  fi
  described=(${(f)_efc_subcommand_help[$cmdpath]})
  (( $#described )) && _describe -t commands 'efc command' described
  local positional=${_efc_positionals[$cmdpath]}
  if [[ -n $positional && ($positional == *+ || $npos -eq 0) ]]; then
    _efc_value ${positional%+} $device
  fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _efc "$@"
else
  compdef _efc efc
fi
)ZSH";

std::string zsh_script(const std::vector<CommandInfo>& commands) {
  std::string out = fmt::format(
      "#compdef efc\n"
      "# zsh completion for efc, generated by `efc completion zsh` ({}).\n"
      "# Install: efc completion zsh > ~/.zfunc/_efc (a folder of your fpath), or in ~/.zshrc\n"
      "# after compinit: source <(efc completion zsh)\n\n",
      kVersionLine);
  out += "typeset -gA _efc_subcommands _efc_subcommand_help _efc_option_help _efc_values _efc_positionals\n";
  out += "_efc_subcommands=(\n" + table(commands, false, [](const CommandInfo& c) { return joined(c.subcommands); }) + ")\n";
  out += "_efc_subcommand_help=(\n" + table(commands, false, [](const CommandInfo& c) {
           return described(c.subcommands, c.subcommand_descriptions);
         }) + ")\n";
  out += "_efc_option_help=(\n" + table(commands, false, option_descriptions) + ")\n";
  out += "# PATH|OPTION -> what the option's value is\n";
  out += "_efc_values=(\n" + values_table(commands, false) + ")\n";
  out += "# PATH -> what its positional arguments are (+: several)\n";
  out += "_efc_positionals=(\n" + table(commands, false, positional_word) + ")\n";
  return out + kZshFunctions;
}

const char* const kFishFunctions = R"FISH(
# The subcommand path on the command line: "efc", "efc validate", "efc bilan render"...
# With "device", the first positional word instead, when that command takes a device.
function __efc_path
    set -l cmdpath efc
    set -l pending 0
    set -l device
    for word in (commandline -opc)[2..-1]
        if test $pending = 1
            set pending 0
            continue
        end
        if string match -q -- '-*' $word
            contains -- "$cmdpath|$word" $__efc_valued; or contains -- "efc|$word" $__efc_valued; and set pending 1
            continue
        end
        if contains -- "$cmdpath|$word" $__efc_subcommands
            set cmdpath "$cmdpath $word"
        else if test -z "$device"; and contains -- "$cmdpath" $__efc_device_commands
            set device $word
        end
    end
    if test "$argv[1]" = device
        echo $device
    else
        echo $cmdpath
    end
end

function __efc_at
    set -l cmdpath (__efc_path)
    test "$cmdpath" = "$argv[1]"
end

# The ids of the dossier the line points at (-C DIR); for audiences, those of the device on the line.
function __efc_ids
    set -l words (commandline -opc)
    set -l dir
    for i in (seq 2 (math (count $words) - 1))
        test "$words[$i]" = -C; and set dir -C $words[(math $i + 1)]
    end
    set -l device
    test "$argv[1]" = audiences; and set device (__efc_path device)
    command $words[1] $dir __complete $argv[1] $device 2>/dev/null
end

complete -c efc -f
)FISH";

// The -a/-r/-F arguments of `complete` for a value of `a`'s kind.
std::string fish_values(const ArgInfo& a) {
  switch (a.value) {
    case ValueKind::None: return "";
    case ValueKind::Free: return " -x";
    case ValueKind::Choices: return fmt::format(" -x -a {}", quote(joined(a.choices)));
    case ValueKind::File: return " -r -F";
    case ValueKind::Dir: return " -x -a '(__fish_complete_directories (commandline -ct))'";
    default: return fmt::format(" -x -a '(__efc_ids {})'", kind_word(a));
  }
}

std::string fish_command(const CommandInfo& c) {
  const std::string at = fmt::format("-n \"__efc_at '{}'\"", key(c));  // paths hold no quote
  std::string out;
  for (std::size_t i = 0; i < c.subcommands.size(); ++i) {
    out += fmt::format("complete -c efc {} -a {} -d {}\n", at, quote(c.subcommands[i]), quote(c.subcommand_descriptions[i]));
  }
  for (const auto& o : c.options) {
    std::string names;
    for (const auto& s : o.short_names) names += " -s " + s;
    for (const auto& l : o.long_names) names += " -l " + l;
    // efc's own options with a value (-C, --color) are accepted after the command words too.
    const bool global = c.path.empty() && o.value != ValueKind::None;
    out += fmt::format("complete -c efc{}{}{} -d {}\n", global ? "" : " " + at, names, fish_values(o), quote(o.description));
  }
  if (!c.positionals.empty()) {
    const ArgInfo& p = c.positionals.front();
    const std::string values = fish_values(p);
    if (p.value == ValueKind::File) out += fmt::format("complete -c efc {} -F\n", at);
    else if (values.size() > 3) out += fmt::format("complete -c efc {}{}\n", at, values.substr(3));  // drop " -x"
  }
  return out;
}

std::string fish_script(const std::vector<CommandInfo>& commands) {
  std::string out = fmt::format(
      "# fish completion for efc, generated by `efc completion fish` ({}).\n"
      "# Install: efc completion fish > ~/.config/fish/completions/efc.fish\n\n",
      kVersionLine);
  std::vector<std::string> subcommands, valued, device_commands;
  for (const auto& c : commands) {
    if (!c.positionals.empty() && c.positionals.front().value == ValueKind::Devices) device_commands.push_back(quote(key(c)));
    for (const auto& s : c.subcommands) subcommands.push_back(quote(key(c) + "|" + s));
    for (const auto& o : c.options) {
      if (o.value == ValueKind::None) continue;
      for (const auto& w : option_words(o)) valued.push_back(quote(key(c) + "|" + w));
    }
  }
  out += "set -g __efc_subcommands " + joined(subcommands) + "\n";
  out += "set -g __efc_valued " + joined(valued) + "\n";
  out += "set -g __efc_device_commands " + joined(device_commands) + "\n";
  out += kFishFunctions;
  for (const auto& c : commands) out += "\n" + fish_command(c);
  return out;
}

std::vector<std::string> ids_of(const model::Dossier& d, std::string_view what, std::string_view only_device) {
  std::set<std::string> ids;
  for (const auto& device : d.devices) {
    if (what == "devices") ids.insert(device.file.folder);
    if (what != "audiences" || (!only_device.empty() && device.file.folder != only_device)) continue;
    for (const auto& a : device.file.audiences) {
      if (a.id) ids.insert(*a.id);
    }
  }
  if (what == "requests" && d.queue) {
    for (const auto& r : d.queue->requests) {
      if (r.id) ids.insert(*r.id);
    }
  }
  if (what == "arbitrations") {
    for (const auto& a : d.arbitrations) ids.insert(a.file_id);
  }
  if (what == "exercises") {
    for (const auto& x : d.exercises) ids.insert(x.file_id);
  }
  return {ids.begin(), ids.end()};
}

}  // namespace

bool CompletionOptions::requested() const {
  return completion->parsed() || complete_ids->parsed() || man->parsed();
}

void setup_completion(CLI::App& app, CompletionOptions& opts) {
  opts.completion = app.add_subcommand("completion", text::tr("Print the shell completion script for bash, zsh or fish"));
  opts.completion->footer(
      text::tr("The scripts complete subcommands, options, choices, and the device, audience, request,\n"
               "arbitration and exercise ids of the dossier around the current folder.\n"
               "\n"
               "Examples:\n"
               "  efc completion bash > ~/.local/share/bash-completion/completions/efc\n"
               "  efc completion zsh > ~/.zfunc/_efc        with ~/.zfunc in fpath, before compinit\n"
               "  efc completion fish > ~/.config/fish/completions/efc.fish"));
  opts.completion->add_option("SHELL", opts.shell, text::tr("The shell"))
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));

  opts.complete_ids = app.add_subcommand("__complete", "Ids of the current dossier, for completion scripts")->group("");
  opts.complete_ids->add_option("WHAT", opts.ids, "devices, audiences, requests, arbitrations or exercises")
      ->required()
      ->check(CLI::IsMember({"devices", "audiences", "requests", "arbitrations", "exercises"}));
  opts.complete_ids->add_option("DEVICE", opts.device, "Only the audiences of this device");
  opts.man = app.add_subcommand("__man", "The efc(1) man page in roff, generated from --help")->group("");
}

int run_completion(const CompletionOptions& opts, const CLI::App& root, const GlobalOptions&) {
  if (opts.complete_ids->parsed()) return print_stdout(dossier_ids(opts.ids, opts.device));
  const auto commands = describe_commands(root);
  return print_stdout(opts.man->parsed() ? man_page(commands) : completion_script(opts.shell, commands));
}

std::string completion_script(std::string_view shell, const std::vector<CommandInfo>& commands) {
  if (shell == "zsh") return zsh_script(commands);
  if (shell == "fish") return fish_script(commands);
  return bash_script(commands);
}

std::string dossier_ids(std::string_view what, std::string_view device) {
  const io::DiskFileSystem fs;
  const auto root = check::find_root(fs, io::absolute("."));
  if (!root) return "";
  const load::Loaded loaded = load::load_dossier(fs, *root, "");
  std::string out;
  for (const auto& id : ids_of(loaded.dossier, what, device)) out += id + "\n";
  return out;
}

}  // namespace efc::cli
