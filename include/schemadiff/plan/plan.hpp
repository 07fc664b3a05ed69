// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/diff/diff.hpp"
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
/// The hazard a step line names (`deletes_data`, ...); nullopt for an unknown word.
std::optional<Hazard> hazard_from_string(std::string_view word);

/// The strongest table-level lock a step takes, in PostgreSQL's order of lock modes
/// (a step that locks no table, such as CREATE TYPE, is `none`).
enum class LockLevel {
  none,
  access_share,
  row_share,
  row_exclusive,
  share_update_exclusive,
  share,
  share_row_exclusive,
  exclusive,
  access_exclusive,
};

/// `access_exclusive`, ...: the word used in step lines and JSON output.
std::string to_string(LockLevel lock);
std::optional<LockLevel> lock_level_from_string(std::string_view word);

enum class TxMode { transactional, outside_transaction };

/// What the planner knows about a step when it runs: the facts that travel with its SQL
/// into revision files (as step lines) and that `upgrade` reads back.
struct StepFacts {
  std::vector<Hazard> hazards;  ///< sorted, unique
  LockLevel lock = LockLevel::none;
  TxMode tx = TxMode::transactional;

  bool operator==(const StepFacts&) const = default;
};

struct PlannedStep {
  Operation operation;
  StepFacts facts;

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
/// `from` is the model the operations were computed against: when they hold renames, the
/// model as it is after them (Diff::renamed_from; the overload below takes it from there).
/// Each step carries its facts: hazards, the strongest table lock it takes, and whether it
/// may run inside a transaction.
Plan plan(const std::vector<Operation>& operations, const SchemaModel& from, const SchemaModel& to);
/// The plan of what diff_models(from, to, ...) returned.
Plan plan(const Diff& diff, const SchemaModel& from, const SchemaModel& to);

}  // namespace schemadiff
