// Writing files the safe way: never overwrite, never leave a partial file.
#pragma once

#include <string>
#include <string_view>

namespace efc::io {

enum class WriteStatus { Written, Exists, Failed };

struct WriteResult {
  WriteStatus status = WriteStatus::Failed;
  std::string error;  // for Failed: what went wrong, naming the path
  bool ok() const { return status == WriteStatus::Written; }
};

// Creates `path` holding `bytes`: writes a temporary file in the same folder, fsyncs it,
// then links it to `path`, which fails if anything (a file, a symlink) is already there.
// Test-only: EFC_FAULT_INJECT=after-temp makes it fail once the temporary file is written.
WriteResult create_file(const std::string& path, std::string_view bytes);

// Creates `path` and its missing parents (mode 0777 & umask); false with `error` set on failure.
bool ensure_directory(const std::string& path, std::string& error);

}  // namespace efc::io
