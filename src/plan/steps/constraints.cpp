// SPDX-License-Identifier: MIT
// Steps of table constraints.
#include <variant>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

// ADD CONSTRAINT takes ACCESS EXCLUSIVE except for a foreign key, which takes SHARE ROW
// EXCLUSIVE on both its table and the referenced one; the key-like kinds also build
// their index.
struct AddedConstraintFacts {
  StepFacts operator()(const PrimaryKey&) const { return key(); }
  StepFacts operator()(const Unique&) const { return key(); }
  StepFacts operator()(const Check&) const {
    return {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  }
  StepFacts operator()(const ForeignKey&) const { return {.hazards = {}, .lock = LockLevel::share_row_exclusive}; }
  StepFacts operator()(const Exclusion&) const { return key(); }

  static StepFacts key() { return {.hazards = {k_locks, k_builds_index}, .lock = LockLevel::access_exclusive}; }
};

}  // namespace

SeparateConstraints separate_constraints(const std::vector<Operation>& operations) {
  SeparateConstraints separate;
  for (const Operation& operation : operations) {
    if (const auto* add = std::get_if<AddConstraint>(&operation)) {
      separate.added.insert(add->subject());
    } else if (const auto* drop = std::get_if<DropConstraint>(&operation)) {
      separate.dropped.insert(drop->subject());
    }
  }
  return separate;
}

template <>
StepSpec step_spec(const AddConstraint& op, const PlanContext& context) {
  StepSpec spec = step(Phase::add_constraint, op.subject(), "add");
  spec.refs = created({op.subject()}, constraint_requirements(op.table, op.constraint, context.to));
  spec.facts = std::visit(AddedConstraintFacts{}, op.constraint.kind);
  return spec;
}

// Dropping a foreign key takes ACCESS EXCLUSIVE on the referenced table too.
template <>
StepSpec step_spec(const DropConstraint& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_constraint, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, constraint_requirements(op.table, op.constraint, context.from));
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

// VALIDATE CONSTRAINT scans the table under SHARE UPDATE EXCLUSIVE (a foreign key's
// referenced table only under ROW SHARE): reads and writes go on.
template <>
StepSpec step_spec(const ValidateConstraint& op, const PlanContext&) {
  StepSpec spec = step(Phase::validate_constraint, op.subject(), "validate");
  spec.refs.needs.insert(op.subject());
  spec.facts.lock = LockLevel::share_update_exclusive;
  return spec;
}

}  // namespace schemadiff::planning
