// SPDX-License-Identifier: MIT
// Steps of triggers.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

// CREATE TRIGGER takes SHARE ROW EXCLUSIVE on its table: reads go on, writes wait.
template <>
StepSpec step_spec(const CreateTrigger& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_trigger, op.subject(), "create");
  spec.refs = created({op.subject()}, trigger_requirements(op.trigger, context.to));
  spec.facts.lock = LockLevel::share_row_exclusive;
  return spec;
}

template <>
StepSpec step_spec(const DropTrigger& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_trigger, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, trigger_requirements(op.trigger, context.from));
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

}  // namespace schemadiff::planning
