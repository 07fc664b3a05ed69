// SPDX-License-Identifier: MIT
#pragma once

#include "plan/operation_refs.hpp"

// operation_refs() for collations, domains, composite and range types: what each of
// their operations creates, drops, changes, needs and releases.
namespace schemadiff::planning {

OperationRefs refs_of(const CreateCollation& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const DropCollation& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const CreateDomain& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const DropDomain& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const AlterDomain& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const AddDomainConstraint& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const DropDomainConstraint& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const ValidateDomainConstraint& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const ReplaceDomain& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const CreateCompositeType& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const DropCompositeType& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const AlterCompositeType& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const CreateRangeType& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const DropRangeType& op, const ModelIndex& from, const ModelIndex& to);
OperationRefs refs_of(const ReplaceRangeType& op, const ModelIndex& from, const ModelIndex& to);

}  // namespace schemadiff::planning
