// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

/// The kinds of object a dependency can point from or to.
enum class ObjectKind {
  schema,
  extension,
  type,               ///< enum
  sequence,
  table,
  column,             ///< name = table, member = column
  constraint,         ///< name = table, member = constraint
  index,
  view,
  materialized_view,
  routine,            ///< member = identity arguments
  trigger,            ///< name = table, member = trigger
  policy,             ///< name = table, member = policy
  domain,
  domain_constraint,  ///< name = domain, member = constraint
  composite_type,
  range_type,         ///< also stands for its multirange type
  collation,
};

/// A reference to one object of the model. `member` is empty except for the kinds
/// that say otherwise above.
struct ObjectRef {
  ObjectKind kind = ObjectKind::table;
  QualifiedName name;
  std::string member;

  auto operator<=>(const ObjectRef&) const = default;
  bool operator==(const ObjectRef&) const = default;
};

/// `dependent` cannot exist without `referenced`: taken from pg_depend (and the
/// rewrite rules behind views), between objects that are both in the model. The planner
/// orders statements with these: a view after the columns it reads, a trigger after its
/// function, a column after its type, a default after its sequence.
struct Dependency {
  ObjectRef dependent;
  ObjectRef referenced;

  auto operator<=>(const Dependency&) const = default;
  bool operator==(const Dependency&) const = default;
};

/// The kind's name as the JSON format and messages spell it (`materialized_view`).
std::string_view to_string(ObjectKind kind);

}  // namespace schemadiff
