// SPDX-License-Identifier: MIT
// Steps of renames. A rename frees the old name; a member's rename needs its owner.
// Whatever touches the new name, the renames of the owner's members included, is ordered
// after the rename through its scope (RenameScope) rather than through the ref sets, so
// that a rename is never mistaken for a change in place that what uses the object must
// wait for. A rename is instant, but a relation's takes a lock on it: ACCESS EXCLUSIVE,
// except ALTER INDEX ... RENAME, which takes SHARE UPDATE EXCLUSIVE on the index only.
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

StepSpec renamed(const ObjectRef& old_ref, RenameScope scope, RefSet needed = {}) {
  StepSpec spec = step(Phase::rename, old_ref, "rename");
  spec.refs.drops.insert(old_ref);
  spec.refs.needs = std::move(needed);
  spec.renames = std::move(scope);
  return spec;
}

RenameScope relation(ObjectKind kind, const QualifiedName& from, const std::string& to) {
  return {relation_ref(kind, {from.schema, to}), true, false};
}

StepFacts locks_relation() { return {.hazards = {k_locks}, .lock = LockLevel::access_exclusive}; }

}  // namespace

bool RenameScope::contains(const ObjectRef& ref) const {
  if (whole_relation) {
    return ref.name == renamed.name && ref.kind != ObjectKind::schema && ref.kind != ObjectKind::extension &&
           ref.kind != ObjectKind::type && ref.kind != ObjectKind::sequence && ref.kind != ObjectKind::index &&
           ref.kind != ObjectKind::routine;
  }
  if (whole_type) {
    return ref.kind == ObjectKind::type && ref.name == renamed.name;
  }
  return ref == renamed;
}

template <>
StepSpec step_spec(const RenameTable& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), relation(ObjectKind::table, op.from, op.to));
  spec.facts = locks_relation();
  return spec;
}

template <>
StepSpec step_spec(const RenameColumn& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), {column_ref(op.table, op.to), false, false}, {table_ref(op.table)});
  spec.facts = locks_relation();
  return spec;
}

template <>
StepSpec step_spec(const RenameIndex& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), {index_ref({op.from.schema, op.to}), false, false});
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::share_update_exclusive};
  return spec;
}

template <>
StepSpec step_spec(const RenameConstraint& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), {constraint_ref(op.table, op.to), false, false}, {table_ref(op.table)});
  spec.facts = locks_relation();
  return spec;
}

template <>
StepSpec step_spec(const RenameEnum& op, const PlanContext&) {
  return renamed(op.subject(), {type_ref({op.from.schema, op.to}), false, true});
}

// Whatever else changes the type (a label added next to the renamed one, a replacement)
// sees the new label.
template <>
StepSpec step_spec(const RenameEnumValue& op, const PlanContext&) {
  StepSpec spec = step(Phase::rename, op.subject(), "rename_value", op.from);
  spec.refs.drops.insert(op.subject());
  spec.refs.needs.insert(type_ref(op.type));
  spec.renames = RenameScope{type_ref(op.type), false, true};
  return spec;
}

template <>
StepSpec step_spec(const RenameView& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), relation(ObjectKind::view, op.from, op.to));
  spec.facts = locks_relation();
  return spec;
}

template <>
StepSpec step_spec(const RenameMaterializedView& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), relation(ObjectKind::materialized_view, op.from, op.to));
  spec.facts = locks_relation();
  return spec;
}

template <>
StepSpec step_spec(const RenameRoutine& op, const PlanContext&) {
  return renamed(op.subject(), {routine_ref({{op.from.name.schema, op.to}, op.from.arguments}), false, false});
}

// Only implied by a table rename; ALTER SEQUENCE ... RENAME locks the sequence.
template <>
StepSpec step_spec(const RenameSequence& op, const PlanContext&) {
  StepSpec spec = renamed(op.subject(), {sequence_ref({op.from.schema, op.to}), false, false});
  spec.facts.lock = LockLevel::access_exclusive;
  return spec;
}

}  // namespace schemadiff::planning
