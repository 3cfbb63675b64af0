#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace efc::cli {
namespace {

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// CLI11 shows "TEXT:{a,b,c}": the type, then what each validator says; IsMember says "{a,b,c}".
void split_type_name(const std::string& full, ArgInfo& out) {
  const auto colon = full.find(':');
  out.type_name = full.substr(0, colon);
  if (colon == std::string::npos) return;
  const auto open = full.find('{', colon);
  const auto close = full.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return;
  std::string item;
  for (char c : full.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.choices.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  out.choices.push_back(item);
}

bool has_long(const ArgInfo& a, std::string_view name) {
  for (const auto& n : a.long_names) {
    if (n == name) return true;
  }
  return false;
}

// Ids are recognised by the type names the subcommands give their arguments.
ValueKind value_kind(const ArgInfo& a, const std::string& path) {
  const std::string& t = a.type_name;
  const std::string& p = a.positional;
  if (!a.choices.empty()) return ValueKind::Choices;
  if (t == "DIR" || p == "DIR") return ValueKind::Dir;
  if (t == "FILE" || t == "PATH" || p == "PATH" || p == "FILE") return ValueKind::File;
  if (t == "DEVICE" || p == "DEVICE") return ValueKind::Devices;
  if (t == "AUDIENCE" || has_long(a, "audience")) return ValueKind::Audiences;
  if (t == "REQUEST" || t == "REF" || has_long(a, "request")) return ValueKind::Requests;
  if (t == "ARBITRATION" || (p == "ID" && starts_with(path, "arbitration"))) return ValueKind::Arbitrations;
  if (p == "ID" && starts_with(path, "exercise")) return ValueKind::Exercises;
  return ValueKind::Free;
}

ArgInfo describe_arg(const CLI::Option& opt, const std::string& path) {
  ArgInfo a;
  for (const auto& s : opt.get_snames()) a.short_names.push_back(s);
  for (const auto& l : opt.get_lnames()) a.long_names.push_back(l);
  if (!opt.nonpositional()) a.positional = opt.get_single_name();
  a.description = opt.get_description();
  a.required = opt.get_required();
  if (opt.get_items_expected_max() == 0) return a;  // a flag
  split_type_name(opt.get_type_name(), a);
  a.repeats = !a.positional.empty() && opt.get_items_expected_max() > 1;
  a.value = value_kind(a, path);
  return a;
}

void describe(const CLI::App& app, const std::string& path, std::vector<CommandInfo>& out) {
  CommandInfo c;
  c.path = path;
  c.description = app.get_description();
  c.footer = app.get_footer();
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;
    ArgInfo a = describe_arg(*opt, path);
    (a.positional.empty() ? c.options : c.positionals).push_back(std::move(a));
  }
  const auto subs = app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); });
  for (const CLI::App* sub : subs) {
    c.subcommands.push_back(sub->get_name());
    c.subcommand_descriptions.push_back(sub->get_description());
  }
  out.push_back(std::move(c));
  for (const CLI::App* sub : subs) describe(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

}  // namespace

std::string ArgInfo::synopsis() const {
  if (!positional.empty()) return repeats ? positional + "..." : positional;
  std::string out = fmt::format("{}", fmt::join(option_words(*this), ", "));
  if (value == ValueKind::None) return out;
  return out + " " + (choices.empty() ? type_name : fmt::format("{}", fmt::join(choices, "|")));
}

std::vector<CommandInfo> describe_commands(const CLI::App& root) {
  std::vector<CommandInfo> out;
  describe(root, "", out);
  return out;
}

std::vector<std::string> option_words(const ArgInfo& arg) {
  std::vector<std::string> out;
  for (const auto& s : arg.short_names) out.push_back("-" + s);
  for (const auto& l : arg.long_names) out.push_back("--" + l);
  return out;
}

}  // namespace efc::cli
