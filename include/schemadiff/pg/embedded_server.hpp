// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>
#include <string>

namespace schemadiff {

struct EmbeddedServerOptions {
  /// Directory holding the server binaries (initdb, postgres). Empty: SCHEMADIFF_PG_BINDIR,
  /// then `pg_config --bindir`, then the newest /usr/lib/postgresql/*/bin, then PATH.
  std::string bindir;
  /// Account the server runs as when we are root (PostgreSQL refuses to run as root).
  /// Empty: SCHEMADIFF_PG_USER, then `postgres`.
  std::string run_as_user;
  /// How long initdb, and then the server's startup, may each take.
  std::chrono::seconds startup_timeout{60};
};

/// A private, throwaway PostgreSQL cluster: initdb into a fresh temp dir under $TMPDIR,
/// unix socket in that dir only (no TCP), fsync off. The superuser `postgres` connects
/// without a password (only the dir's owner can reach the socket); other roles must give
/// their password (scram-sha-256). It is stopped and its directory deleted when this
/// object is destroyed, and also when the process dies in any other way (error, Ctrl-C,
/// SIGKILL): a watchdog process does the cleanup when it sees its parent go away.
/// start() forks; call it while the process is single-threaded. Children forked later
/// without exec keep the server alive until they exit too.
class EmbeddedServer {
 public:
  static EmbeddedServer start(const EmbeddedServerOptions& options = {});

  EmbeddedServer(EmbeddedServer&&) noexcept;
  EmbeddedServer& operator=(EmbeddedServer&&) noexcept;
  ~EmbeddedServer();

  /// libpq URL of `database` on this server, e.g. for `postgres`.
  std::string url(const std::string& database = "postgres") const;
  /// The cluster's data directory (also holds the unix socket).
  const std::string& directory() const;
  int port() const;

  /// Stops the server and removes its directory now; idempotent.
  void stop();

 private:
  struct Impl;
  explicit EmbeddedServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace schemadiff
