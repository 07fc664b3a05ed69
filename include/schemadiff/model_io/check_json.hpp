// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace schemadiff {

/// An applied revision whose file changed since it was applied.
struct ChangedRevision {
  std::string revision;
  std::string path;
  std::string applied_checksum;
  std::string file_checksum;
};

/// What `check` found about the database.
struct DatabaseCheck {
  std::vector<std::string> at;                 ///< the version rows
  std::vector<std::string> missing_revisions;  ///< not applied, in history order
  std::vector<ChangedRevision> changed_revisions;
  std::string drift_sql;  ///< what would bring the database back; empty: no drift
};

/// What `check` found: models changed without a revision, and (unless skipped) the state
/// of the database.
struct CheckReport {
  std::string models_sql;  ///< what a new revision would need; empty: none needed
  std::optional<DatabaseCheck> database;

  bool clean() const;
};

/// The report as JSON, 2-space indented, ending in a newline:
/// {"clean": bool, "models": {"changed_without_revision": bool, "sql": ...},
///  "database": {"at": [...], "missing_revisions": [...], "changed_revisions": [{"revision",
///  "path", "applied_checksum", "file_checksum"}], "drift": bool, "sql": ...}}.
void write_check_json(const CheckReport& report, std::ostream& out);

}  // namespace schemadiff
