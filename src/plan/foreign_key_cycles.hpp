// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "schemadiff/diff/operation.hpp"

namespace schemadiff::planning {

/// DropConstraint steps for the foreign keys that tie dropped tables into a cycle.
/// DROP TABLE takes the table's own foreign keys along but refuses while another table's
/// foreign key still references it, so tables referencing each other can only go once one
/// of those keys is dropped on its own. Keys that already have a DropConstraint, and keys
/// of a table on itself, need none. Every key on a cycle gets one, not just enough to break
/// it, so the result does not depend on which one would have been picked.
std::vector<Operation> foreign_key_cycle_breakers(const std::vector<Operation>& operations);

}  // namespace schemadiff::planning
