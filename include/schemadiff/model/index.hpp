// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

enum class SortOrder { asc, desc };
enum class NullsOrder { last, first };

struct IndexKey {
  /// A column name (raw) when `is_expression` is false; otherwise the expression as
  /// pg_get_indexdef(indexrelid, n, true) prints it.
  std::string expression;
  bool is_expression = false;
  std::optional<std::string> opclass;  ///< qualified, only when not the type's default
  std::optional<std::string> collation;  ///< only when not the column's default
  SortOrder order = SortOrder::asc;
  NullsOrder nulls = NullsOrder::last;  ///< PostgreSQL's default is LAST for ASC, FIRST for DESC

  bool operator==(const IndexKey&) const = default;
};

enum class IndexUniqueness { non_unique, unique };

/// A stand-alone index (not the one behind a PRIMARY KEY, UNIQUE or EXCLUDE constraint:
/// those belong to the constraint). Also used for materialized views' indexes.
struct Index {
  QualifiedName name;  ///< indexes share the schema namespace of their table
  QualifiedName table;
  std::string method;  ///< btree, gin, gist, brin, hash, spgist, ...
  IndexUniqueness uniqueness = IndexUniqueness::non_unique;
  bool nulls_not_distinct = false;
  std::vector<IndexKey> keys;
  std::vector<std::string> include;
  std::optional<std::string> predicate;  ///< WHERE clause of a partial index
  StorageParameters storage_parameters;
  std::string definition;  ///< pg_get_indexdef, the full CREATE INDEX statement
  Comment comment;

  bool operator==(const Index&) const = default;
};

}  // namespace schemadiff
