#include "load/layout.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "format/scalars.hpp"
#include "io/temp.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::load {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_yaml_name(std::string_view name) { return ends_with(name, ".yaml") || ends_with(name, ".yml"); }

bool hidden(const io::DirEntry& e) { return e.name.front() == '.'; }

bool folder_like(const io::DirEntry& e) { return e.type == io::EntryType::Directory || e.link; }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Files any folder may hold: git's own and documentation (README, README.md, readme.txt...).
bool known_everywhere(const io::DirEntry& e) {
  static const std::array<std::string_view, 4> kNames = {".gitkeep", ".gitignore", ".gitattributes", ".DS_Store"};
  return std::find(kNames.begin(), kNames.end(), e.name) != kNames.end() || starts_with(lower(e.name), "readme");
}

// The root is a repository too: its tools' files (hidden ones, LICENSE, Makefile...) are known.
bool known_at_root(const io::DirEntry& e) {
  static const std::array<std::string_view, 3> kNames = {"templates", "docs", "doc"};
  static const std::array<std::string_view, 9> kPrefixes = {"license", "licence", "copying", "changelog", "notice",
                                                             "authors", "contributing", "citation", "makefile"};
  if (hidden(e)) return true;
  if (std::find(kNames.begin(), kNames.end(), e.name) != kNames.end()) return true;
  const std::string name = lower(e.name);
  return std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](std::string_view p) { return starts_with(name, p); });
}

std::string suggestion(Place place, const std::string& shown);

bool known(Place place, const io::DirEntry& e) {
  if (place == Place::Written) return true;
  if (known_everywhere(e)) return true;
  // Documents rendered into the root (bilan.md) are the dossier's own: a file there is only
  // reported when its name is close to one efc reads (rex.txt, Principles.yaml).
  return place == Place::Root && (known_at_root(e) || (e.type != io::EntryType::Directory && suggestion(place, e.name).empty()));
}

// The names `place` expects, folders with a trailing '/', for "did you mean".
std::vector<std::string> expected_names(Place place) {
  switch (place) {
    case Place::Root:
      return {"dossier.yaml", "principles.yaml", "rex/", "arbitrations/", "templates/", "exercises/", "assessment.yaml"};
    case Place::Device: return {"device.yaml", "sessions/", "responses.yaml"};
    case Place::Arbitrations: return {"queue.yaml"};
    case Place::Exercises: return {};
    default: return {};
  }
}

// Whether `name` is a name `place` reads, by its form: 05.yaml in sessions/, ID.yaml in arbitrations/.
bool expected_form(Place place, const std::string& name) {
  if (!ends_with(name, ".yaml")) return false;
  const std::string stem = name.substr(0, name.size() - 5);
  if (place == Place::Sessions) {
    return stem.size() >= 2 && stem.size() <= 4 && std::all_of(stem.begin(), stem.end(), ::isdigit);
  }
  return (place == Place::Arbitrations || place == Place::Exercises) && format::is_valid_id(stem);
}

// The closest expected name to `shown` (an entry, '/' ended for a folder), or "".
std::string suggestion(Place place, const std::string& shown) {
  const std::vector<std::string> names = expected_names(place);
  const std::string folded = lower(shown);
  if (folded != shown && (expected_form(place, folded) || std::find(names.begin(), names.end(), folded) != names.end())) {
    return folded;
  }
  return text::closest(shown, names).value_or("");
}

// What `place` holds, for a message about an entry that does not belong there.
std::string_view what_it_holds(Place place) {
  switch (place) {
    case Place::Root:
      return text::tr(
          "the dossier root holds dossier.yaml, principles.yaml, assessment.yaml, rex/, arbitrations/, exercises/, "
          "templates/ and documentation");
    case Place::Rex: return text::tr("rex/ holds one folder per device, named by its id");
    case Place::Device: return text::tr("a device folder holds device.yaml, sessions/ and responses.yaml");
    case Place::Sessions: return text::tr("sessions/ holds the session files NN.yaml, and nothing below");
    case Place::Arbitrations: return text::tr("arbitrations/ holds queue.yaml and one ID.yaml per arbitration");
    case Place::Exercises: return text::tr("exercises/ holds one ID.yaml per exercise, and nothing below");
    case Place::Written: break;
  }
  return "";
}

std::string unexpected_message(Place place, const io::DirEntry& e) {
  const bool folder = e.type == io::EntryType::Directory;
  const std::string shown = folder ? e.name + "/" : e.name;
  const std::string what = folder   ? text::trf("efc does not read the folder '{}'", shown)
                           : e.link ? text::trf("efc does not read the link '{}'", shown)
                                    : text::trf("efc does not read the file '{}'", shown);
  if (const std::string s = suggestion(place, shown); !s.empty()) {
    return text::trf("{}, did you mean '{}'? Rename it, or move it out of the dossier", what, s);
  }
  return text::trf("{}: {}; move it out of the dossier", what, what_it_holds(place));
}

std::string leftover_message(const io::DirEntry& e, const std::string& path) {
  const bool folder = e.type == io::EntryType::Directory;
  return folder ? text::trf("leftover of an efc run that was interrupted (a temporary folder); remove it: {}",
                            io::removal_command(path, folder))
                : text::trf("leftover of an efc run that was interrupted (a temporary file); remove it: {}",
                            io::removal_command(path, folder));
}

}  // namespace

bool read_by_loader(Place place, const io::DirEntry& e) {
  if (hidden(e)) return false;
  const bool yaml_file = e.type == io::EntryType::File && is_yaml_name(e.name);
  switch (place) {
    case Place::Root:
      return yaml_file || ((e.name == "rex" || e.name == "arbitrations" || e.name == "exercises") && folder_like(e));
    case Place::Rex: return yaml_file || folder_like(e);
    case Place::Device: return yaml_file || (e.name == "sessions" && folder_like(e));
    case Place::Sessions:
    case Place::Arbitrations:
    case Place::Exercises: return yaml_file;
    case Place::Written: return false;
  }
  return false;
}

void account_for(Place place, const std::vector<io::DirEntry>& entries, const std::string& shown_folder,
                 diag::Diagnostics& out) {
  for (const auto& e : entries) {
    const std::string path = shown_folder + e.name;
    if (io::is_temp_name(e.name) && !e.link) {
      diag::FileReport(path, out).warning({1, 1}, diag::Rule::LeftoverTempFile, leftover_message(e, path));
    } else if (!read_by_loader(place, e) && !known(place, e)) {
      diag::FileReport(path, out).warning({1, 1}, diag::Rule::UnexpectedFile, unexpected_message(place, e));
    }
  }
}

void report_folder_link(const std::string& shown_path, diag::Diagnostics& out) {
  diag::FileReport(shown_path, out)
      .error({1, 1}, diag::Rule::FolderLink,
             text::tr("this folder is a symbolic link; efc neither reads nor writes through a folder link, so that nothing "
                      "outside the dossier is taken for it: replace the link with the folder itself"));
}

}  // namespace efc::load
