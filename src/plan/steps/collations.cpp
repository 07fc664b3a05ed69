// SPDX-License-Identifier: MIT
// Steps of collations: they lock no table.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateCollation& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_collation, op.subject(), "create");
  spec.refs = created({op.subject()}, collation_requirements(op.collation, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropCollation& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_collation, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, collation_requirements(op.collation, context.from));
  return spec;
}

}  // namespace schemadiff::planning
