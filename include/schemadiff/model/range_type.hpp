// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

/// CREATE TYPE ... AS RANGE. Nothing but the comment can change in place: any other
/// change replaces the type, its columns carried over. Its multirange type (PostgreSQL
/// 14+) and array types belong to it and are not separate objects.
struct RangeType {
  QualifiedName name;
  std::string subtype;  ///< format_type of the subtype
  std::optional<std::string> subtype_opclass;  ///< qualified, only when not the subtype's default
  std::optional<std::string> collation;        ///< only when not the subtype's default
  std::optional<std::string> canonical;        ///< function name as regproc prints it
  std::optional<std::string> subtype_diff;     ///< function name as regproc prints it
  /// Only when not the name PostgreSQL derives (`range` -> `multirange`, else `_multirange`).
  std::optional<QualifiedName> multirange_type;
  Comment comment;

  bool operator==(const RangeType&) const = default;
};

}  // namespace schemadiff
