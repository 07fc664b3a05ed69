// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "pg/embedded/process.hpp"

namespace schemadiff::embedded {

/// Everything the watchdog needs to create, run and remove one cluster.
struct ClusterConfig {
  std::string bindir;
  std::string directory;  // empty, private; becomes the data directory and socket directory
  int port = 0;
  std::optional<Account> account;
  std::chrono::milliseconds startup_timeout{60000};
};

/// What the watchdog writes to the status pipe: this line once the server accepts
/// connections, or `k_status_error` followed by the message, then it closes the pipe.
inline constexpr std::string_view k_status_ready = "ready\n";
inline constexpr std::string_view k_status_error = "error\n";

/// Body of the forked watchdog process; never returns. It detaches from the terminal,
/// runs initdb and the postmaster as its children, reports on `status_fd`, then blocks
/// on `control_fd` until it reads EOF (the owner closed it or died), and finally stops
/// the postmaster and removes the directory. Startup failures are cleaned up the same way.
[[noreturn]] void run_watchdog(const ClusterConfig& config, int control_fd, int status_fd);

}  // namespace schemadiff::embedded
