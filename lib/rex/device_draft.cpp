#include "rex/device_draft.hpp"

#include <fmt/format.h>

#include "schema/editors.hpp"

namespace efc::rex {
namespace {

// The words of the draft in one language; {} are filled by device_draft_text.
struct DeviceWords {
  const char* head;            // {id}
  const char* title;
  const char* kind_comment;
  const char* facilitators;    // comment before facilitators
  const char* no_facilitator;  // comment when the dossier has no facilitator organisation
  const char* participants;
  const char* sessions;
  const char* stories;
  const char* rules_comment;
  const char* rules[3];
  const char* audiences;
  const char* shared_id;
  const char* shared_label;
  const char* shared_members;
  const char* group_label;
  const char* group_members;
};

constexpr DeviceWords kFrench = {
    "# Dispositif REX « {} » : une série de séances où les participants racontent des\n"
    "# situations de travail qu'ils ont vécues. Écrit par efc device new : remplissez les\n"
    "# personnes (des ids de dossier.yaml), puis lancez efc validate. Chaque clé est\n"
    "# décrite dans format.md (installé dans share/doc/efc/).\n",
    "Titre du dispositif",
    "internal : une seule organisation ; cross-actor : plusieurs",
    "# Les animateurs, de préférence extérieurs aux organisations des participants.\n",
    "# Les animateurs (au moins un), de préférence extérieurs aux organisations des\n"
    "# participants : des ids de personnes de dossier.yaml.\n",
    "# Les participants (au moins un) : des ids de personnes de dossier.yaml.\n",
    "# Nombre de séances prévues, séance de bilan comprise, et durée habituelle en minutes.\n",
    "récits par séance ordinaire : au moins, au plus",
    "# Le cadre que les animateurs garantissent, rappelé sur chaque ordre du jour.\n",
    {"Ce qui se raconte en séance appartient au groupe ; rien n'en sort sans son accord.",
     "On part de situations vécues et précises, sans chercher d'abord à les résoudre.",
     "Seules les questions, les hypothèses et les expérimentations sont transmises."},
    "# Qui reçoit le bilan : shared, sans récit, ni note, ni présence individuelle ;\n"
    "# group, tout (réservé aux participants et aux animateurs).\n",
    "direction",
    "Direction",
    "qui reçoit le bilan partagé",
    "Participants",
    "les participants et les animateurs",
};

constexpr DeviceWords kEnglish = {
    "# REX device '{}': a series of sessions where participants tell work situations\n"
    "# they have lived. Written by efc device new: fill in the people (ids of\n"
    "# dossier.yaml), then run efc validate. Every key is described in format.md\n"
    "# (installed in share/doc/efc/).\n",
    "Title of the device",
    "internal: one organisation; cross-actor: several",
    "# The facilitators, preferably from outside the participants' organisations.\n",
    "# The facilitators (at least one), preferably from outside the participants'\n"
    "# organisations: ids of people of dossier.yaml.\n",
    "# The participants (at least one): ids of people of dossier.yaml.\n",
    "# Sessions planned, the bilan session included, and their usual length in minutes.\n",
    "stories per regular session: at least, at most",
    "# The frame the facilitators guarantee, recalled on every agenda.\n",
    {"What is told in a session belongs to the group; nothing leaves it without its consent.",
     "We start from lived, precise situations, without trying to solve them first.",
     "Only questions, hypotheses and experiments are passed on."},
    "# Who receives the bilan: shared, no story, note or individual attendance;\n"
    "# group, everything (participants and facilitators only).\n",
    "management",
    "Management",
    "who receives the shared bilan",
    "Participants",
    "the participants and the facilitators",
};

// Cross-actor devices report to the organisations taking part, not to one management.
struct CrossActorWords {
  const char* shared_id;
  const char* shared_label;
  const char* facilitators;  // extra comment: the rule is an error there
  const char* frame;         // the frame of trust: initial_stake, voluntary, carried_by
};
constexpr CrossActorWords kFrenchCross = {
    "organisations", "Organisations partenaires",
    "# Entre plusieurs acteurs, un animateur membre de l'organisation d'un participant\n"
    "# est une erreur (facilitator-not-external).\n",
    "# Le cadre de confiance : l'enjeu qui réunit les parties (ambition : un projet commun ;\n"
    "# friction : un différend à dénouer), le volontariat des participants (sinon, écrivez\n"
    "# dans trust_measures ce que le cadre fait tant que la confiance manque) et les\n"
    "# organisations qui portent le dispositif (financement, accueil), de préférence plusieurs.\n"
    "initial_stake:\n"
    "  kind: ambition\n"
    "  text: L'enjeu qui réunit les parties, dans leurs mots.\n"
    "voluntary: true\n"
    "carried_by: []\n"};
constexpr CrossActorWords kEnglishCross = {
    "organisations", "Partner organisations",
    "# Between several actors, a facilitator from a participant's organisation is an\n"
    "# error (facilitator-not-external).\n",
    "# The frame of trust: the stake that brings the parties together (ambition: a common\n"
    "# project; friction: a dispute to untangle), whether every participant volunteers (if\n"
    "# not, write in trust_measures what the frame does while trust is lacking) and the\n"
    "# organisations that carry the device (funding, hosting), several if possible.\n"
    "initial_stake:\n"
    "  kind: ambition\n"
    "  text: The stake that brings the parties together, in their words.\n"
    "voluntary: true\n"
    "carried_by: []\n"};

// The people of the dossier's `facilitator` organisations, as "[a, b]"; "[]" when none.
std::string facilitator_ids(const model::Dossier& d, bool& found) {
  std::string out;
  found = false;
  if (d.dossier) {
    for (const auto& p : d.dossier->people) {
      if (!p.id || !p.organisation) continue;
      const model::Organisation* o = d.organisation(*p.organisation);
      if (o == nullptr || !o->kind || *o->kind != "facilitator") continue;
      out += (found ? ", " : "") + *p.id;
      found = true;
    }
  }
  return "[" + out + "]";
}

}  // namespace

std::string device_draft_text(const model::Dossier& d, const DeviceDraftInput& in) {
  const bool en = in.lang == "en";
  const DeviceWords& w = en ? kEnglish : kFrench;
  const bool cross = in.kind == "cross-actor";
  const CrossActorWords& x = en ? kEnglishCross : kFrenchCross;
  bool found = false;
  const std::string facilitators = facilitator_ids(d, found);
  std::string out = schema::modeline("device", "rex/" + in.id + "/device.yaml") + "\n";
  out += fmt::format(fmt::runtime(w.head), in.id);
  out += "id: " + in.id + "\n";
  out += fmt::format("title: {}\n", w.title);
  out += fmt::format("kind: {:<12} # {}\n", in.kind, w.kind_comment);
  out += found ? w.facilitators : w.no_facilitator;
  if (cross) out += x.facilitators;
  out += "facilitators: " + facilitators + "\n";
  out += w.participants;
  out += "participants: []\n";
  out += w.sessions;
  out += "planned_sessions: 5\nsession_minutes: 120\n";
  out += fmt::format("stories_per_session: [1, 2]          # {}\n", w.stories);
  out += "\n";
  out += w.rules_comment;
  out += "rules:\n";
  for (const char* rule : w.rules) out += fmt::format("  - {}\n", rule);
  out += "\n";
  if (cross) out += std::string(x.frame) + "\n";
  out += w.audiences;
  out += "audiences:\n";
  out += fmt::format("  - id: {}\n    label: {}\n", cross ? x.shared_id : w.shared_id, cross ? x.shared_label : w.shared_label);
  out += fmt::format("    members: []                      # {}\n    receives: shared\n", w.shared_members);
  out += fmt::format("  - id: participants\n    label: {}\n", w.group_label);
  out += fmt::format("    members: []                      # {}\n    receives: group\n", w.group_members);
  return out;
}

}  // namespace efc::rex
