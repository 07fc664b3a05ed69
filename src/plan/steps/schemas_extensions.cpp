// SPDX-License-Identifier: MIT
// Steps of schemas and extensions: they lock no table (an extension's own script may,
// but only on objects it creates).
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateSchema& op, const PlanContext&) {
  StepSpec spec = step(Phase::create_schema, op.subject(), "create");
  spec.refs = created({op.subject()}, {});
  return spec;
}

template <>
StepSpec step_spec(const DropSchema& op, const PlanContext&) {
  StepSpec spec = step(Phase::drop_schema, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, {});
  return spec;
}

template <>
StepSpec step_spec(const CreateExtension& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_extension, op.subject(), "create");
  spec.refs = created({op.subject()}, extension_requirements(op.extension, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropExtension& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_extension, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, extension_requirements(op.extension, context.from));
  return spec;
}

template <>
StepSpec step_spec(const AlterExtension& op, const PlanContext& context) {
  StepSpec spec = step(Phase::alter_extension, op.subject(), "alter");
  spec.refs = changed({op.subject()}, extension_requirements(op.to, context.to),
                      extension_requirements(op.from, context.from));
  return spec;
}

}  // namespace schemadiff::planning
