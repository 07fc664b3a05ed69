// SPDX-License-Identifier: MIT
// Steps of functions and procedures: they lock no table.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateRoutine& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_routine, op.subject(), "create");
  spec.refs = created({op.subject()}, routine_requirements(op.routine, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropRoutine& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_routine, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, routine_requirements(op.routine, context.from));
  return spec;
}

template <>
StepSpec step_spec(const ReplaceRoutine& op, const PlanContext& context) {
  StepSpec spec = step(Phase::replace_routine, op.subject(), "replace");
  spec.refs = changed({op.subject()}, routine_requirements(op.to, context.to),
                      routine_requirements(op.from, context.from));
  return spec;
}

}  // namespace schemadiff::planning
