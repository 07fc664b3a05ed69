// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include "schemadiff/model/object_refs.hpp"

namespace schemadiff::planning {

using RefSet = std::set<ObjectRef>;

bool intersects(const RefSet& a, const RefSet& b);

}  // namespace schemadiff::planning
