// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string>
#include <vector>

#include "schemadiff/engine/compare.hpp"
#include "schemadiff/plan/plan.hpp"

namespace schemadiff {

/// A revision that turns `current` into `wanted`: the upgrade is the plan of the
/// comparison's forward direction, the downgrade the plan of its backward one; the SQL of
/// each is render_script of its plan (statements that must run outside a transaction are
/// preceded by the no-transaction marker).
struct GeneratedMigration {
  Plan upgrade_plan;
  Plan downgrade_plan;
  std::string upgrade;
  std::string downgrade;
  std::vector<std::string> destructive;  ///< upgrade statements that delete data
  std::size_t upgrade_statements = 0;
  /// Drops and creates of look-alike objects (upgrade) that a rename hint would turn into
  /// renames.
  std::vector<std::string> rename_suggestions;
  std::set<UnmanagedObject> unmanaged_current;
  std::set<UnmanagedObject> unmanaged_wanted;
  std::vector<std::string> warnings;  ///< as Comparison::warnings

  bool empty() const { return upgrade_statements == 0; }
};

/// compare(current, wanted) in both directions, as a revision's sections.
GeneratedMigration generate_migration(const ModelSource& current, const ModelSource& wanted, ScratchServer& scratch,
                                      CompareOptions options);

}  // namespace schemadiff
