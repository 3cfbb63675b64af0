// A disk whose writing steps can be made to fail, for tests that a failure at any step leaves
// nothing behind (as leveldb's fault-injection Env and ninja's VirtualFileSystem do).
#pragma once

#include <cerrno>
#include <string>
#include <string_view>

#include "io/filesystem.hpp"

namespace efc::test {

// The writing steps of io::FileSystem that can fail.
enum class Step { Create, Write, Sync, Move, Replace };

inline const char* step_name(Step s) {
  switch (s) {
    case Step::Create: return "create";
    case Step::Write: return "write";
    case Step::Sync: return "sync";
    case Step::Move: return "move";
    case Step::Replace: return "replace";
  }
  return "?";
}

// The real disk, except that the `nth` call (1-based) of `step` fails with EIO, doing nothing.
class FaultyFileSystem : public io::DiskFileSystem {
 public:
  FaultyFileSystem(Step step, int nth = 1) : step_(step), nth_(nth) {}

  int create_entry(int dirfd, const std::string& name, bool folder, io::Fd& opened) override {
    return fails(Step::Create) ? EIO : DiskFileSystem::create_entry(dirfd, name, folder, opened);
  }
  int write(int fd, std::string_view bytes) override { return fails(Step::Write) ? EIO : DiskFileSystem::write(fd, bytes); }
  int sync(int fd) override { return fails(Step::Sync) ? EIO : DiskFileSystem::sync(fd); }
  int move_new(int from_dir, const std::string& from, int to_dir, const std::string& to, bool folder) override {
    return fails(Step::Move) ? EIO : DiskFileSystem::move_new(from_dir, from, to_dir, to, folder);
  }
  int replace(int dirfd, const std::string& from, const std::string& to) override {
    return fails(Step::Replace) ? EIO : DiskFileSystem::replace(dirfd, from, to);
  }
  bool failed() const { return failed_; }  // whether the fault happened

 private:
  bool fails(Step s) {
    if (s != step_ || ++calls_ != nth_) return false;
    failed_ = true;
    return true;
  }
  Step step_;
  int nth_;
  int calls_ = 0;
  bool failed_ = false;
};

}  // namespace efc::test
