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

/// pg_attribute.attstorage, kept only when it differs from the type's typstorage.
enum class ColumnStorage { plain, external, extended, main };

struct Column {
  std::string name;
  std::string type;  ///< as format_type(atttypid, atttypmod) prints it, schema-qualified
  bool not_null = false;
  std::optional<std::string> default_expr;  ///< pg_get_expr(adbin); absent for generated columns
  std::optional<Identity> identity;
  std::optional<std::string> generated;  ///< expression of GENERATED ALWAYS AS (...) STORED
  std::optional<std::string> collation;  ///< only when it differs from the type's default
  Comment comment;
  std::optional<ColumnStorage> storage;    ///< only when it differs from the type's default
  std::optional<std::string> compression;  ///< pglz or lz4; absent: the server's default_toast_compression

  bool operator==(const Column&) const = default;
};

enum class Persistence { logged, unlogged };

/// A partition's place under its parent: the parent and `FOR VALUES ...` / `DEFAULT`.
struct PartitionOf {
  QualifiedName parent;
  std::string bound;  ///< pg_get_expr(relpartbound), e.g. FOR VALUES FROM ('2026-01-01') TO (...)

  bool operator==(const PartitionOf&) const = default;
};

enum class ReplicaIdentityKind { default_, full, nothing, index };

/// What logical decoding writes as the old row of an UPDATE or DELETE (relreplident).
struct ReplicaIdentity {
  ReplicaIdentityKind kind = ReplicaIdentityKind::default_;
  /// For `index`: the unique index (stand-alone or a constraint's) in the table's schema.
  std::string index;

  bool operator==(const ReplicaIdentity&) const = default;
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
  /// INHERITS parents in inhseqno order (not a partition's parent: that is partition_of).
  /// A child's `columns` are only its own: columns it inherits (attinhcount > 0) belong
  /// to the parents, and PostgreSQL adds, drops and re-types them through the parent.
  std::vector<QualifiedName> inherits;
  ReplicaIdentity replica_identity;
  RowSecurity row_security;

  bool operator==(const Table&) const = default;
};

}  // namespace schemadiff
