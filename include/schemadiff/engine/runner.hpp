// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/engine/version_tables.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/revision/revision_graph.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff {

class Database;

/// One statement of a revision section, at its line in the revision file.
struct RevisionStatement {
  std::string sql;
  std::size_t line = 0;
  /// outside_transaction after a no-transaction marker or a step line with `tx=no`
  TxMode tx = TxMode::transactional;
  /// From the step line before the statement; nullopt for a hand-written statement
  /// without one (its facts are unknown).
  std::optional<StepFacts> facts;
};

/// The statements of the upgrade or downgrade section of `revision`, split by
/// PostgreSQL's parser (a syntax error is a ModelError at file:line:column). A marker or
/// step line belongs to the statement that follows it: it must stand between the end of
/// the previous statement and that statement's first line (one inside a statement, in a
/// string or a function body, is not a marker).
std::vector<RevisionStatement> section_statements(const Revision& revision, Direction direction);

enum class TransactionMode {
  single,        ///< the whole run is one transaction
  per_revision,  ///< each revision commits on its own
};

/// The SQLSTATE class as a word: integrity (23), data (22), programming (42, 3D, 3F, 2B,
/// 0A), operational (08, 40, 53, 54, 55, 57, 58, F0, HV), internal (XX), other.
std::string sqlstate_category(const std::string& sqlstate);

/// A statement of a revision failed. The message names the revision, file:line, the
/// SQLSTATE with its class and category, and the server's message.
class MigrationError : public Error {
 public:
  MigrationError(const std::string& message, std::string revision, std::string sqlstate)
      : Error(message), m_revision(std::move(revision)), m_sqlstate(std::move(sqlstate)) {}
  const std::string& revision() const { return m_revision; }
  const std::string& sqlstate() const { return m_sqlstate; }

 private:
  std::string m_revision;
  std::string m_sqlstate;
};

struct RevisionTiming {
  MigrationStep step;
  std::chrono::milliseconds duration{0};
};

struct RunCallbacks {
  /// Called before each revision starts (index is 0-based).
  std::function<void(const MigrationStep& step, std::size_t index, std::size_t total)> starting;
};

/// Runs `steps` from the state `applied` on a connection that holds the AdvisoryLock,
/// keeping the version and history tables in step (creating them if needed). On failure
/// the open transaction is rolled back and MigrationError thrown: with
/// TransactionMode::single the database is as it was before the run (unless a
/// no-transaction statement had already committed the work before it).
std::vector<RevisionTiming> run_steps(Database& db, const RevisionGraph& graph, const VersionTables& tables,
                                      const RevisionSet& applied, const std::vector<MigrationStep>& steps,
                                      TransactionMode mode, const RunCallbacks& callbacks = {});

/// The same run as a SQL script for psql (no database needed): BEGIN/COMMIT around the
/// run or each revision, the no-transaction statements between COMMIT and BEGIN, and the
/// version and history table updates.
std::string offline_script(const RevisionGraph& graph, const VersionTables& tables, const RevisionSet& applied,
                           const std::vector<MigrationStep>& steps, TransactionMode mode);

enum class StampMode {
  replace_related,  ///< replace the rows that are ancestors or descendants of a target
  purge,            ///< replace every row
};

/// Writes the version rows for `targets` and a stamp row per target in the history table,
/// in one transaction. Nothing else runs. Stamping no target (base) empties the table.
void stamp_versions(Database& db, const RevisionGraph& graph, const VersionTables& tables, const RevisionSet& targets,
                    StampMode mode);

}  // namespace schemadiff
