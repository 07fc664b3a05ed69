// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// What running a statement risks, as data: the CLI shows them and later gates on them.
enum class Hazard {
  deletes_data,           ///< drop table/column, narrowing type change, enum label removal
  rewrites_table,         ///< the whole table is rewritten (type change, SET LOGGED, ...)
  access_exclusive_lock,  ///< blocks reads and writes of the table while it runs
  index_build,            ///< builds an index: time and I/O proportional to the table
};

std::string to_string(Hazard hazard);

enum class TxMode { transactional, outside_transaction };

struct PlannedStep {
  Operation operation;
  std::vector<Hazard> hazards;  ///< sorted, unique
  TxMode tx = TxMode::transactional;

  bool operator==(const PlannedStep&) const = default;
};

struct Plan {
  std::vector<PlannedStep> steps;

  bool empty() const { return steps.empty(); }
  bool operator==(const Plan&) const = default;
};

/// Orders `operations` (from diff(from, to)) so every statement runs after what it needs:
/// a topological order of their dependency graph, ties broken by phase (drops before
/// creates where they compete) and then by a stable key, so the same input gives the same
/// plan. Foreign-key cycles among new tables are broken by the FK being its own step;
/// among dropped tables, by adding a DropConstraint step for each FK on the cycle (the
/// one case where the planner adds steps rather than only ordering them).
/// A cycle that cannot be broken is an Error naming the objects in it.
Plan plan(const std::vector<Operation>& operations, const SchemaModel& from, const SchemaModel& to);


}  // namespace schemadiff
