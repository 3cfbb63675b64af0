#include "rex/scaffold.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "format/visit.hpp"
#include "rex/series.hpp"
#include "text/utf8.hpp"

namespace efc::rex {
namespace {

constexpr std::size_t kWidth = 78;  // folded texts are wrapped to stay within this column

// The words of the scaffold in the dossier's language.
struct Words {
  std::string_view header_regular, header_bilan, how_to, minutes, present, bilan_block, carried, no_carried,
      stories_block, shared_block, notes_block;
};

constexpr Words kSessionFrench{
    "# Séance {number} sur {planned} de « {title} ».",
    "# Séance {number} sur {planned} de « {title} » : séance de bilan.",
    "# Préparée par efc rex new : complétez-la, puis lancez efc validate.",
    "# minutes: {minutes}                 # si la durée diffère de celle du dispositif",
    "# Tous les participants sont notés présents : déplacez les absents dans absent.",
    "# Le bilan de la série (partagé) : ce qu'elle a produit, les enseignements, les\n"
    "# perspectives, les suites à donner.\n"
    "# produced:\n#   - ...\n# lessons:\n#   - ...\n# perspectives:\n#   - ...\n# next_steps:\n#   - ...\n",
    "# Expérimentations encore ouvertes, reprises des séances précédentes : mettez leur\n"
    "# statut à jour (proposed, accepted, running, done, dropped).\n",
    "# Expérimentations (partagées) : proposées ou suivies.\n"
    "# experiments:\n#   - id: ...\n#     text: ...\n#     owner: ...\n#     status: proposed\n",
    "# Récits vécus (visibilité groupe : ils ne sortent pas du groupe).\n"
    "# stories:\n#   - narrator: ...                # présent à la séance\n#     title: ...\n"
    "#     situation: |\n#       ...\n#     prescribed: ...              # le travail tel qu'il était prévu\n"
    "#     real: ...                    # le travail tel qu'il s'est fait\n#     keywords: [...]\n",
    "# Ce qui remonte à la direction (partagé).\n"
    "# questions:\n#   - text: ...\n# hypotheses:\n#   - text: ...\n# vocabulary:\n#   - term: ...\n#     meaning: ...\n",
    "# Notes des animateurs (visibilité groupe).\n# notes: |\n#   ...\n",
};

constexpr Words kSessionEnglish{
    "# Session {number} of {planned} of \"{title}\".",
    "# Session {number} of {planned} of \"{title}\": the closing session (bilan).",
    "# Prepared by efc rex new: fill it in, then run efc validate.",
    "# minutes: {minutes}                 # when the length differs from the device's",
    "# Every participant is marked present: move those who are absent to absent.",
    "# The bilan of the series (shared): what it produced, lessons, perspectives,\n"
    "# next steps.\n"
    "# produced:\n#   - ...\n# lessons:\n#   - ...\n# perspectives:\n#   - ...\n# next_steps:\n#   - ...\n",
    "# Experiments still open, carried over from earlier sessions: update their status\n"
    "# (proposed, accepted, running, done, dropped).\n",
    "# Experiments (shared): proposed or followed.\n"
    "# experiments:\n#   - id: ...\n#     text: ...\n#     owner: ...\n#     status: proposed\n",
    "# Lived stories (group visibility: they never leave the group).\n"
    "# stories:\n#   - narrator: ...                # present at the session\n#     title: ...\n"
    "#     situation: |\n#       ...\n#     prescribed: ...              # the work as planned\n"
    "#     real: ...                    # the work as it really went\n#     keywords: [...]\n",
    "# What goes up to management (shared).\n"
    "# questions:\n#   - text: ...\n# hypotheses:\n#   - text: ...\n# vocabulary:\n#   - term: ...\n#     meaning: ...\n",
    "# Facilitators' notes (group visibility).\n# notes: |\n#   ...\n",
};

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

bool is_reserved(std::string_view s) {
  static constexpr std::array<std::string_view, 22> kWords = {"true", "false", "yes", "no", "on",  "off", "y",    "n",
                                                              "null", "~",     "True", "False", "Yes", "No", "On",
                                                              "Off",  "Y",     "N",    "Null", "NULL", "TRUE", "FALSE"};
  return std::find(kWords.begin(), kWords.end(), s) != kWords.end();
}

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); });
}

// A plain scalar that every YAML reader reads back as this very text.
bool plain_safe(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':' || has_control(s) || is_reserved(s)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`.+0123456789").find(s.front()) != std::string_view::npos) return false;
  return s.find(": ") == std::string_view::npos && s.find(" #") == std::string_view::npos;
}

// A single-line text a folded block scalar gives back exactly once wrapped at single spaces.
bool foldable(std::string_view s) {
  return !s.empty() && s.front() != ' ' && s.back() != ' ' && !has_control(s) && s.find("  ") == std::string_view::npos;
}

std::string double_quoted(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') out += fmt::format("\\{}", ch);
    else if (ch == '\n') out += "\\n";
    else if (ch == '\t') out += "\\t";
    else if (is_control(c)) out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
    else out += ch;
  }
  return out + "\"";
}

// ">-" then the words of `s` on lines of at most kWidth columns, indented by `indent` + 2.
std::string folded(std::string_view s, int indent) {
  const std::string pad(static_cast<std::size_t>(indent) + 2, ' ');
  std::string out = ">-";
  std::string line;
  std::size_t start = 0;
  while (start <= s.size()) {
    const auto space = std::min(s.find(' ', start), s.size());
    const std::string_view word = s.substr(start, space - start);
    if (!line.empty() && pad.size() + text::char_count(line) + 1 + text::char_count(word) > kWidth) {
      out += "\n" + pad + line;
      line.clear();
    }
    // Appended piece by piece: `" " + std::string(word)` made GCC 12 -O3 report a false -Wrestrict.
    if (!line.empty()) line += ' ';
    line += word;
    start = space + 1;
  }
  return out + "\n" + pad + line;
}

std::string flow_list(const model::Texts& items) {
  std::vector<std::string> out;
  for (const auto& t : items) {
    if (t) out.push_back(plain_safe(*t) ? *t : double_quoted(*t));  // flow context: never a block
  }
  return fmt::format("[{}]", fmt::join(out, ", "));
}

const model::SessionFile* previous_session(const model::Device& device, long long number) {
  const model::SessionFile* previous = nullptr;
  for (const auto& s : device.sessions) {
    if (s.file_number < number) previous = &s;
  }
  return previous;
}

std::string header(const Words& w, const model::Device& device, const ScaffoldRequest& r, bool bilan) {
  const std::string title = device.file.title ? *device.file.title : device.file.folder;
  const long long planned = device.file.planned_sessions ? *device.file.planned_sessions : r.number;
  std::string out = r.modeline.empty() ? "" : r.modeline + "\n";
  out += fmt::format(fmt::runtime(bilan ? w.header_bilan : w.header_regular), fmt::arg("number", r.number),
                     fmt::arg("planned", planned), fmt::arg("title", title));
  return out + "\n" + std::string(w.how_to) + "\n";
}

std::string when_and_where(const Words& w, const model::Device& device, const ScaffoldRequest& r, bool bilan) {
  const model::SessionFile* previous = previous_session(device, r.number);
  std::string out = fmt::format("number: {}\ndate: {}\n", r.number, r.date.iso());
  const std::optional<std::string> start = r.start ? r.start : (previous && previous->start ? std::optional(*previous->start) : std::nullopt);
  out += start ? fmt::format("start: \"{}\"\n", *start) : "# start: \"14:00\"\n";
  out += fmt::format(fmt::runtime(w.minutes), fmt::arg("minutes", session_minutes(device, nullptr))) + "\n";
  out += previous && previous->place ? fmt::format("place: {}\n", yaml_scalar(*previous->place, 0, "place")) : "# place: ...\n";
  out += fmt::format("kind: {}\n", bilan ? "bilan" : "regular");
  out += std::string(w.present) + "\n";
  return out + fmt::format("present: {}\nabsent: []\n", flow_list(device.file.participants));
}

std::string experiment_yaml(const model::Experiment& e) {
  std::string out = "  - ";
  if (e.id) out += fmt::format("id: {}\n    ", yaml_scalar(*e.id, 4, "id"));
  out += fmt::format("text: {}\n", yaml_scalar(e.text ? *e.text : "...", 4, "text"));
  if (e.owner) out += fmt::format("    owner: {}\n", yaml_scalar(*e.owner, 4, "owner"));
  out += fmt::format("    status: {}\n", e.status ? *e.status : "proposed");
  if (!e.principles.empty()) out += fmt::format("    principles: {}\n", flow_list(e.principles));
  if (format::is_confidential(e)) out += "    confidential: true\n";  // marked, or in doubt: fail closed
  return out;
}

std::string experiments_block(const Words& w, const model::Device& device, long long number) {
  const auto open = open_experiments(device, number);
  if (open.empty()) return std::string(w.no_carried);
  std::string out = std::string(w.carried) + "experiments:\n";
  for (const auto& o : open) out += experiment_yaml(o.latest);
  return out;
}

}  // namespace

std::string yaml_scalar(std::string_view s, int indent, std::string_view key) {
  const std::size_t used = static_cast<std::size_t>(indent) + key.size() + 2;  // "key: "
  const bool fits = used + text::char_count(s) <= kWidth;
  if (plain_safe(s) && fits) return std::string(s);
  if (foldable(s) && !fits) return folded(s, indent);
  return double_quoted(s);
}

std::optional<std::string> session_scaffold(const view::DossierView& view, const ScaffoldRequest& r) {
  const model::Device* device = view.dossier().device(r.device);
  if (device == nullptr) return std::nullopt;
  const Words& w = view.dossier().lang() == "en" ? kSessionEnglish : kSessionFrench;
  const bool bilan = r.bilan || is_bilan(*device, r.number);
  std::string out = header(w, *device, r, bilan) + when_and_where(w, *device, r, bilan) + "\n";
  if (bilan) out += std::string(w.bilan_block) + "\n";
  out += experiments_block(w, *device, r.number) + "\n";
  if (!bilan) out += std::string(w.stories_block) + "\n";
  out += std::string(w.shared_block) + "\n";
  return out + std::string(w.notes_block);
}

}  // namespace efc::rex
