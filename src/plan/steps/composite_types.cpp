// SPDX-License-Identifier: MIT
// Steps of composite types. ALTER TYPE locks only the type's own catalog relation, which
// no query reads or writes; re-typing the columns that use it locks their tables.
#include <algorithm>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"
#include "plan/type_change.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateCompositeType& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_composite_type, op.subject(), "create");
  spec.refs = created({op.subject()}, composite_type_requirements(op.type, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropCompositeType& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_composite_type, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, composite_type_requirements(op.type, context.from));
  return spec;
}

template <>
StepSpec step_spec(const AlterCompositeType& op, const PlanContext& context) {
  StepSpec spec = step(Phase::alter_composite_type, op.subject(), "alter");
  RefSet modified{op.subject()};
  modified.merge(retyped_columns(op.columns, context.from));
  spec.refs = changed(std::move(modified), composite_type_requirements(op.to, context.to),
                      composite_type_requirements(op.from, context.from));
  if (!op.columns.empty()) {
    spec.facts = {.hazards = {k_rewrites, k_locks}, .lock = LockLevel::access_exclusive};
  }
  // Values stored in columns of the type lose a dropped attribute, or a re-typed one's
  // value when the new type is not a widening.
  for (const CompositeAttribute& before : op.from.attributes) {
    const auto after = std::find_if(op.to.attributes.begin(), op.to.attributes.end(),
                                    [&before](const CompositeAttribute& a) { return a.name == before.name; });
    if (after == op.to.attributes.end() || !is_known_widening(before.type, after->type)) {
      spec.facts.hazards.push_back(k_deletes);
      break;
    }
  }
  return spec;
}

}  // namespace schemadiff::planning
