// The disk as the core sees it: an interface, so that tests can use memory.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace efc::io {

enum class EntryType { File, Directory, Other };

struct DirEntry {
  std::string name;
  EntryType type;     // what a read would meet: a link to a file is a File, a link to a folder Other
  bool link = false;  // the entry itself is a symbolic link
};

struct ReadResult {
  bool ok = false;
  std::string bytes;       // at most max_bytes + 1 bytes: one more than allowed tells "too large"
  std::string error;       // why it could not be read
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Reads a regular file; never more than max_bytes + 1 bytes, never a device or a fifo.
  virtual ReadResult read(const std::string& path, std::size_t max_bytes) const = 0;
  // Entries of a folder sorted by name, or nullopt when it is not a readable folder.
  virtual std::optional<std::vector<DirEntry>> list(const std::string& dir) const = 0;
  virtual EntryType type(const std::string& path) const = 0;  // Other when absent
  // Whether `path` itself is a symbolic link (whatever it points to).
  virtual bool is_link(const std::string& /*path*/) const { return false; }
};

// The real disk, through POSIX calls.
class DiskFileSystem : public FileSystem {
 public:
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  EntryType type(const std::string& path) const override;
  bool is_link(const std::string& path) const override;
};

// Files held in memory, keyed by path with '/' separators; folders are implied.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  // A symbolic link at `path` to a folder: listed as a link of type Other, never entered.
  void add_folder_link(const std::string& path) { links_.insert(path); }
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  EntryType type(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
  std::set<std::string> links_;
};

// "a/b" + "c" = "a/b/c"; an empty or "." base gives "c".
std::string join(const std::string& base, const std::string& name);

}  // namespace efc::io
