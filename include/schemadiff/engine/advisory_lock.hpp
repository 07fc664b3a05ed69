// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include "schemadiff/engine/version_tables.hpp"

namespace schemadiff {

class Database;

/// A session advisory lock keyed by the version table, held for this object's lifetime,
/// so two runs against one database never interleave. A session lock (not a transaction
/// lock) because a run may commit several times (per-revision transactions, statements
/// that must run outside a transaction).
class AdvisoryLock {
 public:
  /// Waits up to `timeout` for the lock, then throws an Error saying another schemadiff
  /// run holds it.
  AdvisoryLock(Database& db, const VersionTables& tables, std::chrono::milliseconds timeout);
  ~AdvisoryLock();
  AdvisoryLock(const AdvisoryLock&) = delete;
  AdvisoryLock& operator=(const AdvisoryLock&) = delete;

 private:
  Database& m_db;
  long long m_key;
};

}  // namespace schemadiff
