#include "init/init.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check/check.hpp"
#include "embed/embedded.hpp"
#include "format/scalars.hpp"
#include "io/filesystem.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "io/temp.hpp"
#include "schema/editors.hpp"
#include "schema/json_schema.hpp"

namespace efc::init {
namespace {

constexpr std::string_view kFrench = R"(# Le dossier d'une mission : organisations, personnes, portage institutionnel.
# Remplacez les textes d'exemple, puis lancez efc validate. Chaque clé est décrite dans
# format.md (installé dans share/doc/efc/) ; efc init --example écrit un dossier à imiter.
efc: 1
id: {id}
title: Titre de la mission
lang: fr

organisations:
  - id: client
    name: L'organisation accompagnée
    kind: public                  # public | company | association | citizens | facilitator
  - id: cabinet
    name: Le cabinet qui anime les dispositifs
    kind: facilitator

people:
  - id: direction
    name: La personne qui porte la démarche
    organisation: client
    role: direction
  - id: animation
    name: La personne qui anime
    organisation: cabinet
    role: animation

# Le portage institutionnel : des principes discutés et validés par la direction
# et les élus, qui se portent garants de la démarche. Tant qu'il manque, efc validate
# le signale.
# backing:
#   statement: ...
#   validated_by: [direction]
#   date: 2025-01-15

# Ensuite :
#   rex/ID/device.yaml          un dispositif de REX (son cadre, ses participants)
#   efc rex new ID              écrit la séance suivante, pré-remplie
#   efc agenda ID               l'ordre du jour de la prochaine séance
#   efc status                  où en est le dossier
)";

constexpr std::string_view kEnglish = R"(# The dossier of a mission: organisations, people, institutional backing.
# Replace the sample texts, then run efc validate. Every key is described in format.md
# (installed in share/doc/efc/); efc init --example writes a complete dossier to learn from.
efc: 1
id: {id}
title: Title of the mission
lang: en

organisations:
  - id: client
    name: The organisation supported
    kind: public                  # public | company | association | citizens | facilitator
  - id: cabinet
    name: The firm that facilitates the devices
    kind: facilitator

people:
  - id: management
    name: The person who backs the approach
    organisation: client
    role: management
  - id: facilitator
    name: The person who facilitates
    organisation: cabinet
    role: facilitation

# Institutional backing: principles discussed and validated by management and
# elected officials, who vouch for the approach. efc validate warns while it is missing.
# backing:
#   statement: ...
#   validated_by: [management]
#   date: 2025-01-15

# Then:
#   rex/ID/device.yaml          a REX device (its frame, its participants)
#   efc rex new ID              writes the next session, pre-filled
#   efc agenda ID               the agenda of the next session
#   efc status                  where the dossier stands
)";

std::string base_name(const std::string& dir) {
  const std::string abs = io::absolute(dir);
  return abs.substr(abs.find_last_of('/') + 1);
}

// The folders from `dir` up that do not exist yet, deepest first: removed again when init fails.
std::vector<std::string> missing_folders(const std::string& dir) {
  const io::DiskFileSystem fs;
  std::vector<std::string> folders;
  for (std::string up = io::absolute(dir); up != "/" && fs.type(up) == io::EntryType::Other; up = io::parent(up)) {
    folders.push_back(up);
  }
  return folders;
}

void remove_empty(const std::vector<std::string>& folders) {
  for (const auto& folder : folders) ::rmdir(folder.c_str());
}

// The first component of each file's path, each once ("rex", ".efc", "dossier.yaml").
std::vector<std::string> top_entries(const std::vector<NewFile>& files) {
  std::vector<std::string> tops;
  for (const auto& f : files) {
    std::string top = f.path.substr(0, f.path.find('/'));
    if (std::find(tops.begin(), tops.end(), top) == tops.end()) tops.push_back(std::move(top));
  }
  return tops;
}

// Why an entry already at `path` stops init from putting its own there, or "".
std::string in_the_way(const std::string& path, bool want_folder) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return "";
  if (S_ISLNK(st.st_mode)) return fmt::format("{} is a symbolic link; efc never writes through a link (nothing was written)", path);
  if (want_folder && !S_ISDIR(st.st_mode)) return fmt::format("{} exists and is not a folder", path);
  return fmt::format("{} already exists; efc never overwrites (nothing was written)", path);
}

diag::Status refusal(const std::string& dir, const std::vector<NewFile>& files) {
  const io::DiskFileSystem fs;
  const std::string abs = io::absolute(dir);
  const auto type = fs.type(abs);
  if (type == io::EntryType::File) return diag::refused(fmt::format("{} exists and is not a folder", dir));
  if (fs.type(io::join(abs, "dossier.yaml")) != io::EntryType::Other) {
    return diag::refused(
        fmt::format("{} already holds a dossier (dossier.yaml); efc init never touches an existing dossier", dir));
  }
  if (const auto root = check::find_root(fs, abs)) {  // from the nearest folder that exists
    return diag::refused(
        fmt::format("{} is inside an existing dossier ({}dossier.yaml); efc init never touches an existing dossier", dir,
                    io::as_prefix(io::relative(*root, io::absolute(".")))));
  }
  for (const auto& f : files) {
    const std::string path = io::join(dir, f.path);
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {  // anything at all, a dangling symlink included
      return diag::refused(fmt::format("{} already exists; efc never overwrites (nothing was written)", path));
    }
  }
  for (const auto& top : top_entries(files)) {  // each is put in place by one rename
    const bool folder = std::any_of(files.begin(), files.end(), [&](const NewFile& f) { return f.path.rfind(top + "/", 0) == 0; });
    if (std::string why = in_the_way(io::join(dir, top), folder); !why.empty()) return diag::refused(why);
  }
  return {};
}

// Writes `files` into the folder open as `dirfd`, which nobody else sees yet; `shown` is the dossier's folder.
diag::Status write_all(int dirfd, const std::string& shown, const std::vector<NewFile>& files, io::FileSystem& fs) {
  for (const auto& f : files) {
    const auto slash = f.path.find_last_of('/');
    const std::string sub = slash == std::string::npos ? "" : f.path.substr(0, slash);
    const io::OpenedFolder folder = io::open_below_at(dirfd, sub, true, io::join(shown, ""));
    if (!folder.fd.ok()) return diag::refused(folder.error);
    const std::string name = f.path.substr(slash == std::string::npos ? 0 : slash + 1);
    const io::WriteResult w = io::create_file_at(folder.fd.get(), name, f.bytes, io::join(shown, f.path), fs);
    if (!w.ok()) return diag::refused(w.error);
  }
  return {};
}

// Builds the dossier in a hidden folder of `parent_fd` and renames it to `name` in one step.
diag::Status build_new_folder(int parent_fd, const std::string& name, const std::string& dir, const std::vector<NewFile>& files,
                              io::FileSystem& fs) {
  return io::publish_new_folder(
      parent_fd, name, dir, "efc init", [&](int dirfd) { return write_all(dirfd, dir, files, fs); }, fs);
}

// Builds the dossier in a hidden folder of the existing folder `dir_fd`, then renames each of its
// entries into place, dossier.yaml last: until then, the folder is not a dossier.
diag::Status build_in_folder(int dir_fd, const std::string& dir, const std::vector<NewFile>& files, io::FileSystem& fs) {
  io::clear_leftovers(dir_fd, "dossier");
  auto staged = io::TempEntry::create(dir_fd, "dossier", io::TempEntry::Kind::Folder, fs);
  if (!staged) return diag::refused(fmt::format("cannot create a folder in {}: {}", dir, staged.failure().message));
  EFC_TRY(write_all(staged->fd(), dir, files, fs));
  fs.sync(staged->fd());
  for (const auto& top : top_entries(files)) {  // dossier.yaml is the last file, so the last entry
    const bool folder =
        std::any_of(files.begin(), files.end(), [&](const NewFile& f) { return f.path.rfind(top + "/", 0) == 0; });
    const int err = fs.move_new(staged->fd(), top, dir_fd, top, folder);
    if (err != 0) return diag::refused(fmt::format("cannot create {}: {}", io::join(dir, top), std::strerror(err)));
  }
  fs.sync(dir_fd);
  return {};
}

}  // namespace

std::vector<NewFile> skeleton(std::string_view lang, std::string_view id) {
  const std::string_view text = lang == "en" ? kEnglish : kFrench;
  std::string bytes = schema::modeline("dossier", "dossier.yaml") + "\n" + std::string(text);
  bytes.replace(bytes.find("{id}"), 4, id);
  return {{"dossier.yaml", std::move(bytes)}};
}

std::vector<NewFile> example() {
  std::vector<NewFile> files;
  for (const auto& f : embed::example()) files.push_back({std::string(f.path), std::string(f.bytes)});
  return files;
}

std::vector<NewFile> schemas() {
  std::vector<NewFile> files;
  for (const auto& kind : schema::kind_names()) {
    files.push_back({std::string(schema::kDossierSchemaFolder) + "/" + schema::schema_file_name(kind), *schema::json_schema(kind)});
  }
  return files;
}

std::string default_id(const std::string& dir) {
  const std::string name = base_name(dir);
  return format::is_valid_id(name) ? name : "mission";
}

diag::Result<std::vector<std::string>> create_dossier(const std::string& dir, std::vector<NewFile> files, io::FileSystem& fs) {
  EFC_TRY(refusal(dir, files));
  std::stable_partition(files.begin(), files.end(), [](const NewFile& f) { return f.path != "dossier.yaml"; });
  const std::string abs = io::absolute(dir);
  const std::vector<std::string> created_folders = missing_folders(io::parent(abs));
  EFC_TRY(io::ensure_directory(io::parent(abs)));
  const bool exists = io::DiskFileSystem().type(abs) == io::EntryType::Directory;
  const io::Fd fd(::open(exists ? abs.c_str() : io::parent(abs).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  const diag::Status built = !fd.ok() ? diag::refused(fmt::format("cannot open the folder of {}: {}", dir, std::strerror(errno)))
                             : exists ? build_in_folder(fd.get(), dir, files, fs)
                                      : build_new_folder(fd.get(), base_name(abs), dir, files, fs);
  if (!built) {
    remove_empty(created_folders);
    return built.failure();
  }
  std::vector<std::string> created;
  for (const auto& f : files) created.push_back(io::join(dir, f.path));
  return created;
}

}  // namespace efc::init
