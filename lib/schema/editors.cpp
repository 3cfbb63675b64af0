#include "schema/editors.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "io/filesystem.hpp"
#include "io/safe_write.hpp"
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
bool plan(const std::string& dir, const std::vector<std::string>& kinds, std::vector<Planned>& out, std::string& error) {
  const io::DiskFileSystem fs;
  for (const auto& kind : kinds) {
    const auto bytes = json_schema(kind);
    if (!bytes) {
      error = fmt::format("unknown file kind '{}'", kind);
      return false;
    }
    Planned p{io::join(dir, schema_file_name(kind)), *bytes, false};
    if (fs.type(p.path) != io::EntryType::Other) {
      const io::ReadResult existing = fs.read(p.path, kMaxSchemaBytes);
      if (!existing.ok || existing.bytes != p.bytes) {
        error = fmt::format("{} already exists with other content; efc never overwrites (remove it to refresh it)", p.path);
        return false;
      }
      p.unchanged = true;
    }
    out.push_back(std::move(p));
  }
  return true;
}

}  // namespace

std::string modeline(std::string_view kind, std::string_view file) {
  const auto depth = std::count(file.begin(), file.end(), '/');
  std::string up;
  for (long i = 0; i < depth; ++i) up += "../";
  return fmt::format("# yaml-language-server: $schema={}{}/{}", up, kDossierSchemaFolder, schema_file_name(kind));
}

bool write_schemas(const std::string& dir, const std::vector<std::string>& kinds, std::vector<SchemaFile>& done,
                   std::string& error) {
  std::vector<Planned> planned;
  if (!plan(dir, kinds, planned, error) || !io::ensure_directory(dir, error)) return false;
  for (const auto& p : planned) {
    if (!p.unchanged) {
      const io::WriteResult r = io::create_file(p.path, p.bytes);
      if (!r.ok()) {
        error = r.error;
        return false;
      }
    }
    done.push_back({p.path, p.unchanged});
  }
  return true;
}

bool write_dossier_schemas(const std::string& dossier_root, std::string& error) {
  std::vector<SchemaFile> done;
  return write_schemas(io::join(dossier_root, std::string(kDossierSchemaFolder)), kind_names(), done, error);
}

}  // namespace efc::schema
