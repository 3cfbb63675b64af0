#include "io/temp.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fmt/format.h>

namespace efc::io {
namespace {

constexpr std::string_view kMarker = ".efc-tmp-";
constexpr std::string_view kOldMarker = ".efc-";  // mkostemp names of earlier versions
constexpr std::size_t kRandomChars = 6;
constexpr int kNameAttempts = 100;

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The NAME of ".NAME<marker>XXXXXX", or nullopt when `entry` has not that form.
std::optional<std::string_view> target_of(std::string_view entry, std::string_view marker) {
  const std::size_t tail = marker.size() + kRandomChars;
  if (entry.size() < tail + 2 || entry.front() != '.') return std::nullopt;
  const std::string_view suffix = entry.substr(entry.size() - tail);
  if (suffix.substr(0, marker.size()) != marker) return std::nullopt;
  for (const char c : suffix.substr(marker.size())) {
    if (!is_alnum(c)) return std::nullopt;
  }
  return entry.substr(1, entry.size() - tail - 1);
}

std::string random_suffix() {
  static constexpr std::string_view kChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static thread_local std::mt19937 engine{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, kChars.size() - 1);
  std::string s;
  for (std::size_t i = 0; i < kRandomChars; ++i) s += kChars[pick(engine)];
  return s;
}

// Whether the leftover `name` of `dirfd` is old and no running efc holds its lock.
bool abandoned(int dirfd, const std::string& name, const struct stat& st) {
  if (std::time(nullptr) - st.st_mtime <= kLeftoverSeconds) return false;
  const int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | (S_ISDIR(st.st_mode) ? O_DIRECTORY : 0);
  const Fd fd(::openat(dirfd, name.c_str(), flags));
  return fd.ok() && ::flock(fd.get(), LOCK_EX | LOCK_NB) == 0;  // the lock goes with the descriptor
}

constexpr int kUnsupported = -1;

// renameat2(RENAME_NOREPLACE) through syscall(2) (glibc before 2.28 has no wrapper): 0, an errno,
// or kUnsupported when the kernel or the file system does not offer it.
int renameat2_noreplace(int from_dir, const std::string& from, int to_dir, const std::string& to) {
#ifdef SYS_renameat2
  constexpr unsigned kRenameNoreplace = 1U;  // RENAME_NOREPLACE of <linux/fs.h>
  if (::syscall(SYS_renameat2, from_dir, from.c_str(), to_dir, to.c_str(), kRenameNoreplace) == 0) return 0;
  return errno == EINVAL || errno == ENOSYS ? kUnsupported : errno;
#else
  (void)from_dir, (void)from, (void)to_dir, (void)to;
  return kUnsupported;
#endif
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

bool is_temp_name(std::string_view entry, std::string_view for_name) {
  auto target = target_of(entry, kMarker);
  if (!target) target = target_of(entry, kOldMarker);
  return target && !target->empty() && (for_name.empty() || *target == for_name);
}

std::string removal_command(const std::string& path, bool folder) {
  return fmt::format("rm {}-- {}", folder ? "-r " : "", shell_quote(path));
}

void remove_tree_at(int dirfd, const std::string& name) {
  struct stat st {};
  if (::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) return;
  if (!S_ISDIR(st.st_mode)) {
    ::unlinkat(dirfd, name.c_str(), 0);
    return;
  }
  const int fd = ::openat(dirfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return;
  DIR* d = ::fdopendir(fd);  // owns fd from here
  if (d == nullptr) {
    ::close(fd);
    return;
  }
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d)) {
    const std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  for (const auto& n : names) remove_tree_at(::dirfd(d), n);
  ::closedir(d);
  ::unlinkat(dirfd, name.c_str(), AT_REMOVEDIR);
}

std::vector<std::string> clear_leftovers(int dirfd, std::string_view for_name) {
  std::vector<std::string> removed;
  const int fd = ::openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return removed;
  DIR* d = ::fdopendir(fd);
  if (d == nullptr) {
    ::close(fd);
    return removed;
  }
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d)) {
    if (is_temp_name(e->d_name, for_name)) names.push_back(e->d_name);
  }
  ::closedir(d);
  for (const auto& name : names) {
    struct stat st {};
    if (::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) continue;
    if (!abandoned(dirfd, name, st)) continue;
    remove_tree_at(dirfd, name);
    removed.push_back(name);
  }
  return removed;
}

int rename_noreplace(int from_dir, const std::string& from, int to_dir, const std::string& to) {
  const int err = renameat2_noreplace(from_dir, from, to_dir, to);
  if (err != kUnsupported) return err;
  // Fallback for file systems without RENAME_NOREPLACE: rename(2) replaces a file or a link, but
  // never a folder that holds anything, so only the instant between the two calls is exposed.
  struct stat st {};
  if (::fstatat(to_dir, to.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) return EEXIST;
  return ::renameat(from_dir, from.c_str(), to_dir, to.c_str()) == 0 ? 0 : errno;
}

// ---- DiskFileSystem: the writing steps -------------------------------------------------

int DiskFileSystem::create_entry(int dirfd, const std::string& name, bool folder, Fd& opened) {
  if (!folder) {
    opened.reset(::openat(dirfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666));
  } else if (::mkdirat(dirfd, name.c_str(), 0777) == 0) {
    opened.reset(::openat(dirfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW));
  } else {
    opened.reset();
  }
  return opened.ok() ? 0 : errno;
}

int DiskFileSystem::write(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

int DiskFileSystem::sync(int fd) { return ::fsync(fd) == 0 ? 0 : errno; }

int DiskFileSystem::move_new(int from_dir, const std::string& from, int to_dir, const std::string& to, bool folder) {
  const int err = renameat2_noreplace(from_dir, from, to_dir, to);
  if (err != kUnsupported) return err;
  if (folder) return rename_noreplace(from_dir, from, to_dir, to);
  // A file needs no fallback with a gap: link(2) never replaces; the old name goes after.
  if (::linkat(from_dir, from.c_str(), to_dir, to.c_str(), 0) != 0) return errno;
  ::unlinkat(from_dir, from.c_str(), 0);
  return 0;
}

int DiskFileSystem::replace(int dirfd, const std::string& from, const std::string& to) {
  return ::renameat(dirfd, from.c_str(), dirfd, to.c_str()) == 0 ? 0 : errno;
}

void DiskFileSystem::remove(int dirfd, const std::string& name) { remove_tree_at(dirfd, name); }

// ---- TempEntry ----------------------------------------------------------------------------

diag::Result<TempEntry> TempEntry::create(int dirfd, const std::string& target, Kind kind, FileSystem& fs) {
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    std::string name = fmt::format(".{}{}{}", target, kMarker, random_suffix());
    Fd fd;
    const int err = fs.create_entry(dirfd, name, kind == Kind::Folder, fd);
    if (err == EEXIST) continue;
    if (err != 0) return diag::refused(std::strerror(err));
    // The entry exists from here: owned at once, so that it goes whatever happens next.
    TempEntry entry(fs, dirfd, std::move(name), target, kind, std::move(fd));
    if (::flock(entry.fd(), LOCK_EX) != 0) return diag::refused(std::strerror(errno));
    return entry;
  }
  return diag::refused("no free temporary name");
}

TempEntry::TempEntry(FileSystem& fs, int dirfd, std::string name, std::string target, Kind kind, Fd fd)
    : fs_(&fs), dirfd_(dirfd), name_(std::move(name)), target_(std::move(target)), kind_(kind), fd_(std::move(fd)) {}

TempEntry::TempEntry(TempEntry&& other) noexcept
    : fs_(other.fs_),
      dirfd_(other.dirfd_),
      name_(std::move(other.name_)),
      target_(std::move(other.target_)),
      kind_(other.kind_),
      fd_(std::move(other.fd_)),
      placed_(other.placed_) {
  other.placed_ = true;  // the moved-from object removes nothing
}

TempEntry::~TempEntry() {
  if (!placed_) fs_->remove(dirfd_, name_);
}

int TempEntry::put_in_place() {
  const int err = fs_->move_new(dirfd_, name_, dirfd_, target_, kind_ == Kind::Folder);
  if (err == 0) placed_ = true;
  return err;
}

int TempEntry::replace_target() {
  const int err = fs_->replace(dirfd_, name_, target_);
  if (err == 0) placed_ = true;
  return err;
}

diag::Status publish_new_folder(int parent_fd, const std::string& name, const std::string& shown, std::string_view command,
                                const std::function<diag::Status(int dirfd)>& fill, FileSystem& fs) {
  clear_leftovers(parent_fd, name);
  auto staged = TempEntry::create(parent_fd, name, TempEntry::Kind::Folder, fs);
  if (!staged) return diag::refused(fmt::format("cannot create a folder beside {}: {}", shown, staged.failure().message));
  EFC_TRY(fill(staged->fd()));
  fs.sync(staged->fd());  // a folder's entries: best effort, as before any rename
  const int err = staged->put_in_place();
  if (err == EEXIST) return diag::refused(fmt::format("{} appeared while {} ran; nothing was written", shown, command));
  if (err != 0) return diag::refused(fmt::format("cannot create {}: {}", shown, std::strerror(err)));
  fs.sync(parent_fd);
  return {};
}

}  // namespace efc::io
