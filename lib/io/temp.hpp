// Temporary files and folders of efc: named so that efc recognises them, locked while in use,
// removed when a run ends without putting them in place, cleared by a later run when left by a kill.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/result.hpp"
#include "io/fd.hpp"
#include "io/filesystem.hpp"

namespace efc::io {

// Age beyond which an unlocked temporary entry is taken for the debris of a killed run.
inline constexpr long kLeftoverSeconds = 60;

// Whether `entry` (a name, no '/') is a temporary entry of efc: ".NAME.efc-tmp-XXXXXX", or
// ".NAME.efc-XXXXXX" as efc named them before. `for_name`, when set, must be NAME.
bool is_temp_name(std::string_view entry, std::string_view for_name = {});

// The shell command that removes the leftover at `path` ("rm -r -- '.demo.efc-tmp-a1B2c3'").
std::string removal_command(const std::string& path, bool folder);

// Removes, from the folder open as `dirfd`, the temporary entries of efc (only those for
// `for_name` when set) older than kLeftoverSeconds and not locked by a running efc. Returns
// the names removed. Nothing it cannot remove is an error: the next run tries again.
std::vector<std::string> clear_leftovers(int dirfd, std::string_view for_name = {});

// Moves `from` to `to` (both in `dirfd`s) in one step, never replacing anything at `to`:
// renameat2(RENAME_NOREPLACE); where the file system lacks it, an lstat then rename(2) (which
// never replaces a folder that holds anything). 0 or an errno (EEXIST when `to` is taken).
int rename_noreplace(int from_dir, const std::string& from, int to_dir, const std::string& to);

// A temporary file or folder ".TARGET.efc-tmp-XXXXXX" in a folder, holding an exclusive flock
// for as long as it lives, so that clear_leftovers spares it. Removed on destruction unless it
// was put in place. The folder's descriptor and `fs` are borrowed: they must outlive this object.
class TempEntry {
 public:
  enum class Kind { File, Folder };
  // The entry, created through `fs`, or why not (the errno text, exit 3).
  static diag::Result<TempEntry> create(int dirfd, const std::string& target, Kind kind, FileSystem& fs = disk());
  TempEntry(TempEntry&& other) noexcept;
  TempEntry& operator=(TempEntry&&) = delete;
  TempEntry(const TempEntry&) = delete;
  ~TempEntry();

  int fd() const { return fd_.get(); }  // the file, open for writing, or the folder
  const std::string& name() const { return name_; }
  // Renames it to its target (rename_noreplace); 0 or an errno. Afterwards it is no longer removed.
  int put_in_place();
  // Renames it to its target, replacing the file there (rename(2)); 0 or an errno. For
  // extend_file_at only, which checks first that the target is what the caller read.
  int replace_target();

 private:
  TempEntry(FileSystem& fs, int dirfd, std::string name, std::string target, Kind kind, Fd fd);
  FileSystem* fs_;
  int dirfd_;
  std::string name_;
  std::string target_;
  Kind kind_;
  Fd fd_;
  bool placed_ = false;
};

// Creates the folder `name` of `parent_fd` whole or not at all: clears old leftovers, builds it
// hidden, lets `fill(dirfd)` write into it, then renames it into place in one step; on any
// failure nothing is left. `shown` names the folder in errors; `command` ("efc init") the one that ran.
diag::Status publish_new_folder(int parent_fd, const std::string& name, const std::string& shown, std::string_view command,
                                const std::function<diag::Status(int dirfd)>& fill, FileSystem& fs = disk());

// Removes the entry `name` of `dirfd` and, for a folder, all it holds, never following a link.
void remove_tree_at(int dirfd, const std::string& name);

}  // namespace efc::io
