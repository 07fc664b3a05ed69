// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::cli {

/// One warning line on `err` per object of an unmanaged kind in any of `sets` (each
/// once, in kind and name order): they are left out of the comparison, never silently.
void warn_unmanaged(std::ostream& err, std::initializer_list<const std::set<UnmanagedObject>*> sets);

/// `schemadiff: warning: MESSAGE` lines.
void print_warnings(const std::vector<std::string>& warnings, std::ostream& err);

}  // namespace schemadiff::cli
