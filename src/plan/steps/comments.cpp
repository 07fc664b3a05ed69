// SPDX-License-Identifier: MIT
// Steps of comments.
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

// COMMENT ON a relation or one of its columns takes SHARE UPDATE EXCLUSIVE on the
// relation (an index or sequence is one); on a constraint, trigger or policy only ACCESS
// SHARE on its table; on any other kind no table lock.
LockLevel comment_lock(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::table:
    case ObjectKind::column:
    case ObjectKind::index:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::sequence:
      return LockLevel::share_update_exclusive;
    case ObjectKind::constraint:
    case ObjectKind::trigger:
    case ObjectKind::policy:
      return LockLevel::access_share;
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::type:
    case ObjectKind::routine:
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      return LockLevel::none;
  }
  return LockLevel::none;
}

}  // namespace

template <>
StepSpec step_spec(const SetComment& op, const PlanContext&) {
  StepSpec spec = step(Phase::set_comment, op.subject(), "comment");
  spec.refs.needs.insert(canonical(op.target));
  spec.facts.lock = comment_lock(op.target.kind);
  return spec;
}

}  // namespace schemadiff::planning
