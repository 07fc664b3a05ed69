// SPDX-License-Identifier: MIT
#include "schemadiff/engine/advisory_lock.hpp"

#include <fmt/format.h>

#include <thread>

#include "schemadiff/error.hpp"
#include "schemadiff/interrupt.hpp"
#include "schemadiff/pg/database.hpp"

namespace schemadiff {

AdvisoryLock::AdvisoryLock(Database& db, const VersionTables& tables, std::chrono::milliseconds timeout)
    : m_db(db), m_key(tables.lock_key()) {
  // Polling pg_try_advisory_lock keeps the wait interruptible and independent of the
  // server's lock_timeout setting.
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  const std::string sql = fmt::format("SELECT pg_catalog.pg_try_advisory_lock({})", m_key);
  while (true) {
    const auto rows = db.query(sql);
    if (!rows.empty() && rows.rows().front().at(0) == std::optional<std::string>("t")) {
      return;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      throw Error(
          fmt::format("another schemadiff run holds the migration lock of {} (advisory lock {}); gave up after {} ms "
                      "(--lock-timeout)",
                      tables.qualified_version(), m_key, timeout.count()));
    }
    throw_if_interrupted();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

AdvisoryLock::~AdvisoryLock() {
  try {
    m_db.execute(fmt::format("SELECT pg_catalog.pg_advisory_unlock({})", m_key));
  } catch (...) {
    // The server releases session locks when the connection closes anyway.
  }
}

}  // namespace schemadiff
