// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/revision/revision_graph.hpp"

namespace schemadiff {

enum class Direction { upgrade, downgrade };

std::string to_string(Direction direction);

/// One revision to run, in one direction.
struct MigrationStep {
  std::string revision;
  Direction direction = Direction::upgrade;

  bool operator==(const MigrationStep&) const = default;
};

/// The steps from `applied` (every revision applied: the ancestors of the version rows)
/// to an upgrade target: `head` (the only head; several heads are a UsageError that lists
/// them), `heads`, a revision id or unique prefix, `+N` (the next N), `REV+N` (N past REV).
std::vector<MigrationStep> plan_upgrade(const RevisionGraph& graph, const RevisionSet& applied,
                                        std::string_view target);

/// The steps to a downgrade target: `-N` (the last N applied), `base` (everything), or a
/// revision id/prefix (everything applied after it is undone; it stays applied).
std::vector<MigrationStep> plan_downgrade(const RevisionGraph& graph, const RevisionSet& applied,
                                          std::string_view target);

/// `applied` after running `steps`.
RevisionSet apply_steps(RevisionSet applied, const std::vector<MigrationStep>& steps);

/// The revisions a target names, as upgrade would reach them (`head`, `heads`, `base`
/// (none), an id or prefix): for stamp and for `FROM:TO` ranges.
RevisionSet resolve_revisions(const RevisionGraph& graph, std::string_view target);

}  // namespace schemadiff
