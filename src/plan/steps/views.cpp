// SPDX-License-Identifier: MIT
// Steps of views and materialized views. Creating one reads the relations it selects
// from under ACCESS SHARE; dropping or replacing one takes ACCESS EXCLUSIVE on it.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

OperationRefs create_view(const View& view, ObjectKind kind, const PlanContext& context) {
  return created(view_members(view, kind), view_requirements(view, kind, context.to));
}

OperationRefs drop_view(const View& view, ObjectKind kind, const PlanContext& context) {
  OperationRefs refs = dropped(view_members(view, kind), view_requirements(view, kind, context.from));
  take_along(refs, context.from.owned_by_relation(view.name), context.from);
  return refs;
}

}  // namespace

template <>
StepSpec step_spec(const CreateView& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_view, op.subject(), "create");
  spec.refs = create_view(op.view, ObjectKind::view, context);
  spec.facts.lock = LockLevel::access_share;
  return spec;
}

template <>
StepSpec step_spec(const DropView& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_view, op.subject(), "drop");
  spec.refs = drop_view(op.view, ObjectKind::view, context);
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

template <>
StepSpec step_spec(const ReplaceView& op, const PlanContext& context) {
  StepSpec spec = step(Phase::replace_view, op.subject(), "replace");
  RefSet modified = view_members(op.from, ObjectKind::view);
  modified.merge(view_members(op.to, ObjectKind::view));
  spec.refs = changed(std::move(modified), view_requirements(op.to, ObjectKind::view, context.to),
                      view_requirements(op.from, ObjectKind::view, context.from));
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

template <>
StepSpec step_spec(const CreateMaterializedView& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_materialized_view, op.subject(), "create");
  spec.refs = create_view(op.view, ObjectKind::materialized_view, context);
  spec.facts.lock = LockLevel::access_share;
  return spec;
}

template <>
StepSpec step_spec(const DropMaterializedView& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_materialized_view, op.subject(), "drop");
  spec.refs = drop_view(op.view, ObjectKind::materialized_view, context);
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

}  // namespace schemadiff::planning
