// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// The SQL of a revision that turns `current` into `wanted`, from the differ, planner and
/// renderer: the upgrade is the plan of diff(current, wanted), the downgrade the plan of
/// diff(wanted, current). Statements the planner says must run outside a transaction are
/// preceded by the no-transaction marker.
struct GeneratedMigration {
  std::string upgrade;
  std::string downgrade;
  std::vector<std::string> destructive;  ///< upgrade statements that delete data
  std::size_t upgrade_statements = 0;
  /// Drops and creates of look-alike objects that a rename hint would turn into renames.
  std::vector<std::string> rename_suggestions;

  bool empty() const { return upgrade_statements == 0; }
};

/// `options.renames` read from `current` to `wanted`; the downgrade uses them reversed.
GeneratedMigration generate_migration(const SchemaModel& current, const SchemaModel& wanted,
                                      const DiffOptions& options = {});

}  // namespace schemadiff
