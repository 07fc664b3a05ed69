// SPDX-License-Identifier: MIT
#include "schemadiff/model/dependency.hpp"

namespace schemadiff {

std::string_view to_string(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::schema: return "schema";
    case ObjectKind::extension: return "extension";
    case ObjectKind::type: return "type";
    case ObjectKind::sequence: return "sequence";
    case ObjectKind::table: return "table";
    case ObjectKind::column: return "column";
    case ObjectKind::constraint: return "constraint";
    case ObjectKind::index: return "index";
    case ObjectKind::view: return "view";
    case ObjectKind::materialized_view: return "materialized_view";
    case ObjectKind::routine: return "routine";
    case ObjectKind::trigger: return "trigger";
    case ObjectKind::policy: return "policy";
    case ObjectKind::domain: return "domain";
    case ObjectKind::domain_constraint: return "domain_constraint";
    case ObjectKind::composite_type: return "composite_type";
    case ObjectKind::range_type: return "range_type";
    case ObjectKind::collation: return "collation";
  }
  return "unknown";
}

}  // namespace schemadiff
