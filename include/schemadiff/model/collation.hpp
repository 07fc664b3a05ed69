// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

/// A collation made with CREATE COLLATION. PostgreSQL cannot change one in place, so any
/// change other than its comment is a drop and a create.
struct Collation {
  QualifiedName name;
  std::string provider;  ///< collprovider spelled as CREATE COLLATION takes it: icu, libc, builtin
  std::optional<std::string> locale;      ///< ICU (or builtin) locale
  std::optional<std::string> lc_collate;  ///< libc LC_COLLATE
  std::optional<std::string> lc_ctype;    ///< libc LC_CTYPE
  bool deterministic = true;
  Comment comment;

  bool operator==(const Collation&) const = default;
};

}  // namespace schemadiff
