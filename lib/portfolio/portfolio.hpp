// The consultant's view over every mission (CLI.md 1.1, `efc portfolio`): where the dossiers
// of a portfolio are, one summary of each, and the calendar of every upcoming session. Every
// figure and text is read from a dossier's shared view: nothing said in a group reaches them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/portfolio.hpp"
#include "diag/diagnostic.hpp"
#include "ics/ics.hpp"
#include "io/filesystem.hpp"
#include "model/model.hpp"
#include "view/visibility.hpp"

namespace efc::portfolio {

// A folder or file named on the command line: absolute, and as the user wrote it ("" = ".").
struct Place {
  std::string path;
  std::string shown;
};

struct Located {
  std::vector<std::string> roots;  // dossier roots, sorted, each once
  std::string refusal;             // why a place holds no dossier ("" when every one does)
};

// The dossiers of `places`, found as `efc validate` finds them: a place inside a dossier stands
// for that dossier, any other folder for every dossier below it (check::find_roots_below).
// A place that does not exist, or holds no dossier, is refused: nothing is located then.
Located locate(const io::FileSystem& fs, const std::vector<Place>& places);

// One device of a dossier: sessions dated before today count as held (as in `efc status`).
struct DeviceProgress {
  std::string id, title;
  long long held = 0;
  std::optional<long long> planned{};
};

// A session dated today or later.
struct Session {
  std::string device, device_title;
  long long number = 0;
  model::Date date;
  std::optional<std::string> start{};
};

// One line of `efc portfolio status`.
struct DossierSummary {
  std::string path;              // shown: relative to the current folder, "." for it
  std::string id, title, lang;   // id and title "" when dossier.yaml gives none
  std::vector<DeviceProgress> devices;
  std::optional<Session> next{};  // the earliest upcoming session of any device
  long long upcoming = 0;         // sessions dated today or later
  long long waiting = 0;          // items gone up and still without an answer (`efc status`)
  long long open_arbitrations = 0;
  long long errors = 0, warnings = 0;  // every finding of `efc validate` on the dossier
};

// The summary of one dossier from its shared view and its findings; `path` as shown.
DossierSummary summarise(const view::DossierView& view, const diag::Diagnostics& diagnostics, const model::Date& today,
                         const std::string& path);

// Loads and checks every dossier (as `efc validate` does, `threads` at a time, 0: one per
// core) and summarises each; in the order of `dossiers`, with errors or not. `display` of each
// ref is its prefix in diagnostics ("clients/a/", "" for the current folder).
std::vector<DossierSummary> summarise_all(const io::FileSystem& fs, const std::vector<check::DossierRef>& dossiers,
                                          const model::Date& today, unsigned threads = 0);

// The calendar events of one dossier: every session dated today or later, as `efc agenda
// --format ics` makes it (same UID, summary, times and place), the mission in the description.
struct DossierEvents {
  std::string path;   // shown, as in DossierSummary
  std::string id;     // "" when dossier.yaml gives none
  long long errors = 0;  // errors in the files read: dossier.yaml and rex/
  std::vector<ics::Event> events;
};

// Reads dossier.yaml and rex/ of each dossier (nothing else: no rule needs more), in parallel.
std::vector<DossierEvents> upcoming_all(const io::FileSystem& fs, const std::vector<check::DossierRef>& dossiers,
                                        const model::Date& today, unsigned threads = 0);

// The events a calendar may hold, sorted by date, start, then UID, and why the others are
// left out, one message per dossier: errors in its files (fail closed, as `efc agenda`), no
// id (its UIDs would change once it has one), or an id another dossier already uses (two
// events would share a UID). The calendar is complete when `left_out` is empty.
struct Merged {
  std::vector<ics::Event> events;
  std::vector<std::string> left_out;
};
Merged merge_events(const std::vector<DossierEvents>& dossiers);

// The language of a portfolio's documents: the one every dossier uses, else French.
std::string common_lang(const std::vector<DossierSummary>& dossiers);

}  // namespace efc::portfolio
