// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <iosfwd>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::cli {

/// One warning line on `err` per object of an unmanaged kind in any of `models` (each
/// once, in kind and name order): they are left out of the comparison, never silently.
void warn_unmanaged(std::ostream& err, std::initializer_list<const SchemaModel*> models);

}  // namespace schemadiff::cli
