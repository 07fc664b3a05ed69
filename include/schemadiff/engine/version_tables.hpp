// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/revision/revision_graph.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff {

class Database;

/// Where the bookkeeping lives: the version table (one row per applied head) and the
/// applied-history table next to it (one row per revision run or stamped).
struct VersionTables {
  std::string schema = "public";
  std::string version = "schemadiff_version";
  std::string history = "schemadiff_history";

  /// From the `version_table` setting, `table` or `schema.table`. The history table is
  /// the version table's name with a trailing `_version` replaced by `_history` (or
  /// `_history` appended).
  static VersionTables from_setting(const std::string& setting);

  std::string qualified_version() const;
  std::string qualified_history() const;
  /// Key of the session advisory lock that serializes runs against one database.
  long long lock_key() const;
};

/// CREATE TABLE IF NOT EXISTS for both tables.
std::vector<std::string> create_version_tables_sql(const VersionTables& tables);

/// The statements that turn the version rows `before` into `after`.
std::vector<std::string> version_update_sql(const VersionTables& tables, const RevisionSet& before,
                                            const RevisionSet& after);

/// Records one run (or stamp) of `revision` in the history table. A null duration is
/// written as NULL (offline scripts do not know it).
std::string history_insert_sql(const VersionTables& tables, const std::string& revision, const std::string& direction,
                               const std::string& checksum, std::optional<long long> duration_ms);

/// The version rows; empty when the table does not exist yet.
RevisionSet read_version_rows(Database& db, const VersionTables& tables);

struct AppliedRecord {
  std::string revision;
  std::string direction;  ///< upgrade, downgrade, or stamp for `schemadiff stamp`
  std::string checksum;
  std::string applied_at;
  std::optional<long long> duration_ms;
};

/// Every history row, oldest first; empty when the table does not exist yet.
std::vector<AppliedRecord> read_applied_history(Database& db, const VersionTables& tables);

/// For each revision whose latest history row is an upgrade or stamp: that row's checksum.
std::map<std::string, std::string> applied_checksums(const std::vector<AppliedRecord>& history);

/// Removes the version and history tables (and anything hanging off them) from a model of
/// the live database, so comparing it with declared models ignores the bookkeeping.
void strip_version_tables(SchemaModel& model, const VersionTables& tables);

/// The applied revisions whose file changed since they were applied: id -> checksum then.
std::map<std::string, std::string> changed_applied_revisions(const RevisionGraph& graph, const RevisionSet& applied,
                                                             const std::vector<AppliedRecord>& history);

}  // namespace schemadiff
