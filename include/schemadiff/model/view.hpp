// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

struct ViewColumn {
  std::string name;
  std::string type;  ///< format_type

  bool operator==(const ViewColumn&) const = default;
};

/// A view or a materialized view (they live in separate maps of the SchemaModel).
/// A materialized view's indexes are in SchemaModel::indexes with `table` set to it.
struct View {
  QualifiedName name;
  std::string definition;  ///< pg_get_viewdef(oid, true): the SELECT, ending in ';'
  std::vector<ViewColumn> columns;  ///< output columns, in order
  StorageParameters options;        ///< reloptions: security_barrier, check_option, ...
  Comment comment;

  bool operator==(const View&) const = default;
};

}  // namespace schemadiff
