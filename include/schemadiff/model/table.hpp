// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/constraint.hpp"
#include "schemadiff/model/qualified_name.hpp"
#include "schemadiff/model/security.hpp"

namespace schemadiff {

enum class IdentityKind { always, by_default };

struct Identity {
  IdentityKind kind = IdentityKind::by_default;
  SequenceOptions options;

  bool operator==(const Identity&) const = default;
};

struct Column {
  std::string name;
  std::string type;  ///< as format_type(atttypid, atttypmod) prints it, schema-qualified
  bool not_null = false;
  std::optional<std::string> default_expr;  ///< pg_get_expr(adbin); absent for generated columns
  std::optional<Identity> identity;
  std::optional<std::string> generated;  ///< expression of GENERATED ALWAYS AS (...) STORED
  std::optional<std::string> collation;  ///< only when it differs from the type's default
  Comment comment;

  bool operator==(const Column&) const = default;
};

enum class Persistence { logged, unlogged };

/// A partition's place under its parent: the parent and `FOR VALUES ...` / `DEFAULT`.
struct PartitionOf {
  QualifiedName parent;
  std::string bound;  ///< pg_get_expr(relpartbound), e.g. FOR VALUES FROM ('2026-01-01') TO (...)

  bool operator==(const PartitionOf&) const = default;
};

struct Table {
  QualifiedName name;
  std::vector<Column> columns;  ///< attnum order: column order is part of the schema
  Persistence persistence = Persistence::logged;
  StorageParameters storage_parameters;
  std::optional<std::string> partition_key;  ///< pg_get_partkeydef, e.g. RANGE (detected_at)
  std::optional<PartitionOf> partition_of;
  std::map<std::string, Constraint> constraints;  ///< keyed by constraint name
  Comment comment;
  RowSecurity row_security;

  bool operator==(const Table&) const = default;
};

}  // namespace schemadiff
