#include "rex/respond.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "rex/loop.hpp"
#include "rex/series.hpp"
#include "text/fold.hpp"
#include "text/printable.hpp"
#include "text/spell.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::rex {
namespace {

// The kind of an item in a message, in the user's language.
std::string kind_word(ItemKind kind) {
  switch (kind) {
    case ItemKind::Question: return text::tr("question");
    case ItemKind::Hypothesis: return text::tr("hypothesis");
    case ItemKind::Experiment: return text::tr("experiment");
  }
  return std::string(item_kind_key(kind));
}

// Where an item without id was written: its first mention in the sessions (path:line).
std::string first_mention(const model::Device& device, const RaisedItem& item) {
  const model::SessionFile* s = session(device, item.first_session);
  return s ? fmt::format("{}:{}", s->path, item.first_pos.line) : "rex/" + device.file.folder + "/sessions";
}

// Words that say little of an item: left out of the ids efc suggests.
bool is_filler(const std::string& word) {
  static const std::vector<std::string> kFillers = {"comment", "quelle", "quelles", "quels", "selon", "leurs", "cette",
                                                     "which", "where", "there", "their", "about", "should", "would"};
  return word.size() <= 4 || std::find(kFillers.begin(), kFillers.end(), word) != kFillers.end();
}

std::string suggested_id(const RaisedItem& item) {
  std::string id = item.kind == ItemKind::Question ? "q" : item.kind == ItemKind::Hypothesis ? "h" : "e";
  int words = 0;
  std::string word;
  for (const char c : text::fold(item.text) + ' ') {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      if (!is_filler(word) && words < 3) {
        id += "-" + word;
        ++words;
      }
      word.clear();
    }
  }
  return id;
}

// The answerable items whose text holds `words` (folded): for a name given as words.
std::vector<const RaisedItem*> matching_text(const std::vector<RaisedItem>& items, const std::string& words) {
  std::vector<const RaisedItem*> out;
  const std::string wanted = text::fold(words);
  if (wanted.size() < 3) return out;
  for (const auto& item : items) {
    if (!item.confidential && text::fold(item.text).find(wanted) != std::string::npos) out.push_back(&item);
  }
  return out;
}

std::string without_id_message(const model::Device& device, const RaisedItem& item) {
  return text::trf(
      "the {} of session {} that holds these words has no id, so no response can name it: add "
      "'id: {}' to it ({}), then run efc respond again with that id",
      kind_word(item.kind), item.first_session, suggested_id(item), first_mention(device, item));
}

}  // namespace

ItemLookup find_answerable_item(const model::Device& device, const std::string& wanted) {
  model::Device marked = device;
  view::mark_doubts(marked);
  const auto items = raised_items(marked);
  std::vector<std::string> ids;
  for (const auto& item : items) {
    if (item.id != wanted) {
      if (!item.id.empty() && !item.confidential) ids.push_back(item.id);
      continue;
    }
    if (item.confidential) {
      return {"", text::trf("'{}' names an item kept in the group (confidential, or its confidentiality cannot be "
                            "read): answering it would show that it went up",
                            wanted)};
    }
    return {item.id, "", item.kind, item.first_session};
  }
  const auto found = matching_text(items, wanted);
  if (found.size() == 1) {
    if (found.front()->id.empty()) return {"", without_id_message(device, *found.front())};
    return {"",
            text::trf("'{}' is not an id; did you mean the {} '{}'?", wanted, kind_word(found.front()->kind), found.front()->id)};
  }
  return {"", text::trf("device '{}' has no question, hypothesis or experiment with id '{}'{}{}", device.file.folder, wanted,
                        text::did_you_mean(wanted, ids),
                        ids.empty() ? text::tr("; none of its items has an id yet: add 'id: ...' to the one to answer") : "")};
}

namespace {

bool is_top_level_key(const std::string& line) {
  if (line.empty()) return false;
  const char c = line.front();
  return c != ' ' && c != '\t' && c != '#' && c != '-' && c != '\r' && line.rfind("...", 0) != 0;
}

bool is_key(const std::string& line, std::string_view key) {
  if (line.rfind(key, 0) != 0) return false;
  std::size_t i = key.size();
  while (i < line.size() && line[i] == ' ') ++i;
  return i < line.size() && line[i] == ':';
}

// What follows "key:" on its line, comment and spaces removed.
std::string value_after_colon(const std::string& line) {
  std::string rest = line.substr(line.find(':') + 1);
  if (const auto hash = rest.find(" #"); hash != std::string::npos) rest = rest.substr(0, hash);
  if (!rest.empty() && rest.front() == '#') rest.clear();
  rest.erase(0, rest.find_first_not_of(" \t"));
  rest.erase(rest.find_last_not_of(" \t\r") + 1);
  return rest;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t end = s.find('\n', start);
    lines.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    start = end == std::string::npos ? s.size() : end + 1;
  }
  return lines;
}

std::string item_text(const ResponseSkeleton& s, const std::string& indent) {
  const bool en = s.lang == "en";
  const std::string in = indent + "  ";
  std::string out;
  out += fmt::format("{}- to: {}{}\n", indent, s.to, s.item_summary.empty() ? "" : "  # " + s.item_summary);
  out += fmt::format("{}date: {}\n", in, s.date.iso());
  out += fmt::format("{}by: [{}]\n", in, fmt::join(s.by, ", "));
  out += fmt::format("{}decision: {}  # answered | adopted | declined | under-study\n", in, s.decision);
  out += fmt::format("{}# text: >-\n", in);
  out += fmt::format("{}#   {}\n", in, en ? "Management's answer, in its own words." : "La réponse de la direction, dans ses mots.");
  out += fmt::format("{}# review_on: YYYY-MM-DD  # {}\n", in, en ? "when management comes back to it" : "quand la direction y revient");
  return out;
}

std::string new_file(const ResponseSkeleton& s) {
  const bool en = s.lang == "en";
  std::string out = s.modeline.empty() ? "" : s.modeline + "\n";
  out += en ? "# What went up to management from this device, and what came back.\n"
                         "# Record each time the group's work went up, then management's answers.\n"
                       : "# Ce qui est remonté à la direction depuis ce dispositif, et ce qu'elle a répondu.\n"
                         "# Consignez chaque transmission, puis les réponses de la direction.\n";
  out += en ? "# transmissions:\n#   - date: YYYY-MM-DD\n#     audience: AUDIENCE   # an audience receiving 'shared'\n"
              "#     presented_by: [PERSON, ...]\n#     form: meeting        # meeting | document\n"
            : "# transmissions:\n#   - date: AAAA-MM-JJ\n#     audience: DESTINATAIRES  # un destinataire qui reçoit 'shared'\n"
              "#     presented_by: [PERSONNE, ...]\n#     form: meeting            # meeting | document\n";
  return out + "responses:\n" + item_text(s, "  ");
}

}  // namespace

Extended add_response(const std::optional<std::string>& current, const ResponseSkeleton& s) {
  if (!current) return {new_file(s), ""};
  const auto lines = lines_of(*current);
  const auto key = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return is_key(l, "responses"); });
  std::string prefix = *current;
  if (!prefix.empty() && prefix.back() != '\n') prefix += '\n';
  if (key == lines.end()) return {prefix + "responses:\n" + item_text(s, "  "), ""};
  if (!value_after_colon(*key).empty()) {
    return {
        "",
        text::tr(
            "its 'responses' is not written as a block list (one '- to:' per line); write it so, then run efc respond again")};
  }
  const auto next = std::find_if(key + 1, lines.end(), is_top_level_key);
  if (next != lines.end()) {
    return {"", text::trf("'responses' is not the last key of the file ('{}' follows it): move the 'responses' list "
                          "to the end of the file, then run efc respond again",
                          next->substr(0, next->find(':')))};
  }
  std::string indent = "  ";
  for (auto it = key + 1; it != lines.end(); ++it) {
    const auto dash = it->find_first_not_of(' ');
    if (dash != std::string::npos && (*it)[dash] == '-') {
      indent = it->substr(0, dash);
      break;
    }
  }
  return {prefix + item_text(s, indent), ""};
}

}  // namespace efc::rex
