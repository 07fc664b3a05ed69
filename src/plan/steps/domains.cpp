// SPDX-License-Identifier: MIT
// Steps of domains and their constraints.
#include <algorithm>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {
namespace {

RefSet domain_members(const Domain& domain) {
  RefSet refs{domain_ref(domain.name)};
  for (const auto& [name, constraint] : domain.constraints) {
    refs.insert(domain_constraint_ref(domain.name, name));
  }
  return refs;
}

// A domain's CHECKs stand for the domain in the dependency list: what they call is
// among the domain's dependencies.
RefSet constraint_requirements(const QualifiedName& domain, const ModelIndex& side) {
  RefSet refs{domain_ref(domain)};
  for (const ObjectRef& referenced : side.dependencies_of(domain_ref(domain))) {
    refs.insert(referenced);
  }
  return refs;
}

// Checking a domain's values (SET NOT NULL, a validated CHECK) scans every table with a
// column of the domain under SHARE: reads go on, writes wait. Without such a column no
// table is locked.
LockLevel value_check_lock(const QualifiedName& domain, const PlanContext& context) {
  const ObjectRef wanted = domain_ref(domain);
  for (const auto& [name, table] : context.to.model().tables) {
    const bool uses = std::any_of(table.columns.begin(), table.columns.end(), [&](const Column& column) {
      return context.to.user_type_named(column.type) == wanted;
    });
    if (uses) {
      return LockLevel::share;
    }
  }
  return LockLevel::none;
}

}  // namespace

template <>
StepSpec step_spec(const CreateDomain& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_domain, op.subject(), "create");
  spec.refs = created(domain_members(op.domain), domain_requirements(op.domain, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropDomain& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_domain, op.subject(), "drop");
  spec.refs = dropped(domain_members(op.domain), domain_requirements(op.domain, context.from));
  return spec;
}

template <>
StepSpec step_spec(const AlterDomain& op, const PlanContext& context) {
  StepSpec spec = step(Phase::alter_domain, op.subject(), "alter");
  spec.refs = changed({op.subject()}, domain_requirements(op.to, context.to),
                      domain_requirements(op.from, context.from));
  if (op.to.not_null && !op.from.not_null) {
    spec.facts.lock = value_check_lock(op.to.name, context);
  }
  return spec;
}

template <>
StepSpec step_spec(const AddDomainConstraint& op, const PlanContext& context) {
  StepSpec spec = step(Phase::add_domain_constraint, op.subject(), "add");
  spec.refs = created({op.subject()}, constraint_requirements(op.domain, context.to));
  if (op.constraint.validation == Validation::validated) {
    spec.facts.lock = value_check_lock(op.domain, context);
  }
  return spec;
}

template <>
StepSpec step_spec(const DropDomainConstraint& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_domain_constraint, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, constraint_requirements(op.domain, context.from));
  return spec;
}

template <>
StepSpec step_spec(const ValidateDomainConstraint& op, const PlanContext& context) {
  StepSpec spec = step(Phase::validate_domain_constraint, op.subject(), "validate");
  spec.refs.needs.insert(op.subject());
  spec.facts.lock = value_check_lock(op.domain, context);
  return spec;
}

template <>
StepSpec step_spec(const ReplaceDomain& op, const PlanContext& context) {
  StepSpec spec = step(Phase::replace_domain, op.subject(), "replace");
  RefSet modified = domain_members(op.from);
  modified.merge(domain_members(op.to));
  modified.merge(retyped_columns(op.columns, context.from));
  spec.refs = changed(std::move(modified), domain_requirements(op.to, context.to),
                      domain_requirements(op.from, context.from));
  spec.facts = type_replacement_facts(op.columns, op.from.base_type, op.to.base_type);
  return spec;
}

}  // namespace schemadiff::planning
