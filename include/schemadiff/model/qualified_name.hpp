// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <string>

#include "schemadiff/sql/quote.hpp"

namespace schemadiff {

/// Identity of a schema-scoped object: never an OID, so two databases can be compared.
/// Names are stored raw (unquoted); only the renderer quotes them.
struct QualifiedName {
  std::string schema;
  std::string name;

  auto operator<=>(const QualifiedName&) const = default;
  bool operator==(const QualifiedName&) const = default;
};

/// Identity of an object that lives inside another one: a column, a constraint or a
/// trigger of a table. `owner` is the table (or view), `name` the member's own name.
struct MemberName {
  QualifiedName owner;
  std::string name;

  auto operator<=>(const MemberName&) const = default;
  bool operator==(const MemberName&) const = default;
};

/// Identity of a function or procedure: overloads share a name, so the identity
/// includes the argument types as `pg_get_function_identity_arguments` prints them.
struct RoutineName {
  QualifiedName name;
  std::string arguments;

  auto operator<=>(const RoutineName&) const = default;
  bool operator==(const RoutineName&) const = default;
};

/// `schema.name` with each part quoted as PostgreSQL's quote_ident() would
/// (quote_ident_if_needed). Meant for messages; generated SQL always goes through the
/// renderer.
std::string display_name(const QualifiedName& name);
std::string display_name(const MemberName& name);
std::string display_name(const RoutineName& name);

}  // namespace schemadiff
