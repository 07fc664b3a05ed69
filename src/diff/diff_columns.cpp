// SPDX-License-Identifier: MIT
#include <map>
#include <string>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

std::map<std::string, Column> by_name(const Table& table) {
  std::map<std::string, Column> columns;
  for (const Column& column : table.columns) {
    columns.emplace(column.name, column);
  }
  return columns;
}

/// A partition that stays under the same parent. Its columns belong to the parent:
/// PostgreSQL refuses to add, drop, re-type or change the identity or generation of a
/// partition's column, and does those to every partition when they are done to the parent.
struct Inheritance {
  const Table* parent_from = nullptr;
  const Table* parent_to = nullptr;

  bool active() const { return parent_from != nullptr && parent_to != nullptr; }
};

Inheritance inheritance_of(const SchemaModel& from_model, const SchemaModel& to_model, const Table& from,
                           const Table& to) {
  if (!from.partition_of || !to.partition_of || from.partition_of->parent != to.partition_of->parent) {
    return {};
  }
  const auto parent_from = from_model.tables.find(from.partition_of->parent);
  const auto parent_to = to_model.tables.find(to.partition_of->parent);
  if (parent_from == from_model.tables.end() || parent_to == to_model.tables.end()) {
    return {};
  }
  return {&parent_from->second, &parent_to->second};
}

/// Whether a facet change of a partition's column is the parent's own change, which
/// PostgreSQL already passes down (SET/DROP NOT NULL, SET/DROP DEFAULT recurse).
template <typename Facet>
bool follows_parent(const Inheritance& inheritance, const Column& from, const Column& to, Facet facet) {
  const Column* parent_from = find_column(*inheritance.parent_from, from.name);
  const Column* parent_to = find_column(*inheritance.parent_to, to.name);
  if (parent_from == nullptr || parent_to == nullptr) {
    return false;
  }
  return facet(*parent_from) == facet(from) && facet(*parent_to) == facet(to);
}

void alter_column(const QualifiedName& table, const Inheritance& inheritance, const Column& from,
                  const Column& to, Operations& ops) {
  ColumnChange change;
  if (!inheritance.active()) {
    change.type = from.type != to.type || from.collation != to.collation;
    change.identity = from.identity != to.identity;
  }
  change.not_null = from.not_null != to.not_null;
  change.default_expr = from.default_expr != to.default_expr;
  change.storage = from.storage != to.storage;
  change.compression = from.compression != to.compression;
  if (inheritance.active()) {
    // SET STORAGE recurses to the partitions; SET COMPRESSION does not (PostgreSQL 15),
    // so each partition gets its own.
    change.storage =
        change.storage && !follows_parent(inheritance, from, to, [](const Column& c) { return c.storage; });
    change.not_null = change.not_null &&
                      !follows_parent(inheritance, from, to, [](const Column& c) { return c.not_null; });
    change.default_expr =
        change.default_expr &&
        !follows_parent(inheritance, from, to, [](const Column& c) { return c.default_expr; });
  }
  if (change != ColumnChange{}) {
    ops.put(AlterColumn{table, from, to, change});
  }
}

}  // namespace

const Column* find_column(const Table& table, const std::string& name) {
  for (const Column& column : table.columns) {
    if (column.name == name) {
      return &column;
    }
  }
  return nullptr;
}

void diff_columns(const SchemaModel& from_model, const SchemaModel& to_model, const Table& from,
                  const Table& to, Operations& ops) {
  const Inheritance inheritance = inheritance_of(from_model, to_model, from, to);
  const auto drop = [&](const Column& column) {
    if (!inheritance.active()) {
      ops.put(DropColumn{to.name, column});
    }
  };
  const auto add = [&](const Column& column) {
    if (!inheritance.active()) {
      ops.put(AddColumn{to.name, column});
      comment_created(ops, column_ref(to.name, column.name), column.comment);
    }
  };
  diff_maps(by_name(from), by_name(to), drop, add, [&](const Column& before, const Column& after) {
    // A generation expression cannot be changed in place: the column is dropped and added.
    if (before.generated != after.generated && !inheritance.active()) {
      return Alteration::recreate;
    }
    alter_column(to.name, inheritance, before, after, ops);
    set_comment(ops, column_ref(to.name, after.name), before.comment, after.comment);
    return Alteration::in_place;
  });
}

}  // namespace schemadiff::diff_detail
