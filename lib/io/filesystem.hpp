// The disk as the core sees it: an interface, so that tests can use memory.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "io/fd.hpp"

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

  // Writing, in folders open as descriptors: the steps io/safe_write.hpp and io/temp.hpp build
  // on. Each returns 0 or an errno; a file system that cannot write refuses with EROFS.
  // Creates `name` in `dirfd`, never replacing anything (EEXIST): a file opened for writing,
  // or a folder opened for reading, into `opened`. Links are not followed.
  virtual int create_entry(int dirfd, const std::string& name, bool folder, Fd& opened);
  virtual int write(int fd, std::string_view bytes);  // all of them
  virtual int sync(int fd);
  // Moves `from` of `from_dir` to `to` of `to_dir` in one step, never replacing anything there (EEXIST).
  virtual int move_new(int from_dir, const std::string& from, int to_dir, const std::string& to, bool folder);
  // Moves `from` of `dirfd` to `to`, replacing the file there in one step.
  virtual int replace(int dirfd, const std::string& from, const std::string& to);
  // Removes `name` of `dirfd` and, for a folder, all it holds, never following a link.
  virtual void remove(int dirfd, const std::string& name);
};

// The real disk, through POSIX calls (the writing steps are in io/temp.cpp).
class DiskFileSystem : public FileSystem {
 public:
  ReadResult read(const std::string& path, std::size_t max_bytes) const override;
  std::optional<std::vector<DirEntry>> list(const std::string& dir) const override;
  EntryType type(const std::string& path) const override;
  bool is_link(const std::string& path) const override;
  int create_entry(int dirfd, const std::string& name, bool folder, Fd& opened) override;
  int write(int fd, std::string_view bytes) override;
  int sync(int fd) override;
  int move_new(int from_dir, const std::string& from, int to_dir, const std::string& to, bool folder) override;
  int replace(int dirfd, const std::string& from, const std::string& to) override;
  void remove(int dirfd, const std::string& name) override;
};

// The disk every writer uses unless given another file system (tests inject faults so).
FileSystem& disk();

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
