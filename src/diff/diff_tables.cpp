// SPDX-License-Identifier: MIT
#include <algorithm>
#include <set>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

bool is_inline_kind(const PrimaryKey&) { return true; }
bool is_inline_kind(const Unique&) { return true; }
bool is_inline_kind(const Check&) { return true; }
// Foreign keys are separate so that cycles between new tables can be broken.
bool is_inline_kind(const ForeignKey&) { return false; }
bool is_inline_kind(const Exclusion&) { return true; }

StorageParameters sorted(StorageParameters parameters) {
  std::sort(parameters.begin(), parameters.end());
  return parameters;
}

/// Tables that must be dropped and created again: a new partition key cannot be set in
/// place, and dropping a partitioned table drops its partitions with it.
std::set<QualifiedName> recreated_tables(const SchemaModel& from, const SchemaModel& to) {
  std::set<QualifiedName> recreated;
  for (const auto& [name, before] : from.tables) {
    const auto after = to.tables.find(name);
    if (after != to.tables.end() && before.partition_key != after->second.partition_key) {
      recreated.insert(name);
    }
  }
  bool grew = true;
  while (grew) {
    grew = false;
    for (const auto& [name, before] : from.tables) {
      if (!before.partition_of || !recreated.contains(before.partition_of->parent) ||
          !to.tables.contains(name) || recreated.contains(name)) {
        continue;
      }
      recreated.insert(name);
      grew = true;
    }
  }
  return recreated;
}

void alter_table(const SchemaModel& from_model, const SchemaModel& to_model, const Table& from,
                 const Table& to, Operations& ops) {
  if (from.persistence != to.persistence) {
    ops.put(SetPersistence{to.name, to.persistence});
  }
  // reloptions keep the order they were set in, which is not part of the schema.
  if (sorted(from.storage_parameters) != sorted(to.storage_parameters)) {
    ops.put(SetStorageParameters{to.name, from.storage_parameters, to.storage_parameters});
  }
  if (from.partition_of != to.partition_of) {
    if (from.partition_of) {
      ops.put(DetachPartition{to.name, *from.partition_of});
    }
    if (to.partition_of) {
      ops.put(AttachPartition{to.name, *to.partition_of});
    }
  }
  set_comment(ops, table_ref(to.name), from.comment, to.comment);
  diff_row_security(to.name, from.row_security, to.row_security, ops);
  const Table adjusted = diff_inherits(from_model, to_model, from, to, ops);
  diff_columns(from_model, to_model, adjusted, to, ops);
  diff_constraints(adjusted, to, ops);
}

}  // namespace

bool is_inline_constraint(const Table& table, const Constraint& constraint) {
  // CREATE TABLE ... PARTITION OF takes its shape from the parent: a partition's own
  // constraints are always added afterwards.
  if (table.partition_of) {
    return false;
  }
  // NOT VALID exists only in ALTER TABLE ADD CONSTRAINT.
  if (constraint.validation == Validation::not_valid) {
    return false;
  }
  return std::visit([](const auto& kind) { return is_inline_kind(kind); }, constraint.kind);
}

void create_table(Operations& ops, const Table& table) {
  Table body = table;
  std::erase_if(body.constraints,
                [&](const auto& entry) { return !is_inline_constraint(table, entry.second); });
  ops.put(CreateTable{body});
  for (const auto& [name, constraint] : table.constraints) {
    if (!is_inline_constraint(table, constraint)) {
      ops.put(AddConstraint{table.name, constraint});
    }
  }
  comment_created_table(ops, table);
  diff_row_security(table.name, RowSecurity{}, table.row_security, ops);
}

void add_constraint(Operations& ops, const QualifiedName& table, const Constraint& constraint) {
  ops.put(AddConstraint{table, constraint});
  comment_created(ops, constraint_ref(table, constraint.name), constraint.comment);
}

void diff_tables(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  const std::set<QualifiedName> recreated = recreated_tables(from, to);
  for (const QualifiedName& name : recreated) {
    ops.put(DropTable{from.tables.at(name)});
    create_table(ops, to.tables.at(name));
  }
  diff_maps(
      from.tables, to.tables, [&](const Table& table) { ops.put(DropTable{table}); },
      [&](const Table& table) { create_table(ops, table); },
      [&](const Table& before, const Table& after) {
        if (!recreated.contains(after.name)) {
          alter_table(from, to, before, after, ops);
        }
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
