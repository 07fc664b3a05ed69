// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/plan/plan.hpp"

namespace schemadiff::planning {

/// What running `operation` risks; sorted, unique.
std::vector<Hazard> hazards(const Operation& operation);

/// The strongest table lock the step takes.
LockLevel lock_level(const Operation& operation);

/// Whether a step can share the surrounding transaction.
TxMode tx_mode(const Operation& operation);

}  // namespace schemadiff::planning
