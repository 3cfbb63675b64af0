// bench/alternate: wall time of short commands, run alternately so that a noisy neighbour
// slows all of them alike; prints each command's median and its ratio to the first one.
//   alternate RUNS -- CMD1 ARGS... -- CMD2 ARGS... [-- ...]
// Each round runs every command once (stdout and stderr to /dev/null), in a rotating order.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace {

using Command = std::vector<std::string>;

// The commands between "--" separators.
std::vector<Command> split_commands(int argc, char** argv) {
  std::vector<Command> out;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--") out.emplace_back();
    else if (!out.empty()) out.back().push_back(argv[i]);
  }
  std::erase_if(out, [](const Command& c) { return c.empty(); });
  return out;
}

// Runs `command` once; its wall time in microseconds, or -1 when it could not start or failed.
double run_once(const Command& command, const posix_spawn_file_actions_t& quiet) {
  std::vector<char*> args;
  for (const auto& a : command) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (posix_spawnp(&pid, args[0], &quiet, nullptr, args.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  const auto end = std::chrono::steady_clock::now();
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) return -1;
  return std::chrono::duration<double, std::micro>(end - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 0;
  const auto commands = split_commands(argc, argv);
  if (runs <= 0 || commands.empty()) {
    std::fprintf(stderr, "usage: alternate RUNS -- CMD ARGS... [-- CMD ARGS...]\n");
    return 2;
  }
  posix_spawn_file_actions_t quiet;
  posix_spawn_file_actions_init(&quiet);
  posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::vector<double>> times(commands.size());
  for (int round = 0; round < runs; ++round) {
    for (std::size_t k = 0; k < commands.size(); ++k) {
      const std::size_t which = (round + k) % commands.size();
      const double us = run_once(commands[which], quiet);
      if (us < 0) {
        std::fprintf(stderr, "alternate: '%s' failed\n", commands[which][0].c_str());
        return 1;
      }
      times[which].push_back(us);
    }
  }
  const double base = median(times[0]);
  for (std::size_t k = 0; k < commands.size(); ++k) {
    std::string line;
    for (const auto& a : commands[k]) line += (line.empty() ? "" : " ") + a;
    const double m = median(times[k]);
    std::printf("%-60s median %8.1f us   ratio %.2f\n", line.c_str(), m, m / base);
  }
  return 0;
}
