// SPDX-License-Identifier: MIT
#include "cli/warnings.hpp"

#include <ostream>

namespace schemadiff::cli {

void warn_unmanaged(std::ostream& err, std::initializer_list<const std::set<UnmanagedObject>*> sets) {
  std::set<UnmanagedObject> objects;
  for (const auto* set : sets) {
    objects.insert(set->begin(), set->end());
  }
  for (const UnmanagedObject& object : objects) {
    err << "schemadiff: warning: " << describe(object.kind) << " " << object.name
        << " is not managed by schemadiff; it is left out of the comparison\n";
  }
}

void print_warnings(const std::vector<std::string>& warnings, std::ostream& err) {
  for (const std::string& warning : warnings) {
    err << "schemadiff: warning: " << warning << '\n';
  }
}

}  // namespace schemadiff::cli
