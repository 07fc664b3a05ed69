// SPDX-License-Identifier: MIT
// POSIX process plumbing for the embedded server: pipes, spawning with dropped privileges,
// waiting with deadlines, removing a directory tree. Internal to src/pg/.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace schemadiff::embedded {

using Clock = std::chrono::steady_clock;

/// The unprivileged account PostgreSQL runs as when we are root.
struct Account {
  std::string name;
  uid_t uid = 0;
  gid_t gid = 0;
};

/// Owns a file descriptor; closes it on destruction.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : m_fd(fd) {}
  Fd(Fd&& other) noexcept : m_fd(other.release()) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }

  int get() const { return m_fd; }
  int release();
  void reset();

 private:
  int m_fd = -1;
};

struct Pipe {
  Fd read;
  Fd write;
};

/// A close-on-exec pipe whose ends are both >= 3, so redirecting stdio never clobbers them.
Pipe make_pipe();

/// What a spawned child gets and becomes.
struct SpawnOptions {
  /// Receives the child's stdout and stderr; -1 means /dev/null.
  int output_fd = -1;
  /// Switch to this account before exec (we are root).
  std::optional<Account> account;
  /// Signal the child gets when the spawning process dies (Linux only); 0 for none.
  int parent_death_signal = 0;
};

/// Forks and execs `argv` (argv[0] is a path, or a name looked up in PATH). The child
/// starts with default signal handling, stdin on /dev/null, cwd `/`, LC_ALL=C, and no
/// open descriptors but stdio. Throws Error if the program cannot be executed.
pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options);

/// How a child ended.
struct ExitStatus {
  int code = 0;    // exit code if it exited
  int signal = 0;  // signal number if it was killed
  bool ok() const { return signal == 0 && code == 0; }
  std::string describe() const;
};

ExitStatus decode_wait_status(int status);

/// waitpid that retries on EINTR; nullopt if the child is unknown (already reaped).
std::optional<ExitStatus> wait_blocking(pid_t pid);

/// Waits until `pid` exits or `deadline` passes; nullopt on timeout.
std::optional<ExitStatus> wait_until(pid_t pid, Clock::time_point deadline);

/// Result of running a program to completion.
struct CommandResult {
  ExitStatus status;
  bool timed_out = false;
  std::string output;  // stdout and stderr interleaved
};

/// Runs `argv` to completion, collecting its output, killing it at `timeout`.
CommandResult run_command(const std::vector<std::string>& argv, const std::optional<Account>& account,
                          std::chrono::milliseconds timeout);

/// Closes every descriptor >= 3 except those in `keep`.
void close_other_fds(const std::vector<int>& keep);

/// Deletes `path` and everything below it; missing entries are fine. Never throws.
void remove_tree(const std::string& path);

/// The last `max_lines` lines of `text`, each indented, for error messages.
std::string tail_lines(const std::string& text, std::size_t max_lines);

/// Whole contents of a file, or empty if it cannot be read.
std::string slurp(const std::string& path);

}  // namespace schemadiff::embedded
