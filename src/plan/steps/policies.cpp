// SPDX-License-Identifier: MIT
// Steps of row-level security: the table's switches and its policies. CREATE / ALTER /
// DROP POLICY and ENABLE / FORCE ROW LEVEL SECURITY all take ACCESS EXCLUSIVE on the
// table, like most ALTER TABLE forms.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

StepFacts locks_table() { return {.hazards = {k_locks}, .lock = LockLevel::access_exclusive}; }

}  // namespace

template <>
StepSpec step_spec(const AlterRowSecurity& op, const PlanContext&) {
  StepSpec spec = step(Phase::alter_row_security, op.subject(), "row_security");
  spec.refs.needs.insert(table_ref(op.table));
  spec.facts = locks_table();
  return spec;
}

template <>
StepSpec step_spec(const CreatePolicy& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_policy, op.subject(), "create");
  spec.refs = created({op.subject()}, policy_requirements(op.policy, context.to));
  spec.facts = locks_table();
  return spec;
}

template <>
StepSpec step_spec(const DropPolicy& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_policy, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, policy_requirements(op.policy, context.from));
  spec.facts = locks_table();
  return spec;
}

template <>
StepSpec step_spec(const AlterPolicy& op, const PlanContext& context) {
  StepSpec spec = step(Phase::alter_policy, op.subject(), "alter");
  spec.refs = changed({op.subject()}, policy_requirements(op.to, context.to),
                      policy_requirements(op.from, context.from));
  spec.facts = locks_table();
  return spec;
}

}  // namespace schemadiff::planning
