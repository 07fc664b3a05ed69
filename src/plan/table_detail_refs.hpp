// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "plan/model_index.hpp"
#include "plan/object_refs.hpp"

namespace schemadiff::planning {

/// The object a REPLICA IDENTITY USING INDEX names, as `side` has it: the stand-alone
/// index, or else the constraint whose index it is.
ObjectRef replica_identity_index_ref(const QualifiedName& table, const std::string& index, const ModelIndex& side);

/// What ALTER TABLE child INHERIT parent checks, as `side` has it: the parent with its
/// columns and constraints, and the child's copies of every column and inheritable CHECK
/// the parent hands down (its own and those it inherits itself).
RefSet inherit_requirements(const QualifiedName& child, const QualifiedName& parent, const ModelIndex& side);

}  // namespace schemadiff::planning
