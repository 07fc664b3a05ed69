// SPDX-License-Identifier: MIT
#include "pg/embedded/process.hpp"

#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "schemadiff/error.hpp"

namespace schemadiff::embedded {
namespace {

constexpr std::size_t k_max_captured_output = 1 << 20;

// A descriptor >= 3 with close-on-exec set; the original is closed.
int lift_fd(int fd) {
  if (fd >= 3) {
    return fd;
  }
  const int lifted = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  const int saved = errno;
  close(fd);
  if (lifted < 0) {
    throw Error(fmt::format("cannot duplicate a file descriptor: {}", std::strerror(saved)));
  }
  return lifted;
}

void close_range_compat(unsigned first, unsigned last) {
  if (first > last) {
    return;
  }
#ifdef __linux__
  if (close_range(first, last, 0) == 0) {
    return;
  }
#endif
  // Kernels before 5.9 lack close_range; walk the plausible range instead.
  const long open_max = sysconf(_SC_OPEN_MAX);
  const unsigned limit = std::min<unsigned>(last, open_max > 0 ? static_cast<unsigned>(std::min(open_max, 65536L)) : 1024U);
  for (unsigned fd = first; fd <= limit; ++fd) {
    close(static_cast<int>(fd));
  }
}

// Runs in the forked child: everything here must be safe after fork in a single-threaded
// process, and any failure is reported to the parent as an errno through `error_fd`.
[[noreturn]] void exec_child(char* const* argv, const SpawnOptions& options, int error_fd,
                             pid_t parent) {
  const auto fail = [error_fd]() {
    const int code = errno;
    [[maybe_unused]] const auto written = write(error_fd, &code, sizeof code);
    _exit(127);
  };

  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  for (int sig = 1; sig < NSIG; ++sig) {
    sigaction(sig, &action, nullptr);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);

  const int null_in = open("/dev/null", O_RDONLY);
  if (null_in < 0 || dup2(null_in, 0) < 0) {
    fail();
  }
  const int out = options.output_fd >= 0 ? options.output_fd : open("/dev/null", O_WRONLY);
  if (out < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0) {
    fail();
  }
  if (chdir("/") != 0) {
    fail();
  }
  if (options.account) {
    const gid_t gid = options.account->gid;
    if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(options.account->uid) != 0) {
      fail();
    }
  }
#ifdef __linux__
  // Set after the uid change, which clears it.
  if (options.parent_death_signal != 0) {
    if (prctl(PR_SET_PDEATHSIG, options.parent_death_signal) != 0) {
      fail();
    }
    if (getppid() != parent) {
      _exit(127);
    }
  }
#else
  (void)parent;
#endif
  setenv("LC_ALL", "C", 1);
  close_other_fds({error_fd});
  execvp(argv[0], argv);
  fail();
  _exit(127);
}

}  // namespace

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    reset();
    m_fd = other.release();
  }
  return *this;
}

int Fd::release() {
  const int fd = m_fd;
  m_fd = -1;
  return fd;
}

void Fd::reset() {
  if (m_fd >= 0) {
    close(m_fd);
    m_fd = -1;
  }
}

Pipe make_pipe() {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    throw Error(fmt::format("cannot create a pipe: {}", std::strerror(errno)));
  }
  Pipe result;
  result.read = Fd(fds[0]);
  result.write = Fd(fds[1]);
  result.read = Fd(lift_fd(result.read.release()));
  result.write = Fd(lift_fd(result.write.release()));
  return result;
}

void close_other_fds(const std::vector<int>& keep) {
  std::vector<int> sorted = keep;
  std::sort(sorted.begin(), sorted.end());
  unsigned next = 3;
  for (const int fd : sorted) {
    if (fd < static_cast<int>(next)) {
      continue;
    }
    if (static_cast<unsigned>(fd) > next) {
      close_range_compat(next, static_cast<unsigned>(fd) - 1);
    }
    next = static_cast<unsigned>(fd) + 1;
  }
  close_range_compat(next, UINT_MAX);
}

pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options) {
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  Pipe exec_error = make_pipe();
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    throw Error(fmt::format("cannot start {}: fork failed: {}", argv.at(0), std::strerror(errno)));
  }
  if (pid == 0) {
    exec_child(args.data(), options, exec_error.write.get(), parent);
  }
  exec_error.write.reset();
  int child_errno = 0;
  ssize_t got = 0;
  do {
    got = read(exec_error.read.get(), &child_errno, sizeof child_errno);
  } while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof child_errno)) {
    wait_blocking(pid);
    throw Error(fmt::format("cannot run {}: {}", argv.at(0), std::strerror(child_errno)));
  }
  return pid;
}

std::string ExitStatus::describe() const {
  if (signal != 0) {
    return fmt::format("was killed by signal {} ({})", signal, strsignal(signal));
  }
  return fmt::format("exited with code {}", code);
}

ExitStatus decode_wait_status(int status) {
  ExitStatus result;
  if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  } else if (WIFEXITED(status)) {
    result.code = WEXITSTATUS(status);
  }
  return result;
}

std::optional<ExitStatus> wait_blocking(pid_t pid) {
  int status = 0;
  while (true) {
    const pid_t got = waitpid(pid, &status, 0);
    if (got == pid) {
      return decode_wait_status(status);
    }
    if (got < 0 && errno == EINTR) {
      continue;
    }
    return std::nullopt;
  }
}

std::optional<ExitStatus> wait_until(pid_t pid, Clock::time_point deadline) {
  auto pause = std::chrono::milliseconds(1);
  while (true) {
    int status = 0;
    const pid_t got = waitpid(pid, &status, WNOHANG);
    if (got == pid) {
      return decode_wait_status(status);
    }
    if (got < 0 && errno != EINTR) {
      // Reaped elsewhere: it is gone all the same.
      return ExitStatus{-1, 0};
    }
    if (Clock::now() >= deadline) {
      return std::nullopt;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(20));
  }
}

CommandResult run_command(const std::vector<std::string>& argv, const std::optional<Account>& account,
                          std::chrono::milliseconds timeout) {
  Pipe output = make_pipe();
  SpawnOptions options;
  options.output_fd = output.write.get();
  options.account = account;
  options.parent_death_signal = SIGKILL;
  const pid_t pid = spawn(argv, options);
  output.write.reset();

  CommandResult result;
  const auto deadline = Clock::now() + timeout;
  char buffer[4096];
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    pollfd pfd{output.read.get(), POLLIN, 0};
    const int ready = poll(&pfd, 1, static_cast<int>(std::min<long long>(left.count(), INT_MAX)));
    if (ready < 0 && errno == EINTR) {
      continue;
    }
    if (ready <= 0) {
      continue;
    }
    const ssize_t got = read(output.read.get(), buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      break;
    }
    if (result.output.size() < k_max_captured_output) {
      result.output.append(buffer, static_cast<std::size_t>(got));
    }
  }
  result.status = wait_blocking(pid).value_or(ExitStatus{-1, 0});
  return result;
}

void remove_tree(const std::string& path) {
  nftw(
      path.c_str(),
      [](const char* entry, const struct stat*, int, struct FTW*) {
        ::remove(entry);
        return 0;
      },
      16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}

std::string tail_lines(const std::string& text, std::size_t max_lines) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (!line.empty()) {
      lines.push_back(std::move(line));
    }
  }
  const std::size_t first = lines.size() > max_lines ? lines.size() - max_lines : 0;
  std::string out;
  for (std::size_t i = first; i < lines.size(); ++i) {
    out += "\n  " + lines[i];
  }
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return {};
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace schemadiff::embedded
