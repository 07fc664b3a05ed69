// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

struct PrimaryKey {
  std::vector<std::string> columns;
  std::vector<std::string> include;

  bool operator==(const PrimaryKey&) const = default;
};

enum class NullsDistinct { distinct, not_distinct };

struct Unique {
  std::vector<std::string> columns;
  std::vector<std::string> include;
  NullsDistinct nulls = NullsDistinct::distinct;  ///< NULLS NOT DISTINCT is PostgreSQL 15+

  bool operator==(const Unique&) const = default;
};

struct Check {
  std::string expression;  ///< pg_get_expr(conbin), without the CHECK keyword
  bool no_inherit = false;

  bool operator==(const Check&) const = default;
};

enum class ForeignKeyMatch { simple, full, partial };
enum class ForeignKeyAction { no_action, restrict, cascade, set_null, set_default };

struct ForeignKey {
  std::vector<std::string> columns;
  QualifiedName referenced_table;
  std::vector<std::string> referenced_columns;
  ForeignKeyMatch match = ForeignKeyMatch::simple;
  ForeignKeyAction on_delete = ForeignKeyAction::no_action;
  ForeignKeyAction on_update = ForeignKeyAction::no_action;

  bool operator==(const ForeignKey&) const = default;
};

/// EXCLUDE constraints are kept whole: their element list is only meaningful as
/// pg_get_constraintdef prints it.
struct Exclusion {
  std::string method;  ///< access method of the backing index, e.g. gist

  bool operator==(const Exclusion&) const = default;
};

using ConstraintKind = std::variant<PrimaryKey, Unique, Check, ForeignKey, Exclusion>;

enum class Validation { validated, not_valid };

struct Constraint {
  std::string name;
  ConstraintKind kind;
  bool deferrable = false;
  bool initially_deferred = false;
  Validation validation = Validation::validated;
  /// pg_get_constraintdef under an empty search_path: the text after `ADD CONSTRAINT name`.
  std::string definition;
  Comment comment;

  bool operator==(const Constraint&) const = default;
};

}  // namespace schemadiff
