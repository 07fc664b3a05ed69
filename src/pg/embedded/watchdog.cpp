// SPDX-License-Identifier: MIT
#include "pg/embedded/watchdog.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "schemadiff/error.hpp"

namespace schemadiff::embedded {
namespace {

constexpr const char* k_log_file = "postmaster.log";
constexpr std::size_t k_log_tail_lines = 20;
constexpr auto k_fast_shutdown_grace = std::chrono::seconds(10);
constexpr auto k_immediate_shutdown_grace = std::chrono::seconds(5);
constexpr auto k_ready_poll_interval_ms = 10;

// The superuser is trusted because only the socket's owner can reach this private
// directory; other roles must authenticate, so password checks behave as on a real server.
constexpr const char* k_pg_hba = R"(# Private throwaway cluster: the socket directory is readable by its owner only.
local   all   postgres   trust
local   all   all        scram-sha-256
)";

// Makes the watchdog immune to whatever ends its owner: a terminal's Ctrl-C or hangup,
// a signal to the owner's process group; and drops every descriptor but its two pipes,
// so it keeps no other pipe (its owner's, or another watchdog's) open by accident.
void detach(int control_fd, int status_fd) {
  setsid();
  struct sigaction action {};
  sigemptyset(&action.sa_mask);
  action.sa_handler = SIG_IGN;
  for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGUSR1, SIGUSR2}) {
    sigaction(sig, &action, nullptr);
  }
  action.sa_handler = SIG_DFL;
  sigaction(SIGCHLD, &action, nullptr);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  const int null_fd = open("/dev/null", O_RDWR);
  if (null_fd >= 0) {
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    dup2(null_fd, 2);
  }
  close_other_fds({control_fd, status_fd});
#ifdef __linux__
  prctl(PR_SET_NAME, "schemadiff-pgwd");
#endif
}

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      return;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

// Anything readable on the control pipe means the owner closed it (EOF) or is gone.
bool owner_gone(int control_fd, int timeout_ms) {
  pollfd pfd{control_fd, POLLIN, 0};
  const int ready = poll(&pfd, 1, timeout_ms);
  return ready > 0;
}

void wait_for_owner(int control_fd) {
  char buffer[64];
  while (true) {
    const ssize_t got = read(control_fd, buffer, sizeof buffer);
    if (got == 0) {
      return;
    }
    if (got < 0 && errno != EINTR) {
      return;
    }
  }
}

std::string log_tail(const ClusterConfig& config) {
  const std::string tail = tail_lines(slurp(config.directory + "/" + k_log_file), k_log_tail_lines);
  return tail.empty() ? std::string(" (the server log is empty)") : "; the server log ends with:" + tail;
}

// postmaster.pid's eighth line is the postmaster's status; "ready" once it accepts
// connections (PostgreSQL 10 and later).
bool postmaster_ready(const ClusterConfig& config) {
  std::istringstream lines(slurp(config.directory + "/postmaster.pid"));
  std::string line;
  for (int i = 0; i < 8; ++i) {
    if (!std::getline(lines, line)) {
      return false;
    }
  }
  return line.rfind("ready", 0) == 0;
}

void stop_postmaster(pid_t pid) {
  // Fast shutdown, then immediate shutdown, then no more asking.
  kill(pid, SIGINT);
  if (wait_until(pid, Clock::now() + k_fast_shutdown_grace)) {
    return;
  }
  kill(pid, SIGQUIT);
  if (wait_until(pid, Clock::now() + k_immediate_shutdown_grace)) {
    return;
  }
  kill(pid, SIGKILL);
  wait_blocking(pid);
}

void run_initdb(const ClusterConfig& config) {
  const std::vector<std::string> argv = {
      config.bindir + "/initdb", "-D", config.directory, "-U", "postgres", "--auth-local=trust",
      "--auth-host=reject", "--no-sync", "-E", "UTF8", "--locale=C"};
  const CommandResult result = run_command(argv, config.account, config.startup_timeout);
  if (result.timed_out) {
    throw Error(fmt::format("initdb did not finish within {} ms; its output ends with:{}",
                            config.startup_timeout.count(), tail_lines(result.output, k_log_tail_lines)));
  }
  if (!result.status.ok()) {
    throw Error(fmt::format("initdb {}; its output ends with:{}", result.status.describe(),
                            tail_lines(result.output, k_log_tail_lines)));
  }
  std::ofstream hba(config.directory + "/pg_hba.conf", std::ios::trunc);
  hba << k_pg_hba;
  hba.close();
  if (!hba) {
    throw Error("cannot write pg_hba.conf");
  }
}

pid_t spawn_postmaster(const ClusterConfig& config) {
  const std::string log_path = config.directory + "/" + k_log_file;
  Fd log(open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
  if (log.get() < 0) {
    throw Error(fmt::format("cannot create {}: {}", log_path, std::strerror(errno)));
  }
  if (config.account) {
    [[maybe_unused]] const int ignored = fchown(log.get(), config.account->uid, config.account->gid);
  }
  const std::vector<std::string> argv = {
      config.bindir + "/postgres",
      "-D", config.directory,
      "-p", std::to_string(config.port),
      "-k", config.directory,
      "-c", "listen_addresses=",
      "-c", "unix_socket_permissions=0700",
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
      "-c", "max_connections=50",
      "-c", "logging_collector=off",
      "-c", "jit=off",
  };
  SpawnOptions options;
  options.output_fd = log.get();
  options.account = config.account;
  // If the watchdog itself is killed, take the server down rather than orphan it.
  options.parent_death_signal = SIGQUIT;
  return spawn(argv, options);
}

void wait_until_ready(const ClusterConfig& config, pid_t postmaster, int control_fd) {
  const auto deadline = Clock::now() + config.startup_timeout;
  while (true) {
    int status = 0;
    if (waitpid(postmaster, &status, WNOHANG) == postmaster) {
      throw Error(fmt::format("the server {} during startup{}", decode_wait_status(status).describe(),
                              log_tail(config)));
    }
    if (postmaster_ready(config)) {
      return;
    }
    if (Clock::now() >= deadline) {
      stop_postmaster(postmaster);
      throw Error(fmt::format("the server did not accept connections within {} ms{}",
                              config.startup_timeout.count(), log_tail(config)));
    }
    if (owner_gone(control_fd, k_ready_poll_interval_ms)) {
      stop_postmaster(postmaster);
      throw Error("startup was abandoned");
    }
  }
}

pid_t start_cluster(const ClusterConfig& config, int control_fd) {
  run_initdb(config);
  const pid_t postmaster = spawn_postmaster(config);
  wait_until_ready(config, postmaster, control_fd);
  return postmaster;
}

}  // namespace

void run_watchdog(const ClusterConfig& config, int control_fd, int status_fd) {
  try {
    detach(control_fd, status_fd);
    pid_t postmaster = -1;
    try {
      postmaster = start_cluster(config, control_fd);
    } catch (const std::exception& e) {
      const std::string message = e.what();
      remove_tree(config.directory);
      write_all(status_fd, std::string(k_status_error) + message);
      _exit(1);
    }
    write_all(status_fd, k_status_ready);
    close(status_fd);
    wait_for_owner(control_fd);
    stop_postmaster(postmaster);
    remove_tree(config.directory);
    _exit(0);
  } catch (...) {
    // Out of memory or worse: still never return into the owner's code.
    remove_tree(config.directory);
    _exit(2);
  }
}

}  // namespace schemadiff::embedded
