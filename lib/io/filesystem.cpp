#include "io/filesystem.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace efc::io {
namespace {

// Like stat, but a symbolic link to a folder is not followed (no loops when walking): it is
// listed as Other, with `link` set.
DirEntry entry_at(const std::string& dir, const std::string& name) {
  const std::string path = join(dir, name);
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return {name, EntryType::Other, false};
  const bool link = S_ISLNK(st.st_mode);
  if (link && ::stat(path.c_str(), &st) != 0) return {name, EntryType::Other, true};
  if (S_ISREG(st.st_mode)) return {name, EntryType::File, link};
  if (S_ISDIR(st.st_mode) && !link) return {name, EntryType::Directory, false};
  return {name, EntryType::Other, link};
}

}  // namespace

int FileSystem::create_entry(int /*dirfd*/, const std::string& /*name*/, bool /*folder*/, Fd& /*opened*/) { return EROFS; }
int FileSystem::write(int /*fd*/, std::string_view /*bytes*/) { return EROFS; }
int FileSystem::sync(int /*fd*/) { return EROFS; }
int FileSystem::move_new(int /*from_dir*/, const std::string& /*from*/, int /*to_dir*/, const std::string& /*to*/,
                         bool /*folder*/) {
  return EROFS;
}
int FileSystem::replace(int /*dirfd*/, const std::string& /*from*/, const std::string& /*to*/) { return EROFS; }
void FileSystem::remove(int /*dirfd*/, const std::string& /*name*/) {}

FileSystem& disk() {
  static DiskFileSystem the_disk;
  return the_disk;
}

bool DiskFileSystem::is_link(const std::string& path) const {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

std::string join(const std::string& base, const std::string& name) {
  if (base.empty() || base == ".") return name;
  return base.back() == '/' ? base + name : base + "/" + name;
}

ReadResult DiskFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  ReadResult r;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    struct stat link {};
    const bool broken_link = errno == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    r.error = broken_link ? "a symbolic link to a file that does not exist" : std::strerror(errno);
    return r;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    r.error = "not a regular file";
    ::close(fd);
    return r;
  }
  const std::size_t want = max_bytes + 1;
  r.bytes.resize(std::min<std::size_t>(want, static_cast<std::size_t>(st.st_size) + 1));
  std::size_t got = 0;
  while (got < want) {
    if (got == r.bytes.size()) r.bytes.resize(std::min(want, r.bytes.size() * 2 + 1));
    const ssize_t n = ::read(fd, r.bytes.data() + got, r.bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.error = std::strerror(errno);
      ::close(fd);
      return r;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  r.bytes.resize(got);
  r.ok = true;
  return r;
}

std::optional<std::vector<DirEntry>> DiskFileSystem::list(const std::string& dir) const {
  DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
  if (d == nullptr) return std::nullopt;
  std::vector<DirEntry> entries;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    entries.push_back(entry_at(dir, name));
  }
  ::closedir(d);
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

EntryType DiskFileSystem::type(const std::string& path) const {
  struct stat st {};
  if (::stat(path.empty() ? "." : path.c_str(), &st) != 0) return EntryType::Other;
  if (S_ISREG(st.st_mode)) return EntryType::File;
  if (S_ISDIR(st.st_mode)) return EntryType::Directory;
  return EntryType::Other;
}

ReadResult MemoryFileSystem::read(const std::string& path, std::size_t max_bytes) const {
  const auto it = files_.find(path);
  if (it == files_.end()) return {false, {}, "No such file or directory"};
  return {true, it->second.substr(0, max_bytes + 1), {}};
}

std::optional<std::vector<DirEntry>> MemoryFileSystem::list(const std::string& dir) const {
  const std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
  std::map<std::string, EntryType> found;
  std::set<std::string> linked;
  for (const auto& path : links_) {
    if (path.compare(0, prefix.size(), prefix) != 0 || path.find('/', prefix.size()) != std::string::npos) continue;
    found.emplace(path.substr(prefix.size()), EntryType::Other);
    linked.insert(path.substr(prefix.size()));
  }
  for (const auto& [path, bytes] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = path.substr(prefix.size());
    const auto slash = rest.find('/');
    found.emplace(rest.substr(0, slash), slash == std::string::npos ? EntryType::File : EntryType::Directory);
  }
  if (found.empty() && !prefix.empty()) return std::nullopt;
  std::vector<DirEntry> entries;
  for (const auto& [name, t] : found) entries.push_back({name, t, linked.count(name) > 0});
  return entries;
}

EntryType MemoryFileSystem::type(const std::string& path) const {
  if (files_.count(path)) return EntryType::File;
  return list(path) ? EntryType::Directory : EntryType::Other;
}

}  // namespace efc::io
