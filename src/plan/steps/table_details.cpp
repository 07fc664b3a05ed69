// SPDX-License-Identifier: MIT
// Steps of a table's replica identity and inheritance: ALTER TABLE forms that take ACCESS
// EXCLUSIVE on the table (INHERIT / NO INHERIT take less on the parent).
#include <set>
#include <variant>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

void add_inherited(const SchemaModel& model, const QualifiedName& child, const QualifiedName& parent,
                   std::set<QualifiedName>& seen, RefSet& refs) {
  if (!seen.insert(parent).second) {
    return;
  }
  const auto found = model.tables.find(parent);
  if (found == model.tables.end()) {
    return;
  }
  for (const QualifiedName& grandparent : found->second.inherits) {
    add_inherited(model, child, grandparent, seen, refs);
  }
  for (const Column& column : found->second.columns) {
    refs.insert(column_ref(child, column.name));
  }
  for (const auto& [name, constraint] : found->second.constraints) {
    const auto* check = std::get_if<Check>(&constraint.kind);
    if (check != nullptr && !check->no_inherit) {
      refs.insert(constraint_ref(child, name));
    }
  }
}

/// The object a REPLICA IDENTITY USING INDEX names, as `side` has it: the stand-alone
/// index, or else the constraint whose index it is.
ObjectRef replica_identity_index_ref(const QualifiedName& table, const std::string& index, const ModelIndex& side) {
  const QualifiedName name{table.schema, index};
  if (side.model().indexes.contains(name)) {
    return index_ref(name);
  }
  return constraint_ref(table, index);
}

/// What ALTER TABLE child INHERIT parent checks, as `side` has it: the parent with its
/// columns and constraints, and the child's copies of every column and inheritable CHECK
/// the parent hands down (its own and those it inherits itself).
RefSet inherit_requirements(const QualifiedName& child, const QualifiedName& parent, const ModelIndex& side) {
  RefSet refs{table_ref(child)};
  const auto found = side.model().tables.find(parent);
  if (found != side.model().tables.end()) {
    refs.merge(table_members(found->second, {}));
  } else {
    refs.insert(table_ref(parent));
  }
  std::set<QualifiedName> seen;
  add_inherited(side.model(), child, parent, seen, refs);
  return refs;
}

StepFacts alter_table_facts() { return {.hazards = {k_locks}, .lock = LockLevel::access_exclusive}; }

}  // namespace

template <>
StepSpec step_spec(const SetReplicaIdentity& op, const PlanContext& context) {
  StepSpec spec = step(Phase::set_replica_identity, op.subject(), "replica_identity");
  spec.refs.needs.insert(table_ref(op.table));
  if (op.to.kind == ReplicaIdentityKind::index) {
    spec.refs.needs.insert(replica_identity_index_ref(op.table, op.to.index, context.to));
  }
  // The identity lets go of its old index before that index may be dropped.
  if (op.from.kind == ReplicaIdentityKind::index) {
    const ObjectRef old_index = replica_identity_index_ref(op.table, op.from.index, context.from);
    if (!spec.refs.needs.contains(old_index)) {
      spec.refs.releases.insert(old_index);
    }
  }
  spec.facts = alter_table_facts();
  return spec;
}

template <>
StepSpec step_spec(const AddInherit& op, const PlanContext& context) {
  // A table can gain several parents at once.
  StepSpec spec = step(Phase::add_inherit, op.subject(), "inherit", display(table_ref(op.parent)));
  spec.refs.needs = inherit_requirements(op.table, op.parent, context.to);
  spec.facts = alter_table_facts();
  return spec;
}

template <>
StepSpec step_spec(const DropInherit& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_inherit, op.subject(), "no_inherit", display(table_ref(op.parent)));
  // Until NO INHERIT has run, dropping a parent's column or CHECK also takes the
  // child's inherited copy, which the child keeps as its own afterwards.
  spec.refs.needs.insert(table_ref(op.table));
  spec.refs.releases = inherit_requirements(op.table, op.parent, context.from);
  spec.refs.releases.erase(table_ref(op.table));
  spec.facts = alter_table_facts();
  return spec;
}

}  // namespace schemadiff::planning
