#include "io/safe_write.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "io/filesystem.hpp"
#include "io/paths.hpp"
#include "io/temp.hpp"

namespace efc::io {
namespace {

WriteResult failed(const std::string& path, std::string_view what) {
  return {WriteStatus::Failed, fmt::format("cannot write {}: {}", path, what)};
}

// The component `name` of `dirfd` opened as a folder, never through a link; created when
// missing and `create`. -1 with errno set (ELOOP or ENOTDIR for a link).
int open_component(int dirfd, const std::string& name, bool create) {
  const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW;
  int fd = ::openat(dirfd, name.c_str(), flags);
  if (fd < 0 && errno == ENOENT && create) {
    if (::mkdirat(dirfd, name.c_str(), 0777) != 0 && errno != EEXIST) return -1;
    fd = ::openat(dirfd, name.c_str(), flags);
  }
  return fd;
}

// Why the component `name` of `dirfd` could not be opened as a folder; `err` is open's errno.
std::string component_error(int dirfd, const std::string& name, const std::string& shown, int err) {
  struct stat st {};
  if (::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
    if (S_ISLNK(st.st_mode)) {
      return fmt::format("{} is a symbolic link; efc never writes through a folder link (make it a real folder)", shown);
    }
    if (!S_ISDIR(st.st_mode)) return fmt::format("{} exists and is not a folder", shown);
  }
  return fmt::format("cannot open folder {}: {}", shown, std::strerror(err));
}

// `bytes` written and synced in a new temporary file beside `name` (old leftovers cleared
// first); nullopt with `failure` set when that could not be done.
std::optional<TempEntry> staged(int dirfd, const std::string& name, std::string_view bytes, const std::string& shown,
                                FileSystem& fs, WriteResult& failure) {
  clear_leftovers(dirfd);
  auto temp = TempEntry::create(dirfd, name, TempEntry::Kind::File, fs);
  if (!temp) {
    failure = failed(shown, temp.failure().message);
    return std::nullopt;
  }
  int err = fs.write(temp->fd(), bytes);
  if (err == 0) err = fs.sync(temp->fd());
  if (err != 0) {
    failure = failed(shown, std::strerror(err));
    return std::nullopt;
  }
  return std::move(*temp);
}

}  // namespace

WriteResult create_file_at(int dirfd, const std::string& name, std::string_view bytes, const std::string& shown, FileSystem& fs) {
  WriteResult failure;
  auto temp = staged(dirfd, name, bytes, shown, fs, failure);
  if (!temp) return failure;
  const int err = temp->put_in_place();
  if (err == EEXIST) return {WriteStatus::Exists, fmt::format("{} already exists; efc never overwrites", shown)};
  if (err != 0) return failed(shown, std::strerror(err));
  fs.sync(dirfd);  // the new name: best effort, the file is whole whatever happens
  return {WriteStatus::Written, ""};
}

std::optional<std::string> read_file_at(int dirfd, const std::string& name, std::size_t max_bytes, bool& missing,
                                        std::string& error) {
  missing = false;
  const Fd fd(::openat(dirfd, name.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (!fd.ok()) {
    missing = errno == ENOENT;
    error = errno == ELOOP ? "it is a symbolic link; efc never writes through a link" : std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
    error = "it is not a regular file";
    return std::nullopt;
  }
  std::string bytes;
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes) {
      error = fmt::format("it is larger than {} bytes", max_bytes);
      return std::nullopt;
    }
  }
}

WriteResult extend_file_at(int dirfd, const std::string& name, std::string_view expected, std::string_view bytes,
                           const std::string& shown, FileSystem& fs) {
  WriteResult failure;
  auto temp = staged(dirfd, name, bytes, shown, fs, failure);
  if (!temp) return failure;
  std::string error;
  bool missing = false;
  const auto now = read_file_at(dirfd, name, expected.size() + (4u << 20), missing, error);
  if (!now && !missing) return failed(shown, error);
  if (!now || *now != expected) return {WriteStatus::Changed, fmt::format("{} changed while efc wrote it", shown)};
  if (const int err = temp->replace_target(); err != 0) return failed(shown, std::strerror(err));
  fs.sync(dirfd);
  return {WriteStatus::Written, ""};
}

WriteResult create_file(const std::string& path, std::string_view bytes) {
  const std::string abs = absolute(path);
  const std::string dir = parent(abs);
  const Fd dirfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dirfd.ok()) return failed(path, std::strerror(errno));
  return create_file_at(dirfd.get(), abs.substr(dir.size() == 1 ? 1 : dir.size() + 1), bytes, path);
}

OpenedFolder open_below(const std::string& root, const std::string& rel, bool create, const std::string& shown_root) {
  const Fd top(::open(root.empty() ? "." : root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!top.ok()) {
    return {Fd(), fmt::format("cannot open folder {}: {}", shown_root.empty() ? "." : shown_root, std::strerror(errno))};
  }
  return open_below_at(top.get(), rel, create, shown_root);
}

OpenedFolder open_below_at(int dirfd, const std::string& rel, bool create, const std::string& shown_root) {
  OpenedFolder out;
  out.fd.reset(::fcntl(dirfd, F_DUPFD_CLOEXEC, 0));
  if (!out.fd.ok()) {
    out.error = fmt::format("cannot open folder {}: {}", shown_root.empty() ? "." : shown_root, std::strerror(errno));
    return out;
  }
  std::string shown = shown_root;
  for (std::size_t start = 0; start < rel.size();) {
    const std::size_t slash = std::min(rel.find('/', start), rel.size());
    const std::string name = rel.substr(start, slash - start);
    start = slash + 1;
    if (name.empty() || name == ".") continue;
    shown += name;
    Fd next(open_component(out.fd.get(), name, create));
    if (!next.ok()) {
      out.error = component_error(out.fd.get(), name, shown, errno);
      out.fd.reset();
      return out;
    }
    out.fd = std::move(next);
    shown += "/";
  }
  return out;
}

diag::Status ensure_directory(const std::string& path) {
  const std::string abs = absolute(path);
  struct stat st {};
  if (::stat(abs.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return {};
    return diag::refused(fmt::format("{} exists and is not a folder", path));
  }
  // The parent as the caller wrote it ("a/b" -> "a"), so that messages name paths the user knows.
  const auto slash = path.find_last_of('/');
  const std::string up = slash == std::string::npos ? "" : slash == 0 ? "/" : path.substr(0, slash);
  if (!up.empty()) EFC_TRY(ensure_directory(up));
  if (::mkdir(abs.c_str(), 0777) != 0 && errno != EEXIST) {
    return diag::refused(fmt::format("cannot create folder {}: {}", path, std::strerror(errno)));
  }
  return {};
}

}  // namespace efc::io
