// SPDX-License-Identifier: MIT
#include "plan/type_operation_refs.hpp"

#include "plan/object_requirements.hpp"

namespace schemadiff::planning {
namespace {

OperationRefs created(RefSet created, RefSet needed) {
  OperationRefs refs;
  refs.creates = std::move(created);
  refs.needs = std::move(needed);
  return refs;
}

OperationRefs dropped(RefSet dropped, RefSet used) {
  OperationRefs refs;
  refs.drops = std::move(dropped);
  refs.releases = std::move(used);
  return refs;
}

// An in-place change needs its new references and releases only the old ones it drops.
OperationRefs changed(RefSet modified, RefSet needed, RefSet used_before) {
  OperationRefs refs;
  refs.modifies = std::move(modified);
  for (const ObjectRef& ref : needed) {
    used_before.erase(ref);
  }
  refs.releases = std::move(used_before);
  refs.needs = std::move(needed);
  return refs;
}

RefSet domain_members(const Domain& domain) {
  RefSet refs{domain_ref(domain.name)};
  for (const auto& [name, constraint] : domain.constraints) {
    refs.insert(domain_constraint_ref(domain.name, name));
  }
  return refs;
}

// The columns a replacement re-types, on every partition under their tables too: they
// are changed in place, so whatever reads them waits as for AlterColumn.
RefSet retyped_columns(const std::vector<TypeColumnUse>& uses, const ModelIndex& from) {
  RefSet refs;
  for (const TypeColumnUse& use : uses) {
    for (const QualifiedName& member : from.partition_tree(use.table)) {
      refs.insert(column_ref(member, use.column.name));
    }
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

}  // namespace

OperationRefs refs_of(const CreateCollation& op, const ModelIndex&, const ModelIndex& to) {
  return created({collation_ref(op.collation.name)}, collation_requirements(op.collation, to));
}
OperationRefs refs_of(const DropCollation& op, const ModelIndex& from, const ModelIndex&) {
  return dropped({collation_ref(op.collation.name)}, collation_requirements(op.collation, from));
}

OperationRefs refs_of(const CreateDomain& op, const ModelIndex&, const ModelIndex& to) {
  return created(domain_members(op.domain), domain_requirements(op.domain, to));
}
OperationRefs refs_of(const DropDomain& op, const ModelIndex& from, const ModelIndex&) {
  return dropped(domain_members(op.domain), domain_requirements(op.domain, from));
}
OperationRefs refs_of(const AlterDomain& op, const ModelIndex& from, const ModelIndex& to) {
  return changed({domain_ref(op.to.name)}, domain_requirements(op.to, to), domain_requirements(op.from, from));
}
OperationRefs refs_of(const AddDomainConstraint& op, const ModelIndex&, const ModelIndex& to) {
  return created({domain_constraint_ref(op.domain, op.constraint.name)}, constraint_requirements(op.domain, to));
}
OperationRefs refs_of(const DropDomainConstraint& op, const ModelIndex& from, const ModelIndex&) {
  return dropped({domain_constraint_ref(op.domain, op.constraint.name)}, constraint_requirements(op.domain, from));
}
OperationRefs refs_of(const ValidateDomainConstraint& op, const ModelIndex&, const ModelIndex&) {
  OperationRefs refs;
  refs.needs.insert(domain_constraint_ref(op.domain, op.constraint.name));
  return refs;
}
OperationRefs refs_of(const ReplaceDomain& op, const ModelIndex& from, const ModelIndex& to) {
  RefSet modified = domain_members(op.from);
  modified.merge(domain_members(op.to));
  modified.merge(retyped_columns(op.columns, from));
  return changed(std::move(modified), domain_requirements(op.to, to), domain_requirements(op.from, from));
}

OperationRefs refs_of(const CreateCompositeType& op, const ModelIndex&, const ModelIndex& to) {
  return created({composite_type_ref(op.type.name)}, composite_type_requirements(op.type, to));
}
OperationRefs refs_of(const DropCompositeType& op, const ModelIndex& from, const ModelIndex&) {
  return dropped({composite_type_ref(op.type.name)}, composite_type_requirements(op.type, from));
}
OperationRefs refs_of(const AlterCompositeType& op, const ModelIndex& from, const ModelIndex& to) {
  RefSet modified{composite_type_ref(op.to.name)};
  modified.merge(retyped_columns(op.columns, from));
  return changed(std::move(modified), composite_type_requirements(op.to, to),
                 composite_type_requirements(op.from, from));
}

OperationRefs refs_of(const CreateRangeType& op, const ModelIndex&, const ModelIndex& to) {
  return created({range_type_ref(op.type.name)}, range_type_requirements(op.type, to));
}
OperationRefs refs_of(const DropRangeType& op, const ModelIndex& from, const ModelIndex&) {
  return dropped({range_type_ref(op.type.name)}, range_type_requirements(op.type, from));
}
OperationRefs refs_of(const ReplaceRangeType& op, const ModelIndex& from, const ModelIndex& to) {
  RefSet modified{range_type_ref(op.to.name)};
  modified.merge(retyped_columns(op.columns, from));
  return changed(std::move(modified), range_type_requirements(op.to, to), range_type_requirements(op.from, from));
}

}  // namespace schemadiff::planning
