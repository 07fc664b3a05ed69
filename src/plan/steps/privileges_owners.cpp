// SPDX-License-Identifier: MIT
// Steps of grants and owners: they only need their object, in its final form.
#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

// ALTER TABLE / VIEW / MATERIALIZED VIEW / SEQUENCE ... OWNER TO takes ACCESS EXCLUSIVE on
// the relation; changing the owner of any other kind locks no table.
bool owner_change_locks(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::table:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::sequence:
      return true;
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::type:
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::routine:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      return false;
  }
  return false;
}

}  // namespace

// GRANT and REVOKE lock no table, only the catalog row of the object.
template <>
StepSpec step_spec(const GrantPrivileges& op, const PlanContext&) {
  StepSpec spec = step(Phase::grant_privileges, op.subject(), "grant");
  spec.refs.needs = privilege_target_requirements(op.target);
  return spec;
}

template <>
StepSpec step_spec(const RevokePrivileges& op, const PlanContext&) {
  StepSpec spec = step(Phase::revoke_privileges, op.subject(), "revoke");
  spec.refs.needs = privilege_target_requirements(op.target);
  return spec;
}

template <>
StepSpec step_spec(const SetOwner& op, const PlanContext&) {
  StepSpec spec = step(Phase::set_owner, op.subject(), "owner");
  spec.refs.needs = privilege_target_requirements(op.target);
  if (owner_change_locks(op.target.kind)) {
    spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  }
  return spec;
}

}  // namespace schemadiff::planning
