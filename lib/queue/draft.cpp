#include "queue/draft.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "text/french.hpp"

namespace efc::queue {
namespace {

// The comments of the draft in one language.
struct DraftWords {
  const char* head_urgent;    // the opening comment of an urgent request
  const char* head_shared;
  const char* summary;
  const char* client;
  const char* requested_by;
  const char* deadline;
  const char* effort;         // performer's name (French: with its "de"/"d'")
  const char* requester;      // person's name
  const char* performer;
  const char* client_party;
  const char* party_more;
  const char* party_any;
  const char* parties;
  const char* options;
  const char* decision;
  const char* rationale;
  const char* decided_by;     // when no party is known yet
  const char* date_word;      // YYYY-MM-DD in the language
};

constexpr DraftWords kDraftFrench = {
    "# Arbitrage conjoint sur une demande urgente (écrit par efc arbitration new).\n"
    "# À compléter : l'objet de la demande (summary), le délai demandé et les enjeux\n"
    "# de travail de chaque partie ; ajouter la décision une fois prise ensemble\n"
    "# (sans décision, l'arbitrage reste ouvert).\n",
    "# Arbitrage conjoint à enjeux partagés (écrit par efc arbitration new).\n"
    "# À compléter : chaque partie concernée et ses enjeux de travail ; ajouter la\n"
    "# décision une fois prise ensemble (sans décision, l'arbitrage reste ouvert).\n",
    "ce qui est demandé",
    "le client",
    "qui porte la demande (id d'une personne)",
    "le délai demandé",
    "jours de travail {}",
    "{} : porte la demande",
    "{} : traite la file",
    "{} : le client",
    "les autres parties à entendre",
    "id d'une personne ou d'une organisation",
    "chaque partie avec ses enjeux de travail",
    "les options instruites ensemble",
    "une fois la décision prise ensemble",
    "pourquoi, à partir des enjeux de chacun",
    "les parties qui décident ensemble",
    "AAAA-MM-JJ",
};

constexpr DraftWords kDraftEnglish = {
    "# Joint arbitration of an urgent request (written by efc arbitration new).\n"
    "# To fill in: what is asked (summary), the deadline asked for and the work\n"
    "# stakes of every party; add the decision once taken together (without a\n"
    "# decision, the arbitration stays open).\n",
    "# Joint arbitration of shared stakes (written by efc arbitration new).\n"
    "# To fill in: every party concerned and its work stakes; add the decision\n"
    "# once taken together (without a decision, the arbitration stays open).\n",
    "what is asked",
    "the client",
    "who asks (a person id)",
    "the deadline asked for",
    "working days of {}",
    "{}: asks",
    "{}: works the queue",
    "{}: the client",
    "other parties to hear",
    "a person or organisation id",
    "every party with its work stakes",
    "options instructed together",
    "once decided together",
    "why, from everyone's stakes",
    "the parties who decide together",
    "YYYY-MM-DD",
};

constexpr std::size_t kCommentColumn = 36;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// User text made fit for a comment: one line, no control character.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
  return out;
}

// `code` then `# comment` at a fixed column (one space further when the code is longer).
std::string line(const std::string& code, const std::string& comment = "") {
  if (comment.empty()) return code + "\n";
  const std::size_t pad = code.size() < kCommentColumn ? kCommentColumn - code.size() : 1;
  return code + std::string(pad, ' ') + "# " + one_line(comment) + "\n";
}

struct Party {
  std::string who;
  std::string comment;
};

std::vector<Party> parties_of(const model::Dossier& d, const DraftWords& w, const model::QueueRequest* r) {
  std::vector<Party> parties;
  const auto add = [&](const std::string& who, const char* role) {
    const bool known = std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.who == who; });
    if (!who.empty() && !known) parties.push_back({who, fmt::format(fmt::runtime(role), d.name_of(who))});
  };
  if (r != nullptr && r->requested_by) add(*r->requested_by, w.requester);
  if (d.queue && d.queue->performer) add(*d.queue->performer, w.performer);
  if (r != nullptr && r->client) {
    if (const model::Organisation* o = client_organisation(d, *r->client); o != nullptr && o->id) add(*o->id, w.client_party);
  }
  return parties;
}

std::string request_block(const model::Dossier& d, const DraftWords& w, const model::QueueRequest* r) {
  std::string out = "request:\n";
  if (r != nullptr && r->id) out += line("  ref: " + *r->id);
  out += r != nullptr && r->client ? line("  client: " + yaml_scalar(*r->client)) : line("  client:", w.client);
  out += line("  summary:", w.summary);
  out += r != nullptr && r->requested_by ? line("  requested_by: " + *r->requested_by)
                                         : line("  requested_by:", w.requested_by);
  out += line(fmt::format("  # requested_deadline: {}", w.date_word), w.deadline);
  const std::string performer = d.queue && d.queue->performer ? d.name_of(*d.queue->performer) : "?";
  const std::string effort = fmt::format(fmt::runtime(w.effort), &w == &kDraftFrench ? text::french_de(performer) : performer);
  if (r != nullptr && r->effort_days) out += line(fmt::format("  effort_days: {}", *r->effort_days), effort);
  else out += line("  # effort_days: 1", effort);
  return out + "\n";
}

std::string parties_block(const DraftWords& w, const std::vector<Party>& parties) {
  std::string out = line("parties:", w.parties);
  for (const auto& p : parties) out += line("  - who: " + p.who, p.comment) + "    stakes: \"\"\n";
  if (parties.empty()) return out + line("  - who:", w.party_any) + "    stakes: \"\"\n\n";
  return out + line("  # - who:", w.party_more) + "  #   stakes: \"\"\n\n";
}

std::string closing_block(const DraftWords& w, const std::vector<Party>& parties) {
  std::vector<std::string> who;
  for (const auto& p : parties) who.push_back(p.who);
  std::string out = line("# options:", w.options) + "#   - text: ...\n\n";
  out += line("# decision:", w.decision);
  out += line("#   outcome: negotiated", "accepted | negotiated | declined | escalated");
  out += fmt::format("#   deadline: {}\n", w.date_word);
  out += line("#   rationale: ...", w.rationale);
  if (who.empty()) out += line("#   decided_by: []", w.decided_by);
  else out += fmt::format("#   decided_by: [{}]\n", fmt::join(who, ", "));
  return out + "#   client_informed: true\n";
}

}  // namespace

std::string yaml_scalar(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kReserved = {"true", "false", "null", "yes", "no", "on",
                                                                  "off",  "y",     "n",    "~",   "",   "-"};
  const auto safe_char = [](unsigned char c) {
    return c >= 0x80 || std::isalnum(c) || c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-' || c == '(' ||
           c == ')' || c == '/' || c == '+';
  };
  const bool plain = !s.empty() && (static_cast<unsigned char>(s.front()) >= 0x80 || std::isalpha(static_cast<unsigned char>(s.front()))) &&
                     s.back() != ' ' && std::all_of(s.begin(), s.end(), safe_char) &&
                     std::find(kReserved.begin(), kReserved.end(), lower(s)) == kReserved.end();
  if (plain) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') out += std::string("\\") + c;
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7f) out += fmt::format("\\x{:02x}", u);
    else out += c;
  }
  return out + "\"";
}

const model::Organisation* client_organisation(const model::Dossier& d, std::string_view client) {
  if (!d.dossier) return nullptr;
  const std::string wanted = lower(client);
  for (const auto& o : d.dossier->organisations) {
    if ((o.id && lower(*o.id) == wanted) || (o.name && lower(*o.name) == wanted)) return &o;
  }
  return nullptr;
}

std::string next_id(int year, const std::vector<std::string>& taken) {
  const std::string prefix = fmt::format("{:04}-", year);
  long long highest = 0;
  for (const auto& id : taken) {
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = id.substr(prefix.size());
    if (digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    highest = std::max(highest, std::stoll(digits));
  }
  return fmt::format("{}{:03}", prefix, highest + 1);
}

std::string draft_text(const model::Dossier& d, const DraftInput& in) {
  const DraftWords& w = in.lang == "en" ? kDraftEnglish : kDraftFrench;
  const bool urgent = in.kind != "shared-stake";
  const model::QueueRequest* r = urgent ? in.request : nullptr;
  const std::vector<Party> parties = urgent ? parties_of(d, w, r) : std::vector<Party>{};
  std::string out = urgent ? w.head_urgent : w.head_shared;
  out += fmt::format("id: {}\nkind: {}\ndate: {}\n\n", in.id, urgent ? "urgent-request" : "shared-stake", in.date.iso());
  if (urgent) out += request_block(d, w, r);
  out += parties_block(w, parties);
  return out + closing_block(w, parties);
}

}  // namespace efc::queue
