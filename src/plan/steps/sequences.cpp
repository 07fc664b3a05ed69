// SPDX-License-Identifier: MIT
// Steps of sequences. A sequence is a relation: DROP SEQUENCE takes ACCESS EXCLUSIVE on
// it and ALTER SEQUENCE (options or OWNED BY) SHARE ROW EXCLUSIVE.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateSequence& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_sequence, op.subject(), "create");
  spec.refs = created({op.subject()}, sequence_requirements(op.sequence, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropSequence& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_sequence, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, sequence_requirements(op.sequence, context.from));
  spec.facts.lock = LockLevel::access_exclusive;
  return spec;
}

template <>
StepSpec step_spec(const AlterSequence& op, const PlanContext&) {
  StepSpec spec = step(Phase::alter_sequence, op.subject(), "alter");
  // Options and OWNED BY change nothing another object reads, so this is no `modifies`:
  // it only needs the sequence and the owning column.
  spec.refs.needs.insert(op.subject());
  if (op.to.owned_by) {
    spec.refs.needs.insert(column_ref(op.to.owned_by->table, op.to.owned_by->column));
  }
  if (op.from.owned_by && op.from.owned_by != op.to.owned_by) {
    spec.refs.releases.insert(column_ref(op.from.owned_by->table, op.from.owned_by->column));
  }
  spec.facts.lock = LockLevel::share_row_exclusive;
  return spec;
}

}  // namespace schemadiff::planning
