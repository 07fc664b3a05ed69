// SPDX-License-Identifier: MIT
#include "plan/ref_set.hpp"

#include <algorithm>

namespace schemadiff::planning {

bool intersects(const RefSet& a, const RefSet& b) {
  const RefSet& small = a.size() <= b.size() ? a : b;
  const RefSet& large = a.size() <= b.size() ? b : a;
  return std::any_of(small.begin(), small.end(), [&large](const ObjectRef& ref) { return large.count(ref) > 0; });
}

}  // namespace schemadiff::planning
