// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "schemadiff/diff/operation.hpp"

namespace schemadiff::planning {

/// How the planner breaks ties between operations the dependency graph leaves unordered:
/// by phase first (drops of dependents, then drops of what they used, then creates and
/// alters in build-up order), then by a key such as `table:public.t:create`.
struct OperationKey {
  int phase = 0;
  std::string key;
  ObjectRef subject;  ///< the object the operation is about, for messages

  bool operator<(const OperationKey& other) const {
    if (phase != other.phase) {
      return phase < other.phase;
    }
    return key < other.key;
  }
};

OperationKey operation_key(const Operation& operation);

}  // namespace schemadiff::planning
