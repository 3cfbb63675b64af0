#include "init/init.hpp"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check/check.hpp"
#include "embed/embedded.hpp"
#include "format/scalars.hpp"
#include "io/filesystem.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "schema/editors.hpp"
#include "schema/json_schema.hpp"

namespace efc::init {
namespace {

constexpr std::string_view kFrench = R"(# Le dossier d'une mission : organisations, personnes, portage institutionnel.
# Remplacez les textes d'exemple, puis lancez efc validate. Le format est décrit
# dans FORMAT.md ; efc init --example écrit un dossier complet à imiter.
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
# Replace the sample texts, then run efc validate. The format is described in
# FORMAT.md; efc init --example writes a complete dossier to learn from.
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

// The folders between `dir` (included) and the files to create that do not exist yet.
void note_missing_folders(const std::string& dir, const std::vector<NewFile>& files, std::vector<std::string>& folders) {
  const io::DiskFileSystem fs;
  auto add = [&](const std::string& folder) {
    if (fs.type(folder) == io::EntryType::Other && std::find(folders.begin(), folders.end(), folder) == folders.end()) {
      folders.push_back(folder);
    }
  };
  for (std::string up = io::absolute(dir); fs.type(up) == io::EntryType::Other && up != "/"; up = io::parent(up)) add(up);
  for (const auto& f : files) {
    for (std::string folder = io::parent(io::absolute(io::join(dir, f.path))); folder.size() > io::absolute(dir).size();
         folder = io::parent(folder)) {
      add(folder);
    }
  }
}

void roll_back(const std::vector<std::string>& created, std::vector<std::string> folders) {
  for (const auto& path : created) ::unlink(path.c_str());
  std::sort(folders.begin(), folders.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& folder : folders) ::rmdir(folder.c_str());
}

std::string refusal(const std::string& dir, const std::vector<NewFile>& files) {
  const io::DiskFileSystem fs;
  const std::string abs = io::absolute(dir);
  const auto type = fs.type(abs);
  if (type == io::EntryType::File) return fmt::format("{} exists and is not a folder", dir);
  if (fs.type(io::join(abs, "dossier.yaml")) != io::EntryType::Other) {
    return fmt::format("{} already holds a dossier (dossier.yaml); efc init never touches an existing dossier", dir);
  }
  if (const auto root = check::find_root(fs, abs)) {  // from the nearest folder that exists
    return fmt::format("{} is inside an existing dossier ({}dossier.yaml); efc init never touches an existing dossier", dir,
                       io::as_prefix(io::relative(*root, io::absolute("."))));
  }
  for (const auto& f : files) {
    const std::string path = io::join(dir, f.path);
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {  // anything at all, a dangling symlink included
      return fmt::format("{} already exists; efc never overwrites (nothing was written)", path);
    }
  }
  return "";
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

CreateResult create_dossier(const std::string& dir, std::vector<NewFile> files) {
  CreateResult result;
  if (const std::string why = refusal(dir, files); !why.empty()) {
    result.error = why;
    return result;
  }
  std::stable_partition(files.begin(), files.end(), [](const NewFile& f) { return f.path != "dossier.yaml"; });
  std::vector<std::string> folders;
  note_missing_folders(dir, files, folders);
  for (const auto& f : files) {
    const std::string path = io::join(dir, f.path);
    std::string error;
    const auto slash = path.find_last_of('/');
    const bool made = slash == std::string::npos || io::ensure_directory(path.substr(0, slash), error);
    const io::WriteResult w = made ? io::create_file(path, f.bytes) : io::WriteResult{io::WriteStatus::Failed, error};
    if (!w.ok()) {
      roll_back(result.created, folders);
      result.created.clear();
      result.error = w.error;
      return result;
    }
    result.created.push_back(path);
  }
  result.ok = true;
  return result;
}

}  // namespace efc::init
