#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <fmt/format.h>

#include "format/scalars.hpp"
#include "rules/checks.hpp"
#include "text/i18n.hpp"

namespace efc::rules {
namespace {

std::set<std::string> id_set(const model::Texts& texts) {
  std::set<std::string> out;
  for (const auto& t : texts) out.insert(*t);
  return out;
}

bool contains(const model::Texts& texts, const std::string& id) {
  return std::any_of(texts.begin(), texts.end(), [&](const model::Text& t) { return *t == id; });
}

void check_ids(const model::DeviceFile& f, diag::FileReport& report) {
  if (f.id && *f.id != f.folder) {
    report.error(f.id.pos, diag::Rule::IdMismatch, text::trf("device id '{}' does not match its folder '{}'", *f.id, f.folder));
  }
  if (f.planned_sessions && *f.planned_sessions > format::kMaxSessionNumber) {
    report.error(f.planned_sessions.pos, diag::Rule::BadValue,
                 text::trf("'planned_sessions' is {}, beyond {}, the last session a series holds (session files are "
                           "named 01.yaml to {}.yaml)",
                           *f.planned_sessions, format::kMaxSessionNumber, format::kMaxSessionNumber));
  }
  const auto& range = f.stories_per_session;
  if (range.size() == 2 && *range[0] > *range[1]) {
    report.error(range[0].pos, diag::Rule::BadValue,
                 text::trf("'stories_per_session' is [min, max], found [{}, {}]", *range[0], *range[1]));
  }
}

void check_facilitators(const model::Dossier& d, const model::DeviceFile& f, diag::FileReport& report) {
  const auto severity = f.kind && *f.kind == "cross-actor" ? diag::Severity::Error : diag::Severity::Warning;
  for (const auto& facilitator : f.facilitators) {
    const model::Person* fp = d.person(*facilitator);
    if (fp == nullptr || !fp->organisation) continue;
    for (const auto& participant : f.participants) {
      const model::Person* pp = d.person(*participant);
      if (pp == nullptr || !pp->organisation || *pp->organisation != *fp->organisation) continue;
      report.report(severity, facilitator.pos, diag::Rule::FacilitatorNotExternal,
                    text::trf("facilitator '{}' belongs to '{}', the organisation of participant '{}'", *facilitator,
                              *fp->organisation, *participant));
      break;
    }
  }
}

// duplicate-id: one id, one audience (else `--audience ID` could pick the group one);
// group-audience-outsider: a group bilan goes to participants and facilitators only.
void check_audiences(const model::DeviceFile& f, diag::FileReport& report) {
  std::map<std::string, diag::Pos> ids;
  for (const auto& a : f.audiences) {
    if (a.id) {
      const auto [it, inserted] = ids.emplace(*a.id, a.id.pos);
      if (!inserted) {
        report.error(
            a.id.pos, diag::Rule::DuplicateId,
            text::trf("audience id '{}' is already used at line {}, column {}", *a.id, it->second.line, it->second.column));
      }
    }
    if (!a.receives || *a.receives != "group") continue;
    // A misspelt or unreadable list of participants is reported once, not once per member.
    if (!f.keys.reliable("participants") || !f.keys.reliable("facilitators")) continue;
    for (const auto& m : a.members) {
      if (m && !contains(f.participants, *m) && !contains(f.facilitators, *m)) {
        report.error(m.pos, diag::Rule::GroupAudienceOutsider,
                     text::trf("'{}' receives the group bilan but is neither a participant nor a facilitator of the "
                               "device; make the audience 'receives: shared' or remove them",
                               *m));
      }
    }
  }
}

bool is_complete_bilan(const model::SessionFile& s) {
  return s.is_bilan() && !s.produced.empty() && !s.lessons.empty() && !s.perspectives.empty();
}

void check_plan(const model::Device& device, diag::FileReport& report) {
  const auto& f = device.file;
  if (!f.planned_sessions) return;
  const auto held = static_cast<long long>(device.sessions.size() + device.unreadable_sessions.size());
  if (held > *f.planned_sessions) {
    report.warning(f.planned_sessions.pos, diag::Rule::SessionsExceedPlan,
                   text::trf("{} sessions held, {} planned", held, *f.planned_sessions));
  }
  // An unreadable session may be the bilan: say nothing rather than something false.
  if (held >= *f.planned_sessions && device.unreadable_sessions.empty() &&
      std::none_of(device.sessions.begin(), device.sessions.end(), is_complete_bilan)) {
    report.warning(f.planned_sessions.pos, diag::Rule::BilanMissing,
                   text::trf("all {} planned sessions are held but none is a bilan with produced, lessons and perspectives",
                             *f.planned_sessions));
  }
}

void check_order(const model::Device& device, diag::Diagnostics& out) {
  const model::SessionFile* previous = nullptr;
  int expected = 1;
  for (const auto& s : device.sessions) {
    diag::FileReport report(s.path, out);
    if (s.number && *s.number > format::kMaxSessionNumber) {
      report.error(s.number.pos, diag::Rule::BadValue,
                   text::trf("session number {} is beyond {}, the last a series holds (session files are named 01.yaml "
                             "to {}.yaml); start a new device for more sessions",
                             *s.number, format::kMaxSessionNumber, format::kMaxSessionNumber));
    } else if (s.number && *s.number != s.file_number) {
      report.error(s.number.pos, diag::Rule::IdMismatch,
                   text::trf("session number {} does not match the file name {:02}.yaml", *s.number, s.file_number));
    }
    while (std::find(device.unreadable_sessions.begin(), device.unreadable_sessions.end(), expected) !=
           device.unreadable_sessions.end()) {
      ++expected;  // that file exists; its own findings were reported
    }
    if (s.file_number != expected) {
      report.error(s.keys.of("number", s.pos), diag::Rule::SessionOrder,
                   expected == 1 ? text::trf("sessions start at 01.yaml, found {:02}.yaml first", s.file_number)
                                 : text::trf("session {} is missing: sessions are numbered 1 to n without gaps", expected));
    }
    expected = s.file_number + 1;
    if (previous != nullptr && previous->date && s.date && !(*previous->date < *s.date)) {
      report.error(s.date.pos, diag::Rule::SessionOrder,
                   text::trf("session {} on {} is not after session {} on {}", s.file_number, s.date->iso(),
                             previous->file_number, previous->date->iso()));
    }
    if (s.date) previous = &s;
  }
}

void check_attendance(const model::DeviceFile& device, const model::SessionFile& s, diag::FileReport& report) {
  // A misspelt or unreadable list is reported once, where it is written, not in every session.
  if (!device.keys.reliable("participants") || !s.keys.reliable("present") || !s.keys.reliable("absent")) return;
  const auto participants = id_set(device.participants);
  const auto present = id_set(s.present);
  for (const auto& a : s.absent) {
    if (present.count(*a))
      report.error(a.pos, diag::Rule::AttendanceMismatch,
                   text::trf("{} is both present and absent", quoted_or(a, text::tr("a person"))));
  }
  for (const auto* list : {&s.present, &s.absent}) {
    std::set<std::string> seen;
    for (const auto& p : *list) {
      if (!participants.count(*p)) {
        report.error(p.pos, diag::Rule::AttendanceMismatch,
                     text::trf("{} is not a participant of the device", quoted_or(p, text::tr("a person listed here"))));
      } else if (!seen.insert(*p).second) {
        report.error(p.pos, diag::Rule::AttendanceMismatch,
                     list == &s.present ? text::trf("{} is listed twice in present", quoted_or(p, text::tr("a person")))
                                        : text::trf("{} is listed twice in absent", quoted_or(p, text::tr("a person"))));
      }
    }
  }
  std::vector<std::string> unaccounted;
  for (const auto& p : device.participants) {
    if (!contains(s.present, *p) && !contains(s.absent, *p)) unaccounted.push_back(*p);
  }
  if (!unaccounted.empty()) {
    report.error(s.keys.of("present", s.pos), diag::Rule::AttendanceMismatch,
                 text::ntrf("participant {} is neither present nor absent", "participants {} are neither present nor absent",
                            unaccounted.size(), quoted_list(unaccounted)));
  }
}

void check_stories(const model::DeviceFile& device, const model::SessionFile& s, diag::FileReport& report) {
  for (const auto& story : s.stories) {
    if (story.narrator && s.keys.reliable("present") && !contains(s.present, *story.narrator)) {
      report.error(story.narrator.pos, diag::Rule::NarratorAbsent,
                   story.narrator.sealed
                       ? text::trf("the narrator is not present at session {}", s.file_number)
                       : text::trf("narrator {} is not present at session {}", quoted_or(story.narrator, ""), s.file_number));
    }
  }
  const auto& range = device.stories_per_session;
  if (s.is_bilan() || range.size() != 2) return;
  const auto count = static_cast<long long>(s.stories.size());
  if (count < *range[0] || count > *range[1]) {
    report.warning(s.keys.of("stories", s.pos), diag::Rule::StoriesCount,
                   text::ntrf("session {} has {} story; the device plans {} to {} per session",
                              "session {} has {} stories; the device plans {} to {} per session",
                              static_cast<unsigned long>(count), s.file_number, count, *range[0], *range[1]));
  }
}

// The frame of trust the sheet asks of devices between several organisations.
void check_frame(const model::DeviceFile& f, diag::FileReport& report) {
  if (!f.kind || *f.kind != "cross-actor") return;
  if (!f.initial_stake && f.keys.reliable("initial_stake")) {
    report.warning(f.kind.pos, diag::Rule::StakeMissing,
                   text::tr("a cross-actor device starts from a stake the parties share: write it in 'initial_stake' (kind: "
                            "ambition or friction, and its text)"));
  }
  if (f.voluntary && !*f.voluntary && f.trust_measures.empty() && f.keys.reliable("trust_measures")) {
    report.warning(f.voluntary.pos, diag::Rule::TrustFrameMissing,
                   text::tr("not every participant is a volunteer, and no 'trust_measures' say what the frame does while trust "
                            "is not there yet: write them"));
  }
  if (f.carried_by.size() == 1 && f.keys.reliable("carried_by")) {
    report.warning(f.carried_by.front().pos, diag::Rule::DeviceCarriedByOne,
                   text::trf("the device is carried by '{}' alone: how can it become common to the organisations "
                             "taking part (shared funding, hosting in turn)?",
                             *f.carried_by.front()));
  }
}

}  // namespace

void check_device(const model::Dossier& d, const model::Device& device, diag::Diagnostics& out) {
  diag::FileReport report(device.file.path, out);
  check_ids(device.file, report);
  check_facilitators(d, device.file, report);
  check_audiences(device.file, report);
  check_frame(device.file, report);
  check_plan(device, report);
  check_order(device, out);
}

void check_session(const model::Device& device, const model::SessionFile& s, diag::Diagnostics& out) {
  diag::FileReport report(s.path, out);
  check_attendance(device.file, s, report);
  check_stories(device.file, s, report);
}

}  // namespace efc::rules
