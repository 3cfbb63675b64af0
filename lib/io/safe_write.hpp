// Writing files the safe way: never overwrite, never leave a partial file, never write
// through a folder link inside a dossier.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/result.hpp"
#include "io/fd.hpp"
#include "io/filesystem.hpp"

namespace efc::io {

enum class WriteStatus { Written, Exists, Changed, Failed };

struct WriteResult {
  WriteStatus status = WriteStatus::Failed;
  std::string error;  // for Failed: what went wrong, naming the path
  bool ok() const { return status == WriteStatus::Written; }
};

// Creates the file `name` in the folder open as `dirfd`, holding `bytes`: writes a locked
// temporary file (io/temp.hpp) in the same folder, fsyncs it, then renames it to `name`, which
// fails if anything (a file, a symlink) is already there. Leftovers of killed runs older than a
// minute are cleared first. `shown` names the file in messages. Every step goes through `fs`;
// whichever fails, no file and no temporary file are left.
WriteResult create_file_at(int dirfd, const std::string& name, std::string_view bytes, const std::string& shown,
                           FileSystem& fs = disk());

// Replaces the regular file `name` of `dirfd` with `bytes`, in one step (a temporary file
// renamed over it), only if it still holds `expected` when the rename comes: Changed when it
// does not (someone wrote it meanwhile: read it again), Failed when it is a link or unreadable.
// For commands that add to a file and keep every byte already there.
WriteResult extend_file_at(int dirfd, const std::string& name, std::string_view expected, std::string_view bytes,
                           const std::string& shown, FileSystem& fs = disk());

// The bytes of the regular file `name` of `dirfd` (never through a link), or nullopt with
// `error` set; `missing` tells that it does not exist.
std::optional<std::string> read_file_at(int dirfd, const std::string& name, std::size_t max_bytes, bool& missing,
                                        std::string& error);

// create_file_at in the folder holding `path` (opened as the path says: the user chose it).
WriteResult create_file(const std::string& path, std::string_view bytes);

// A folder of a dossier opened for writing, or why not.
struct OpenedFolder {
  Fd fd;
  std::string error;  // when !fd.ok(): names the component in the way, as `shown_root` + path
};

// Opens `rel` ('/'-separated, "" for `root` itself) below the folder `root`, one component at a
// time with O_NOFOLLOW, creating missing ones (mode 0777 & umask) when `create`. A component
// that is a symbolic link is refused, so that a planted link cannot take a write out of the
// dossier. `shown_root` prefixes paths in messages ("", "../").
OpenedFolder open_below(const std::string& root, const std::string& rel, bool create, const std::string& shown_root);

// open_below from the folder open as `dirfd` (borrowed).
OpenedFolder open_below_at(int dirfd, const std::string& rel, bool create, const std::string& shown_root);

// Creates `path` and its missing parents (mode 0777 & umask), or says why not (exit 3).
diag::Status ensure_directory(const std::string& path);

}  // namespace efc::io
