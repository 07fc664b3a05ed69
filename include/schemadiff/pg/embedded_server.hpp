// SPDX-License-Identifier: MIT
#pragma once

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
};

/// A private, throwaway PostgreSQL cluster: initdb into a fresh temp dir, unix socket in
/// that dir only (no TCP), trust auth for the local user, fsync off. It is stopped and its
/// directory deleted when this object is destroyed, and also when the process dies in any
/// other way (error, Ctrl-C, SIGKILL): a watchdog process does the cleanup when it sees
/// its parent go away.
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
