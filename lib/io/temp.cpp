#include "io/temp.hpp"
#include "text/i18n.hpp"

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

// Creates the entry `name` in `dirfd`, exclusively; the open descriptor, or -1 with errno set.
int make_entry(int dirfd, const std::string& name, TempEntry::Kind kind) {
  if (kind == TempEntry::Kind::File) return ::openat(dirfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
  if (::mkdirat(dirfd, name.c_str(), 0777) != 0) return -1;
  return ::openat(dirfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
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

std::optional<TempEntry> TempEntry::create(int dirfd, const std::string& target, Kind kind, std::string& error) {
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    std::string name = fmt::format(".{}{}{}", target, kMarker, random_suffix());
    Fd fd(make_entry(dirfd, name, kind));
    if (!fd.ok() && errno == EEXIST) continue;
    if (!fd.ok() || ::flock(fd.get(), LOCK_EX) != 0) {
      error = std::strerror(errno);
      if (fd.ok()) remove_tree_at(dirfd, name);
      return std::nullopt;
    }
    return TempEntry(dirfd, std::move(name), target, kind, std::move(fd));
  }
  error = text::tr("no free temporary name");
  return std::nullopt;
}

TempEntry::TempEntry(int dirfd, std::string name, std::string target, Kind kind, Fd fd)
    : dirfd_(dirfd), name_(std::move(name)), target_(std::move(target)), kind_(kind), fd_(std::move(fd)) {}

TempEntry::TempEntry(TempEntry&& other) noexcept
    : dirfd_(other.dirfd_),
      name_(std::move(other.name_)),
      target_(std::move(other.target_)),
      kind_(other.kind_),
      fd_(std::move(other.fd_)),
      placed_(other.placed_) {
  other.placed_ = true;  // the moved-from object removes nothing
}

TempEntry::~TempEntry() {
  if (!placed_) remove_tree_at(dirfd_, name_);
}

int TempEntry::put_in_place() {
  int err = renameat2_noreplace(dirfd_, name_, dirfd_, target_);
  if (err == kUnsupported && kind_ == Kind::File) {
    // A file needs no fallback with a gap: link(2) never replaces; the temporary name goes after.
    err = ::linkat(dirfd_, name_.c_str(), dirfd_, target_.c_str(), 0) == 0 ? 0 : errno;
    if (err == 0) ::unlinkat(dirfd_, name_.c_str(), 0);
  } else if (err == kUnsupported) {
    err = rename_noreplace(dirfd_, name_, dirfd_, target_);
  }
  if (err == 0) placed_ = true;
  return err;
}

int TempEntry::replace_target() {
  const int err = ::renameat(dirfd_, name_.c_str(), dirfd_, target_.c_str()) == 0 ? 0 : errno;
  if (err == 0) placed_ = true;
  return err;
}

std::string publish_new_folder(int parent_fd, const std::string& name, const std::string& shown, std::string_view command,
                               const std::function<std::string(int dirfd)>& fill) {
  clear_leftovers(parent_fd, name);
  std::string error;
  auto staged = TempEntry::create(parent_fd, name, TempEntry::Kind::Folder, error);
  if (!staged) return text::trf("cannot create a folder beside {}: {}", shown, error);
  if (error = fill(staged->fd()); !error.empty()) return error;
  ::fsync(staged->fd());
  const int err = staged->put_in_place();
  if (err == EEXIST) return text::trf("{} appeared while {} ran; nothing was written", shown, command);
  if (err != 0) return text::trf("cannot create {}: {}", shown, std::strerror(err));
  ::fsync(parent_fd);
  return "";
}

}  // namespace efc::io
