#include "load/loader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "format/kinds.hpp"
#include "format/scalars.hpp"
#include "load/file.hpp"
#include "io/paths.hpp"
#include "load/layout.hpp"
#include "text/spell.hpp"
#include "text/i18n.hpp"

namespace efc::load {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_yaml_name(const std::string& name) { return ends_with(name, ".yaml") || ends_with(name, ".yml"); }

std::string stem(const std::string& name) { return name.substr(0, name.rfind('.')); }

// Session files are NN.yaml: two digits or more, giving the session number.
std::optional<int> session_file_number(const std::string& name) {
  if (!ends_with(name, ".yaml")) return std::nullopt;
  const std::string digits = stem(name);
  if (digits.size() < 2 || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), ::isdigit)) return std::nullopt;
  return std::stoi(digits);
}

// Walks the layout of FORMAT.md; one instance per dossier load.
class DossierLoader {
 public:
  DossierLoader(const io::FileSystem& fs, std::string root, std::string display, Scope scope)
      : fs_(fs), root_(std::move(root)), display_(std::move(display)), scope_(std::move(scope)) {}

  Loaded run() {
    out_.dossier.root = root_;
    const bool rex = check_root_entries();
    out_.dossier.dossier = load<model::DossierFile>("dossier.yaml", format::dossier_record());
    const auto* keys = out_.dossier.dossier ? &out_.dossier.dossier->keys : nullptr;
    unreadable_unless(keys, "people", format::RefTarget::Person);
    unreadable_unless(keys, "organisations", format::RefTarget::Organisation);
    if (out_.dossier.dossier) keep_names(*out_.dossier.dossier);
    if (!scope_.principles) out_.refs.unreadable.push_back(format::RefTarget::Principle);
    if (!scope_.arbitrations) out_.refs.unreadable.push_back(format::RefTarget::Request);
    if (scope_.principles && listed("", "principles.yaml")) {
      out_.dossier.principles = load<model::PrinciplesFile>("principles.yaml", format::principles_record());
      unreadable_unless(out_.dossier.principles ? &out_.dossier.principles->keys : nullptr, "principles",
                        format::RefTarget::Principle);
    }
    if (rex) load_devices();
    if (scope_.arbitrations && real_folder("", "arbitrations")) load_arbitrations();
    if (scope_.management && real_folder("", "exercises")) load_exercises();
    if (reads_everything() && listed("", "assessment.yaml")) {
      out_.dossier.assessment = load<model::AssessmentFile>("assessment.yaml", format::assessment_record());
    }
    std::sort(out_.dossier.entries.begin(), out_.dossier.entries.end());
    account_for(Place::Written, entries(".efc"), display_ + ".efc/", out_.diagnostics);
    account_for(Place::Written, entries(".efc/schemas"), display_ + ".efc/schemas/", out_.diagnostics);
    return std::move(out_);
  }

 private:
  template <class T>
  std::optional<T> load(const std::string& rel, const format::Record<T>& spec) {
    diag::FileReport report(display_ + rel, out_.diagnostics);
    format::LoadContext ctx(report, out_.refs);
    return load_file(fs_, io::join(root_, rel), spec, ctx);
  }

  // The ids of `target` are defined under `key` of a file whose `keys` were read (nullptr: the
  // file could not be loaded). When that list is absent or not read whole (already reported),
  // references to them are not checked: one fault, not one unknown-ref per mention.
  void unreadable_unless(const model::KeyPositions* keys, std::string_view key, format::RefTarget target) {
    if (keys == nullptr || !keys->read_whole(key)) out_.refs.unreadable.push_back(target);
  }

  // The names of people and organisations, so that a name written as a ref gets its id suggested.
  void keep_names(const model::DossierFile& f) {
    for (const auto& p : f.people) {
      if (p.id && p.name) out_.refs.names.push_back({format::RefTarget::Person, *p.id, model::shown_name(p)});
    }
    for (const auto& o : f.organisations) {
      if (o.id && o.name) out_.refs.names.push_back({format::RefTarget::Organisation, *o.id, *o.name});
    }
  }

  // Whether `folder` lists `name` as a file (a broken link too: loading it reports it).
  bool listed(const std::string& folder, const std::string& name) const {
    const auto list = entries(folder);
    return std::any_of(list.begin(), list.end(),
                       [&](const io::DirEntry& e) { return e.name == name && e.type == io::EntryType::File; });
  }

  // A folder's entries. A YAML-named entry that is neither a file nor a folder (a broken
  // link, a fifo) is listed as a file, so that reading it says why instead of skipping it.
  std::vector<io::DirEntry> entries(const std::string& rel) const {
    auto list = fs_.list(io::join(root_, rel)).value_or(std::vector<io::DirEntry>{});
    for (auto& e : list) {
      if (e.type == io::EntryType::Other && is_yaml_name(e.name)) e.type = io::EntryType::File;
    }
    return list;
  }

  void file_error(const std::string& rel, diag::Rule rule, std::string message) {
    diag::FileReport(display_ + rel, out_.diagnostics).error({1, 1}, rule, std::move(message));
  }

  // Whether `folder`/`name` is a folder to read: absent is fine (false), a link is an error.
  bool real_folder(const std::string& folder, const std::string& name) {
    for (const auto& e : entries(folder)) {
      if (e.name != name) continue;
      if (e.link) report_folder_link(display_ + io::as_prefix(folder) + name, out_.diagnostics);
      return e.type == io::EntryType::Directory && !e.link;
    }
    return false;
  }

  // YAML files at the root that are not part of the layout are typos, not data to skip; other
  // entries are accounted for (load/layout.hpp). Returns whether rex/ is a folder to read.
  bool check_root_entries() {
    static const std::vector<std::string> kRootFiles = {"dossier.yaml", "principles.yaml", "assessment.yaml"};
    const auto list = entries("");
    remember("", list);
    account_for(Place::Root, list, display_, out_.diagnostics);
    for (const auto& e : list) {
      if (!read_by_loader(Place::Root, e) || e.type != io::EntryType::File) continue;
      if (std::find(kRootFiles.begin(), kRootFiles.end(), e.name) != kRootFiles.end()) continue;
      file_error(e.name, diag::Rule::UnknownKey,
                 text::trf("unknown file '{}' at the dossier root{}", e.name, text::did_you_mean(e.name, kRootFiles)));
    }
    return real_folder("", "rex");
  }

  // The self-assessment's rules read every file (evidence paths, sessions): it is loaded only then.
  bool reads_everything() const { return scope_.all_devices && scope_.principles && scope_.arbitrations && scope_.management; }

  // Keeps the names of `list`, the entries of `folder`, as paths relative to the root.
  void remember(const std::string& folder, const std::vector<io::DirEntry>& list) {
    for (const auto& e : list) out_.dossier.entries.push_back(io::as_prefix(folder) + e.name);
  }

  void load_exercises() {
    const auto list = entries("exercises");
    remember("exercises", list);
    account_for(Place::Exercises, list, display_ + "exercises/", out_.diagnostics);
    for (const auto& e : list) {
      if (!read_by_loader(Place::Exercises, e)) continue;
      const std::string rel = "exercises/" + e.name;
      if (!ends_with(e.name, ".yaml")) {
        file_error(rel, diag::Rule::IdMismatch, text::tr("exercise files end in .yaml"));
      } else if (!format::is_valid_id(stem(e.name))) {
        file_error(rel, diag::Rule::IdMismatch, text::trf("file name '{}' is not a valid id (a-z, 0-9 and '-')", stem(e.name)));
      } else if (auto x = load<model::ExerciseFile>(rel, format::exercise_record())) {
        x->file_id = stem(e.name);
        out_.dossier.exercises.push_back(std::move(*x));
      }
    }
  }

  void load_devices() {
    const auto list = entries("rex");
    remember("rex", list);
    account_for(Place::Rex, list, display_ + "rex/", out_.diagnostics);
    for (const auto& e : list) {
      if (!read_by_loader(Place::Rex, e) || (!scope_.all_devices && e.name != scope_.device)) continue;
      const std::string folder = "rex/" + e.name;
      if (e.link) {
        report_folder_link(display_ + folder, out_.diagnostics);
        continue;
      }
      if (e.type != io::EntryType::Directory) {
        file_error(folder, diag::Rule::IdMismatch, text::tr("a REX device is a folder rex/<device>/ holding device.yaml"));
        continue;
      }
      load_device(e.name, folder);
    }
  }

  void load_device(const std::string& name, const std::string& folder) {
    if (!format::is_valid_id(name)) {
      file_error(folder + "/device.yaml", diag::Rule::IdMismatch,
                 text::trf("device folder '{}' is not a valid id (a-z, 0-9 and '-')", name));
      return;
    }
    if (!listed(folder, "device.yaml")) {
      file_error(folder + "/device.yaml", diag::Rule::MissingKey, text::trf("device folder '{}' has no device.yaml", name));
      return;
    }
    auto file = load<model::DeviceFile>(folder + "/device.yaml", format::device_record());
    model::Device device{file ? std::move(*file) : model::DeviceFile{}, {}, {}};
    device.file.folder = name;
    check_device_folder(folder);
    // Sessions are read even when device.yaml is unusable, for their own findings;
    // the rules need the device, so it is only kept when its file loaded.
    if (real_folder(folder, "sessions")) {
      load_sessions(folder + "/sessions", device);
    } else {
      const auto list = entries(folder);
      device.sessions_unread = std::any_of(list.begin(), list.end(), [](const io::DirEntry& e) { return e.name == "sessions"; });
    }
    if (listed(folder, "responses.yaml")) {
      device.responses = load<model::ResponsesFile>(folder + "/responses.yaml", format::responses_record());
      device.responses_unreadable = !device.responses;
    }
    if (file) out_.dossier.devices.push_back(std::move(device));
  }

  void check_device_folder(const std::string& folder) {
    const auto list = entries(folder);
    remember(folder, list);
    account_for(Place::Device, list, display_ + folder + "/", out_.diagnostics);
    for (const auto& e : list) {
      if (read_by_loader(Place::Device, e) && e.type == io::EntryType::File && e.name != "device.yaml" &&
          e.name != "responses.yaml") {
        file_error(folder + "/" + e.name, diag::Rule::IdMismatch,
                   text::tr("unexpected file: a device folder holds device.yaml, responses.yaml and sessions/NN.yaml"));
      }
    }
  }

  void load_sessions(const std::string& folder, model::Device& device) {
    const auto list = entries(folder);
    remember(folder, list);
    account_for(Place::Sessions, list, display_ + folder + "/", out_.diagnostics);
    for (const auto& e : list) {
      if (!read_by_loader(Place::Sessions, e)) continue;
      const auto number = session_file_number(e.name);
      if (!number) {
        file_error(folder + "/" + e.name, diag::Rule::IdMismatch,
                   text::tr("session files are named NN.yaml (01.yaml, 02.yaml...)"));
        continue;
      }
      auto session = load<model::SessionFile>(folder + "/" + e.name, format::session_record());
      if (!session) {
        device.unreadable_sessions.push_back(*number);
        add_id_like_words(folder + "/" + e.name, device.words_of_unreadable_sessions);
        continue;
      }
      session->file_number = *number;
      device.sessions.push_back(std::move(*session));
    }
    std::sort(device.sessions.begin(), device.sessions.end(),
              [](const model::SessionFile& a, const model::SessionFile& b) { return a.file_number < b.file_number; });
  }

  // Every word of a file that could be an id ([a-z0-9-]+), whatever else the bytes hold.
  void add_id_like_words(const std::string& rel, std::vector<std::string>& out) const {
    const io::ReadResult read = fs_.read(io::join(root_, rel), yaml::Limits{}.max_bytes);
    if (!read.ok) return;
    std::string word;
    for (const char c : read.bytes + ' ') {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        word += c;
      } else if (!word.empty()) {
        out.push_back(std::move(word));
        word.clear();
      }
    }
  }

  void load_arbitrations() {
    const auto list = entries("arbitrations");
    remember("arbitrations", list);
    account_for(Place::Arbitrations, list, display_ + "arbitrations/", out_.diagnostics);
    for (const auto& e : list) {
      if (!read_by_loader(Place::Arbitrations, e)) continue;
      const std::string rel = "arbitrations/" + e.name;
      if (e.name == "queue.yaml") {
        out_.dossier.queue = load<model::QueueFile>(rel, format::queue_record());
        unreadable_unless(out_.dossier.queue ? &out_.dossier.queue->keys : nullptr, "requests", format::RefTarget::Request);
      } else if (!ends_with(e.name, ".yaml")) {
        file_error(rel, diag::Rule::IdMismatch, text::tr("arbitration files end in .yaml"));
      } else if (!format::is_valid_id(stem(e.name))) {
        file_error(rel, diag::Rule::IdMismatch, text::trf("file name '{}' is not a valid id (a-z, 0-9 and '-')", stem(e.name)));
      } else if (auto a = load<model::ArbitrationFile>(rel, format::arbitration_record())) {
        a->file_id = stem(e.name);
        out_.dossier.arbitrations.push_back(std::move(*a));
      }
    }
  }

  const io::FileSystem& fs_;
  std::string root_;
  std::string display_;
  Scope scope_;
  Loaded out_;
};

}  // namespace

Loaded load_dossier(const io::FileSystem& fs, const std::string& root, const std::string& display, const Scope& scope) {
  return DossierLoader(fs, root, display, scope).run();
}

std::optional<std::size_t> count_responses(const std::string& bytes) {
  io::MemoryFileSystem fs;
  fs.add("responses.yaml", bytes);
  diag::Diagnostics findings;
  diag::FileReport report("responses.yaml", findings);
  format::RefTable refs;
  format::LoadContext ctx(report, refs);
  const auto file = load_file(fs, "responses.yaml", format::responses_record(), ctx);
  if (!file) return std::nullopt;
  return file->responses.size();
}

}  // namespace efc::load
