// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/object_refs.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// Lookups over one side of a migration (`from` or `to`) that the differ and the planner
/// need often: what an object depends on and what depends on it, what a relation owns,
/// how partitions nest, which type, collation or sequence a piece of text names. It keeps
/// a reference to `model`, which must outlive it.
class ModelIndex {
 public:
  explicit ModelIndex(const SchemaModel& model);

  const SchemaModel& model() const { return m_model; }

  // --- dependencies, both ways ---

  /// What `ref` depends on per the model's dependency list. A sequence's link to the
  /// column that owns it is left out: OWNED BY is set by its own step after the table
  /// exists, while the column's default needs the sequence first.
  const std::vector<ObjectRef>& dependencies_of(const ObjectRef& ref) const;
  /// Objects that cannot survive `referenced` being dropped or re-typed: from the
  /// dependency list plus what the objects themselves name (indexes and constraints on a
  /// column, foreign keys on a key, triggers calling a function), for models that carry
  /// no dependencies.
  std::vector<ObjectRef> dependents_of(const ObjectRef& referenced) const;

  // --- ownership and nesting ---

  /// Indexes, triggers and policies on a relation: DROP TABLE / VIEW takes them along.
  std::vector<ObjectRef> owned_by_relation(const QualifiedName& relation) const;
  /// Sequences OWNED BY a column: dropping the column (or its table) drops them.
  std::vector<ObjectRef> sequences_owned_by(const QualifiedName& table, const std::string& column) const;
  /// The direct partitions of a partitioned table.
  std::vector<QualifiedName> partitions_of(const QualifiedName& table) const;
  /// `table` and, recursively, its partitions: a column added, dropped or re-typed on a
  /// partitioned table changes with it in every partition.
  std::vector<QualifiedName> partition_tree(const QualifiedName& table) const;

  // --- relations ---

  /// table, view or materialized_view; table when the name is unknown.
  ObjectKind relation_kind(const QualifiedName& name) const;
  /// Column names of a table, view or materialized view (empty when unknown).
  std::vector<std::string> relation_columns(const QualifiedName& name) const;
  /// Unique constraints / unique plain indexes of `table` covering exactly `columns`:
  /// what a foreign key referencing those columns relies on.
  std::vector<ObjectRef> unique_keys(const QualifiedName& table, const std::vector<std::string>& columns) const;

  // --- names inside text (model_index_types.cpp) ---

  /// The enum a column type (format_type text, arrays included) names, if any.
  std::optional<QualifiedName> enum_named(const std::string& type) const;
  /// The domain, composite or range type a type text (format_type, arrays included)
  /// names, if any.
  std::optional<ObjectRef> user_type_named(const std::string& type) const;
  /// The collation a COLLATE text (`schema.name`, quoted where needed) names, if any.
  std::optional<QualifiedName> collation_named(const std::string& collation) const;
  /// Sequences named by `'...'::regclass` literals in an expression (nextval defaults).
  std::vector<QualifiedName> sequences_in(const std::string& expression) const;

 private:
  struct ForeignKeyUse {
    QualifiedName table;
    const Constraint* constraint = nullptr;
  };

  void index_names();  ///< model_index_types.cpp
  void add_column_dependents(const ObjectRef& column, std::vector<ObjectRef>& out) const;
  void add_foreign_keys_on(const QualifiedName& table, const std::vector<std::string>& columns,
                           std::vector<ObjectRef>& out) const;

  const SchemaModel& m_model;
  std::map<ObjectRef, std::vector<ObjectRef>> m_dependencies;
  std::map<ObjectRef, std::vector<ObjectRef>> m_dependents;
  std::map<QualifiedName, std::vector<const Index*>> m_indexes_by_table;
  std::map<QualifiedName, std::vector<const Trigger*>> m_triggers_by_relation;
  std::map<RoutineName, std::vector<const Trigger*>> m_triggers_by_function;
  std::map<QualifiedName, std::vector<const Policy*>> m_policies_by_table;
  std::map<QualifiedName, std::vector<ForeignKeyUse>> m_foreign_keys_by_target;
  std::map<ColumnRef, std::vector<ObjectRef>> m_owned_sequences;
  std::map<QualifiedName, std::vector<QualifiedName>> m_partitions;
  std::map<std::string, QualifiedName> m_enum_spellings;
  std::map<std::string, QualifiedName> m_sequence_spellings;
  std::map<std::string, ObjectRef> m_user_type_spellings;
  std::map<std::string, QualifiedName> m_collation_spellings;
};

}  // namespace schemadiff
