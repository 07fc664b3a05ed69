// SPDX-License-Identifier: MIT
#include "cli/unmanaged_warnings.hpp"

#include <ostream>
#include <set>

namespace schemadiff::cli {

void warn_unmanaged(std::ostream& err, std::initializer_list<const SchemaModel*> models) {
  std::set<UnmanagedObject> objects;
  for (const SchemaModel* model : models) {
    objects.insert(model->unmanaged.begin(), model->unmanaged.end());
  }
  for (const UnmanagedObject& object : objects) {
    err << "schemadiff: warning: " << describe(object.kind) << " " << object.name
        << " is not managed by schemadiff; it is left out of the comparison\n";
  }
}

}  // namespace schemadiff::cli
