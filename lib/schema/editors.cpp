#include "schema/editors.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "io/filesystem.hpp"
#include "io/paths.hpp"
#include "io/safe_write.hpp"
#include "io/temp.hpp"
#include "schema/json_schema.hpp"

namespace efc::schema {
namespace {

constexpr std::size_t kMaxSchemaBytes = 1u << 20;

// A schema file to write: where, and what.
struct Planned {
  std::string path;
  std::string bytes;
  bool unchanged = false;
};

// Checks every target before anything is written, so that a refusal leaves no file behind.
diag::Result<std::vector<Planned>> plan(const std::string& dir, const std::vector<std::string>& kinds) {
  const io::DiskFileSystem fs;
  std::vector<Planned> out;
  for (const auto& kind : kinds) {
    const auto bytes = json_schema(kind);
    if (!bytes) return diag::refused(fmt::format("unknown file kind '{}'", kind));
    Planned p{io::join(dir, schema_file_name(kind)), *bytes, false};
    if (fs.type(p.path) != io::EntryType::Other) {
      const io::ReadResult existing = fs.read(p.path, kMaxSchemaBytes);
      if (!existing.ok || existing.bytes != p.bytes) {
        return diag::refused(
            fmt::format("{} already exists with other content; efc never overwrites (remove it to refresh it)", p.path));
      }
      p.unchanged = true;
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string file_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// Into the existing folder open as `dirfd`: each missing file whole, through its own temporary file.
diag::Status write_into(int dirfd, const std::vector<Planned>& planned) {
  for (const auto& p : planned) {
    if (p.unchanged) continue;
    const io::WriteResult r = io::create_file_at(dirfd, file_name(p.path), p.bytes, p.path);
    if (!r.ok()) return diag::refused(r.error);
  }
  return {};
}

// A new folder `name` of `parent_fd`, built hidden and renamed into place in one step: whole or nothing.
diag::Status write_new_folder(int parent_fd, const std::string& name, const std::string& dir,
                              const std::vector<Planned>& planned) {
  return io::publish_new_folder(parent_fd, name, dir, "efc", [&](int dirfd) { return write_into(dirfd, planned); });
}

}  // namespace

std::string modeline(std::string_view kind, std::string_view file) {
  const auto depth = std::count(file.begin(), file.end(), '/');
  std::string up;
  for (long i = 0; i < depth; ++i) up += "../";
  return fmt::format("# yaml-language-server: $schema={}{}/{}", up, kDossierSchemaFolder, schema_file_name(kind));
}

diag::Result<std::vector<SchemaFile>> write_schemas(const std::string& dir, const std::vector<std::string>& kinds) {
  EFC_TRY_ASSIGN(const std::vector<Planned> planned, plan(dir, kinds));
  const std::string abs = io::absolute(dir);
  const bool exists = io::DiskFileSystem().type(abs) == io::EntryType::Directory;
  if (!exists) EFC_TRY(io::ensure_directory(io::parent(abs)));
  const io::Fd fd(::open(exists ? abs.c_str() : io::parent(abs).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.ok()) return diag::refused(fmt::format("cannot open the folder of {}: {}", dir, std::strerror(errno)));
  EFC_TRY(exists ? write_into(fd.get(), planned)
                 : write_new_folder(fd.get(), abs.substr(abs.find_last_of('/') + 1), dir, planned));
  std::vector<SchemaFile> done;
  for (const auto& p : planned) done.push_back({p.path, p.unchanged});
  return done;
}

diag::Status write_dossier_schemas(const std::string& dossier_root) {
  EFC_TRY(write_schemas(io::join(dossier_root, std::string(kDossierSchemaFolder)), kind_names()));
  return {};
}

}  // namespace efc::schema
