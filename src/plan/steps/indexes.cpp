// SPDX-License-Identifier: MIT
// Steps of stand-alone indexes.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

// CREATE INDEX (without CONCURRENTLY) takes SHARE on the table: reads go on, writes wait
// for the build.
template <>
StepSpec step_spec(const CreateIndex& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_index, op.subject(), "create");
  spec.refs = created({op.subject()}, index_requirements(op.index, context.to));
  spec.facts = {.hazards = {k_builds_index}, .lock = LockLevel::share};
  return spec;
}

template <>
StepSpec step_spec(const DropIndex& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_index, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, index_requirements(op.index, context.from));
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

}  // namespace schemadiff::planning
