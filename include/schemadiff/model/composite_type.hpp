// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

struct CompositeAttribute {
  std::string name;
  std::string type;  ///< format_type(atttypid, atttypmod)
  std::optional<std::string> collation;  ///< only when not the type's default

  bool operator==(const CompositeAttribute&) const = default;
};

/// CREATE TYPE ... AS (...): a stand-alone composite type (not a table's row type).
struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;  ///< attnum order
  Comment comment;

  bool operator==(const CompositeType&) const = default;
};

}  // namespace schemadiff
