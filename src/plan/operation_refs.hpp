// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "plan/model_index.hpp"
#include "plan/object_refs.hpp"
#include "schemadiff/diff/operation.hpp"

namespace schemadiff::planning {

/// What one operation does to the objects of the schema, as refs.
struct OperationRefs {
  RefSet creates;
  RefSet drops;
  /// Changed in place in a way others may rely on (a column re-typed, an enum given a
  /// label, a view replaced): whatever reads the object must be dropped before and created
  /// after.
  RefSet modifies;
  /// Must exist, in their `to` form, when the operation runs.
  RefSet needs;
  /// Were used, in their `from` form, by what the operation removes: they may only be
  /// dropped or changed after it.
  RefSet releases;
};

/// Constraints that have their own AddConstraint / DropConstraint step, so a CreateTable or
/// DropTable carrying them in its table value neither creates nor drops them.
struct SeparateConstraints {
  RefSet added;
  RefSet dropped;
};

SeparateConstraints separate_constraints(const std::vector<Operation>& operations);

/// Never lists one of the operation's own objects under needs or releases.
OperationRefs operation_refs(const Operation& operation, const ModelIndex& from, const ModelIndex& to,
                             const SeparateConstraints& separate);

}  // namespace schemadiff::planning
