#include "text/i18n.hpp"

#include <clocale>
#include <climits>
#include <string_view>

#include <libintl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace efc::text {
namespace {

constexpr const char* kDomain = "efc";
bool g_translating = false;

bool is_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Where the catalogues are: <dir of the binary>/share/locale in a build tree (the build
// mirrors the install layout below its root), else <dir of the binary>/../share/locale
// (installed in PREFIX/bin, wherever PREFIX is). "" when the binary cannot be found.
std::string catalogue_dir() {
  char exe[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return "";
  std::string dir(exe, static_cast<std::size_t>(n));
  dir.erase(dir.find_last_of('/') + 1);
  if (is_directory(dir + "share/locale")) return dir + "share/locale";
  return dir + "../share/locale";
}

}  // namespace

void use_user_language() {
  // LC_MESSAGES only: numbers, dates and machine outputs keep the "C" conventions.
  const char* locale = std::setlocale(LC_MESSAGES, "");
  // "C", "POSIX" and "C.UTF-8" speak the msgids: nothing to bind, nothing to look up (LANGUAGE
  // only chooses among catalogues for a real language, as GNU gettext does for "C").
  const std::string_view name = locale == nullptr ? "C" : locale;
  if (name == "C" || name == "POSIX" || name.starts_with("C.")) return;
  const std::string dir = catalogue_dir();
  if (!dir.empty()) ::bindtextdomain(kDomain, dir.c_str());
  ::bind_textdomain_codeset(kDomain, "UTF-8");
  ::textdomain(kDomain);
  g_translating = true;
}

void use_source_language() { g_translating = false; }

bool translating() { return g_translating; }

const char* tr(const char* msgid) { return g_translating ? ::dgettext(kDomain, msgid) : msgid; }

const char* ntr(const char* one, const char* many, unsigned long n) {
  if (g_translating) return ::dngettext(kDomain, one, many, n);
  return n == 1 ? one : many;
}

std::string format_translated(const char* msgid, const char* translated, fmt::format_args args) {
  if (translated != msgid) {
    try {
      return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
      // A faulty translation: the English message is still right.
    }
  }
  return fmt::vformat(msgid, args);
}

}  // namespace efc::text
