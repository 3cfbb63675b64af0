#include "io/safe_write.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "io/filesystem.hpp"
#include "io/paths.hpp"

namespace efc::io {
namespace {

bool fault_injected() {
  const char* v = std::getenv("EFC_FAULT_INJECT");
  return v != nullptr && std::string_view(v) == "after-temp";
}

// mkostemp creates 0600 files; created files get the usual 0666 & ~umask instead.
mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

std::string temp_template(const std::string& path) {
  const std::string dir = parent(absolute(path));
  const std::string name = absolute(path).substr(dir.size() == 1 ? 1 : dir.size() + 1);
  return join(dir, "." + name + ".efc-XXXXXX");
}

WriteResult failed(const std::string& path, std::string_view what) {
  return {WriteStatus::Failed, fmt::format("cannot write {}: {}", path, what)};
}

}  // namespace

WriteResult create_file(const std::string& path, std::string_view bytes) {
  std::string temp = temp_template(path);
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) return failed(path, std::strerror(errno));
  const bool written = write_all(fd, bytes) && ::fchmod(fd, 0666 & ~current_umask()) == 0 && ::fsync(fd) == 0;
  const int saved_errno = errno;
  ::close(fd);
  if (!written || fault_injected()) {
    ::unlink(temp.c_str());
    return failed(path, written ? "fault injected after the temporary file (EFC_FAULT_INJECT)" : std::strerror(saved_errno));
  }
  const int linked = ::link(temp.c_str(), path.c_str());
  const int link_errno = errno;
  ::unlink(temp.c_str());
  if (linked != 0) {
    if (link_errno == EEXIST) return {WriteStatus::Exists, fmt::format("{} already exists; efc never overwrites", path)};
    return failed(path, std::strerror(link_errno));
  }
  sync_directory(parent(absolute(path)));
  return {WriteStatus::Written, ""};
}

bool ensure_directory(const std::string& path, std::string& error) {
  const std::string abs = absolute(path);
  struct stat st {};
  if (::stat(abs.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return true;
    error = fmt::format("{} exists and is not a folder", path);
    return false;
  }
  // The parent as the caller wrote it ("a/b" -> "a"), so that messages name paths the user knows.
  const auto slash = path.find_last_of('/');
  const std::string up = slash == std::string::npos ? "" : slash == 0 ? "/" : path.substr(0, slash);
  if (!up.empty() && !ensure_directory(up, error)) return false;
  if (::mkdir(abs.c_str(), 0777) != 0 && errno != EEXIST) {
    error = fmt::format("cannot create folder {}: {}", path, std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace efc::io
