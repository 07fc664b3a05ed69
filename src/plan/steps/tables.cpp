// SPDX-License-Identifier: MIT
// Steps of tables as a whole: create, drop, persistence, storage parameters, partitions.
#include <algorithm>
#include <array>
#include <string_view>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

// Storage parameters PostgreSQL changes under SHARE UPDATE EXCLUSIVE (reloptions.c);
// any other one takes ACCESS EXCLUSIVE.
bool is_light_storage_parameter(const std::string& setting) {
  const std::string key = setting.substr(0, setting.find('='));
  constexpr std::array<std::string_view, 7> k_light = {
      "fillfactor",      "parallel_workers", "toast_tuple_target", "vacuum_index_cleanup",
      "vacuum_truncate", "log_autovacuum_min_duration", "parallel_insert_enabled",
  };
  if (key.rfind("autovacuum_", 0) == 0 || key.rfind("toast.", 0) == 0) {
    return true;
  }
  return std::find(k_light.begin(), k_light.end(), key) != k_light.end();
}

}  // namespace

// A new table locks nothing others use, except its parents: PARTITION OF takes ACCESS
// EXCLUSIVE on the partitioned table (ATTACH would need less), INHERITS SHARE UPDATE
// EXCLUSIVE on each parent.
template <>
StepSpec step_spec(const CreateTable& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_table, op.subject(), "create");
  spec.refs = created(table_members(op.table, context.separate.added),
                      table_requirements(op.table, context.separate.added, context.to));
  if (op.table.partition_of) {
    spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  } else if (!op.table.inherits.empty()) {
    spec.facts.lock = LockLevel::share_update_exclusive;
  }
  return spec;
}

template <>
StepSpec step_spec(const DropTable& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_table, op.subject(), "drop");
  spec.refs = dropped(table_members(op.table, context.separate.dropped),
                      table_requirements(op.table, context.separate.dropped, context.from));
  std::vector<ObjectRef> taken = context.from.owned_by_relation(op.table.name);
  for (const Column& column : op.table.columns) {
    const std::vector<ObjectRef> sequences = context.from.sequences_owned_by(op.table.name, column.name);
    taken.insert(taken.end(), sequences.begin(), sequences.end());
  }
  take_along(spec.refs, taken, context.from);
  spec.facts = {.hazards = {k_deletes, k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

template <>
StepSpec step_spec(const SetPersistence& op, const PlanContext&) {
  StepSpec spec = step(Phase::set_persistence, op.subject(), "set_persistence");
  spec.refs = changed({op.subject()}, {}, {});
  spec.facts = {.hazards = {k_rewrites, k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

template <>
StepSpec step_spec(const SetStorageParameters& op, const PlanContext&) {
  StepSpec spec = step(Phase::set_storage_parameters, op.subject(), "set_storage_parameters");
  spec.refs = changed({op.subject()}, {}, {});
  const auto light = [&op](const std::string& setting) {
    const bool in_from = std::find(op.from.begin(), op.from.end(), setting) != op.from.end();
    const bool in_to = std::find(op.to.begin(), op.to.end(), setting) != op.to.end();
    return (in_from && in_to) || is_light_storage_parameter(setting);
  };
  if (std::all_of(op.from.begin(), op.from.end(), light) && std::all_of(op.to.begin(), op.to.end(), light)) {
    spec.facts.lock = LockLevel::share_update_exclusive;
  } else {
    spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  }
  return spec;
}

// ATTACH takes SHARE UPDATE EXCLUSIVE on the partitioned table but ACCESS EXCLUSIVE on
// the table attached (and on a default partition).
template <>
StepSpec step_spec(const AttachPartition& op, const PlanContext& context) {
  StepSpec spec = step(Phase::attach_partition, op.subject(), "attach");
  // ATTACH checks that the columns match the parent's, so both tables must be final.
  RefSet needed{table_ref(op.partition.parent)};
  for (const QualifiedName& table : {op.table, op.partition.parent}) {
    for (const std::string& column : context.to.relation_columns(table)) {
      needed.insert(column_ref(table, column));
    }
  }
  spec.refs = changed({op.subject()}, std::move(needed), {});
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

// DETACH (without CONCURRENTLY) takes ACCESS EXCLUSIVE on both tables.
template <>
StepSpec step_spec(const DetachPartition& op, const PlanContext&) {
  StepSpec spec = step(Phase::detach_partition, op.subject(), "detach");
  spec.refs = changed({op.subject()}, {}, {table_ref(op.partition.parent)});
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

}  // namespace schemadiff::planning
