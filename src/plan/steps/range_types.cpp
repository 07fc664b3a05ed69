// SPDX-License-Identifier: MIT
// Steps of range types: the type's own statements lock no table.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateRangeType& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_range_type, op.subject(), "create");
  spec.refs = created({op.subject()}, range_type_requirements(op.type, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropRangeType& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_range_type, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, range_type_requirements(op.type, context.from));
  return spec;
}

template <>
StepSpec step_spec(const ReplaceRangeType& op, const PlanContext& context) {
  StepSpec spec = step(Phase::replace_range_type, op.subject(), "replace");
  RefSet modified{op.subject()};
  modified.merge(retyped_columns(op.columns, context.from));
  spec.refs = changed(std::move(modified), range_type_requirements(op.to, context.to),
                      range_type_requirements(op.from, context.from));
  spec.facts = type_replacement_facts(op.columns, op.from.subtype, op.to.subtype);
  return spec;
}

}  // namespace schemadiff::planning
