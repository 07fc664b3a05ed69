// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "plan/object_refs.hpp"
#include "schemadiff/diff/operation.hpp"

namespace schemadiff::planning {

/// The objects a rename gives a new name to, as a test on refs: for a relation, the
/// relation and all its members; for a type, the type and its labels; otherwise the
/// object itself. Every other operation that touches one of them runs after the rename,
/// since it was planned against the model with the new names. Empty for non-renames.
struct RenameScope {
  ObjectRef renamed;
  bool whole_relation = false;  ///< any ref whose `name` is the relation's new name
  bool whole_type = false;      ///< any type ref with the type's name (labels included)

  bool contains(const ObjectRef& ref) const;
};

std::optional<RenameScope> rename_scope(const Operation& operation);

}  // namespace schemadiff::planning
