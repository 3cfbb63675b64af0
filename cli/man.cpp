#include "man.hpp"

#include <span>

#include <fmt/format.h>

#include "help.hpp"
#include "version.hpp"

namespace efc::cli {
namespace {

// Text safe in roff: backslashes and minus signs escaped, no line taken for a request.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// Running text for fill mode: escaped word by word, and cut into input lines of at most 80
// bytes (mandoc -Tlint asks for it); groff fills them to the width of the terminal.
std::string filled(std::string_view text) {
  std::string out, line;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find_first_of(" \n", start);
    const std::string_view word = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? text.size() : end + 1;
    if (word.empty()) continue;
    const std::string escaped = roff(word);
    if (!line.empty() && line.size() + 1 + escaped.size() > 80) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + escaped;
  }
  return out + line;
}

std::string value_words(const ArgInfo& a) {
  return a.choices.empty() ? a.type_name : fmt::format("{}", fmt::join(a.choices, "|"));
}

// "\fB-o\fR \fIDIR\fR": names in bold, the value in italics.
std::string option_term(const ArgInfo& a) {
  if (!a.positional.empty()) return fmt::format("\\fI{}\\fR{}", roff(a.positional), a.repeats ? "..." : "");
  std::vector<std::string> names;
  for (const auto& w : option_words(a)) names.push_back(fmt::format("\\fB{}\\fR", roff(w)));
  std::string out = fmt::format("{}", fmt::join(names, ", "));
  if (a.value != ValueKind::None) out += fmt::format(" \\fI{}\\fR", roff(value_words(a)));
  return out;
}

bool is_help(const ArgInfo& a) { return !a.long_names.empty() && a.long_names.front() == "help"; }

// An argument in a synopsis: bracketed when optional, bare when the command needs it.
std::string in_synopsis(const ArgInfo& a) { return a.required ? a.synopsis() : "[" + a.synopsis() + "]"; }

// "efc bilan render [--audience ID] [--format md|json] DEVICE"
std::string synopsis(const CommandInfo& c) {
  std::string out = c.path.empty() ? "efc" : "efc " + c.path;
  for (const auto& o : c.options) {
    if (!is_help(o)) out += " " + in_synopsis(o);
  }
  if (!c.subcommands.empty()) out += " COMMAND";
  for (const auto& p : c.positionals) out += " " + in_synopsis(p);
  return out;
}

std::string options_list(const std::vector<ArgInfo>& args) {
  std::string out;
  for (const auto& a : args) {
    out += fmt::format(".TP\n{}\n{}\n", option_term(a), filled(a.description + (a.required ? " (required)" : "")));
  }
  return out;
}

// An "efc ..." line of the examples: the command in bold, then what it does (after two spaces).
std::string example(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  const auto gap = line.find("  ");
  std::string_view command = line.substr(0, gap);
  std::string_view comment = gap == std::string_view::npos ? "" : line.substr(gap);
  while (!comment.empty() && comment.front() == ' ') comment.remove_prefix(1);
  return fmt::format(".TP\n\\fB{}\\fR\n{}\n", roff(command), comment.empty() ? "\\&" : filled(comment));
}

// A footer of --help: its prose as filled paragraphs (so that any width fits), its examples as
// a list of commands. Lines are joined within a paragraph; "Examples:" opens the list.
std::string footer_text(const std::string& footer) {
  std::string out, paragraph;
  bool examples = false;
  auto flush = [&] {
    if (!paragraph.empty()) out += ".PP\n" + filled(paragraph) + "\n";
    paragraph.clear();
  };
  std::size_t start = 0;
  while (start <= footer.size() && !footer.empty()) {
    const auto end = footer.find('\n', start);
    const std::string line = footer.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? footer.size() + 1 : end + 1;
    if (line == "Examples:") {
      flush();
      out += ".PP\nExamples:\n.PD 0\n";
      examples = true;
    } else if (examples && line.starts_with("  ")) {
      out += example(line);
    } else if (line.empty()) {
      flush();
      if (examples) out += ".PD\n";
      examples = false;
    } else {
      paragraph += (paragraph.empty() ? "" : "\n") + line;
    }
  }
  flush();
  if (examples) out += ".PD\n";
  return out;
}

std::string command_section(const CommandInfo& c) {
  std::string out = fmt::format(".SS \"{}\"\n{}\n", roff(synopsis(c)), filled(c.description));
  out += options_list(c.positionals) + options_list(c.options);
  return out + footer_text(c.footer);
}

std::string entries(std::span<const HelpEntry> list, bool bold) {
  std::string out;
  for (const auto& e : list) out += fmt::format(".TP\n{}\n{}\n", bold ? "\\fB" + roff(e.term) + "\\fR" : roff(e.term), filled(e.text));
  return out;
}

std::string examples(std::span<const HelpEntry> list) {
  std::string out = ".PD 0\n";
  for (const auto& e : list) out += example(fmt::format("{}  {}", e.term, e.text));
  return out + ".PD\n";
}

// The hidden helper the completions run, kept stable for scripts (docs/ci.md).
const char* const kIdsForScripts =
    ".SS \"efc __complete devices|audiences|requests|arbitrations [DEVICE]\"\n"
    "The ids of the dossier around the current folder (or the one named with\n"
    "\\fB\\-C\\fR), one per line, sorted; nothing, and exit 0, outside a dossier.\n"
    "With \\fIDEVICE\\fR, \\fBaudiences\\fR lists only that device's audiences.\n"
    "The completion scripts use it; it is hidden from \\fB\\-\\-help\\fR but kept\n"
    "stable for scripts.\n"
    ".PP\nExamples:\n.PD 0\n"
    ".TP\n\\fBfor device in $(efc __complete devices); do efc bilan render \"$device\"; done\\fR\n\\&\n"
    ".TP\n\\fBefc __complete audiences chefs\\-de\\-service\\fR\n\\&\n.PD\n";

}  // namespace

std::string man_page(const std::vector<CommandInfo>& commands) {
  const CommandInfo& root = commands.front();
  std::string name = root.description;
  if (name.rfind("efc: ", 0) == 0) name = name.substr(5);
  // "efc 0.1.0": the version without its parenthesis, so that the page footer fits 60 columns.
  const std::string_view version = kVersionLine.substr(0, kVersionLine.find(" ("));
  // Left-adjusted and never hyphenated: commands, ids and paths are shown as they are typed.
  std::string out = fmt::format(".\\\" Generated by `efc __man` from the texts of --help: do not edit.\n"
                                ".TH EFC 1 {} \"{}\" \"User Commands\"\n.nh\n.ad l\n", kReleaseDate, roff(version));
  out += fmt::format(".SH NAME\n{}\n", filled("efc - " + name).replace(0, 6, "efc \\- "));
  out += ".SH SYNOPSIS\n.B efc\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n";
  out += fmt::format(".SH DESCRIPTION\n{}\n", filled(kDescription));
  out += ".PP\nThe global options below are accepted before or after the command words.\n";
  out += ".SH OPTIONS\n" + options_list(root.options);
  out += ".SH COMMANDS\n";
  for (std::size_t i = 1; i < commands.size(); ++i) out += command_section(commands[i]);
  out += ".SH \"IDS FOR SCRIPTS\"\n";
  out += kIdsForScripts;
  out += ".SH \"EXIT STATUS\"\n" + entries(kExitCodes, true);
  out += ".SH ENVIRONMENT\n" + entries(kEnvironment, true);
  out += ".SH EXAMPLES\n" + examples(kRootExamples);
  out += ".SH \"SEE ALSO\"\nThe dossier format and the rules: \\fBefc schema\\fR prints the JSON Schema\n"
         "of each file kind. README.md and docs/ are installed in \\fIshare/doc/efc\\fR\n"
         "under the prefix (\\fI/usr\\fR for the package).\n";
  return out;
}

}  // namespace efc::cli
