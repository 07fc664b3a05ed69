// SPDX-License-Identifier: MIT
#include "schemadiff/diff/renames.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <variant>

#include "diff/rename_model.hpp"

namespace schemadiff {
namespace {

// Objects first, then their members: a column hint names its table by the new name.
int rename_order(RenameKind kind) {
  switch (kind) {
    case RenameKind::table:
    case RenameKind::view:
    case RenameKind::enum_type:
    case RenameKind::function: return 0;
    case RenameKind::index:
    case RenameKind::column:
    case RenameKind::constraint:
    case RenameKind::enum_label: return 1;
  }
  return 1;
}

// `old` is there to rename and `new` free on the `from` side, and the `to` side wants
// `new` and not `old`.
template <typename Map, typename Key>
bool applies(const Map& from, const Map& to, const Key& old_key, const Key& new_key) {
  return from.contains(old_key) && !from.contains(new_key) && to.contains(new_key) && !to.contains(old_key);
}

bool has_column(const Table& table, const std::string& name) {
  return std::any_of(table.columns.begin(), table.columns.end(), [&](const Column& c) { return c.name == name; });
}

bool has_label(const EnumType& type, const std::string& label) {
  return std::find(type.labels.begin(), type.labels.end(), label) != type.labels.end();
}

std::vector<Operation> operations_for(const SchemaModel& current, const SchemaModel& to, const Rename& rename) {
  const QualifiedName old_name{rename.object.schema, rename.from};
  const QualifiedName new_name{rename.object.schema, rename.to};
  switch (rename.kind) {
    case RenameKind::table:
      if (applies(current.tables, to.tables, old_name, new_name)) {
        return {RenameTable{old_name, rename.to}};
      }
      return {};
    case RenameKind::view:
      if (applies(current.views, to.views, old_name, new_name)) {
        return {RenameView{old_name, rename.to}};
      }
      if (applies(current.materialized_views, to.materialized_views, old_name, new_name)) {
        return {RenameMaterializedView{old_name, rename.to}};
      }
      return {};
    case RenameKind::index:
      if (applies(current.indexes, to.indexes, old_name, new_name)) {
        return {RenameIndex{old_name, rename.to}};
      }
      return {};
    case RenameKind::enum_type:
      if (applies(current.enums, to.enums, old_name, new_name)) {
        return {RenameEnum{old_name, rename.to}};
      }
      return {};
    case RenameKind::function: {
      std::vector<Operation> ops;
      for (const auto& [key, routine] : current.routines) {
        if (key.name == old_name &&
            applies(current.routines, to.routines, key, RoutineName{new_name, key.arguments})) {
          ops.emplace_back(RenameRoutine{key, routine.kind, rename.to});
        }
      }
      return ops;
    }
    case RenameKind::column: {
      const auto before = current.tables.find(rename.object);
      const auto after = to.tables.find(rename.object);
      if (before != current.tables.end() && after != to.tables.end() && has_column(before->second, rename.from) &&
          !has_column(before->second, rename.to) && has_column(after->second, rename.to) &&
          !has_column(after->second, rename.from)) {
        return {RenameColumn{rename.object, rename.from, rename.to}};
      }
      return {};
    }
    case RenameKind::constraint: {
      const auto before = current.tables.find(rename.object);
      const auto after = to.tables.find(rename.object);
      if (before != current.tables.end() && after != to.tables.end() &&
          applies(before->second.constraints, after->second.constraints, rename.from, rename.to)) {
        return {RenameConstraint{rename.object, rename.from, rename.to}};
      }
      return {};
    }
    case RenameKind::enum_label: {
      const auto before = current.enums.find(rename.object);
      const auto after = to.enums.find(rename.object);
      if (before != current.enums.end() && after != to.enums.end() && has_label(before->second, rename.from) &&
          !has_label(before->second, rename.to) && has_label(after->second, rename.to) &&
          !has_label(after->second, rename.from)) {
        return {RenameEnumValue{rename.object, rename.from, rename.to}};
      }
      return {};
    }
  }
  return {};
}

// PostgreSQL names what it creates for a table after the table and its columns
// (zones_pkey, zones_camera_id_fkey, zones_id_seq, zones_name_key): after a table or column
// rename, the wanted model has them under the new names. Renaming them too keeps a serial
// column's sequence (and its current value) and spares rebuilding keys.
struct ImpliedNames {
  std::string old_table;
  std::string new_table;
  std::vector<std::pair<std::string, std::string>> columns;  ///< old, new

  std::optional<std::string> rename(const std::string& name) const {
    if (!name.starts_with(old_table + "_")) {
      return std::nullopt;
    }
    std::string rest = name.substr(old_table.size() + 1);
    for (const auto& [old_column, new_column] : columns) {
      if (rest.starts_with(old_column + "_")) {
        rest = new_column + rest.substr(old_column.size());
        break;
      }
    }
    std::string renamed = new_table + "_" + rest;
    if (renamed == name) {
      return std::nullopt;
    }
    return renamed;
  }
};

std::map<QualifiedName, ImpliedNames> implied_names(const std::vector<Operation>& ops) {
  std::map<QualifiedName, ImpliedNames> tables;
  for (const Operation& op : ops) {
    if (const auto* table = std::get_if<RenameTable>(&op)) {
      const QualifiedName new_name{table->from.schema, table->to};
      ImpliedNames& names = tables[new_name];
      names.old_table = table->from.name;
      names.new_table = table->to;
    }
  }
  for (const Operation& op : ops) {
    if (const auto* column = std::get_if<RenameColumn>(&op)) {
      ImpliedNames& names = tables[column->table];
      if (names.new_table.empty()) {
        names.old_table = column->table.name;
        names.new_table = column->table.name;
      }
      names.columns.emplace_back(column->from, column->to);
    }
  }
  return tables;
}

std::vector<Operation> implied_renames(const SchemaModel& current, const SchemaModel& to,
                                       const std::vector<Operation>& explicit_ops) {
  std::vector<Operation> ops;
  for (const auto& [table_name, names] : implied_names(explicit_ops)) {
    const auto table = current.tables.find(table_name);
    const auto wanted = to.tables.find(table_name);
    if (table == current.tables.end() || wanted == to.tables.end()) {
      continue;
    }
    for (const auto& [name, constraint] : table->second.constraints) {
      const auto renamed = names.rename(name);
      if (renamed && applies(table->second.constraints, wanted->second.constraints, name, *renamed)) {
        ops.emplace_back(RenameConstraint{table_name, name, *renamed});
      }
    }
    for (const auto& [name, index] : current.indexes) {
      const auto renamed = names.rename(name.name);
      if (index.table == table_name && renamed &&
          applies(current.indexes, to.indexes, name, QualifiedName{name.schema, *renamed})) {
        ops.emplace_back(RenameIndex{name, *renamed});
      }
    }
    for (const auto& [name, sequence] : current.sequences) {
      const auto renamed = names.rename(name.name);
      if (sequence.owned_by && sequence.owned_by->table == table_name && renamed &&
          applies(current.sequences, to.sequences, name, QualifiedName{name.schema, *renamed})) {
        ops.emplace_back(RenameSequence{name, *renamed});
      }
    }
  }
  return ops;
}

// A member's owner as the `to` side names it. Hints name it so; reversed for a downgrade,
// they name it as the upgrade's `to` did, which is the old name of a renamed owner.
QualifiedName owner_after(const Rename& rename, const std::vector<Operation>& done) {
  if (rename.kind != RenameKind::column && rename.kind != RenameKind::constraint &&
      rename.kind != RenameKind::enum_label) {
    return rename.object;
  }
  for (const Operation& op : done) {
    if (const auto* table = std::get_if<RenameTable>(&op); table != nullptr && table->from == rename.object) {
      return {table->from.schema, table->to};
    }
    if (const auto* type = std::get_if<RenameEnum>(&op); type != nullptr && type->from == rename.object) {
      return {type->from.schema, type->to};
    }
  }
  return rename.object;
}

struct ApplyRename {
  SchemaModel& model;

  template <typename Op>
  void operator()(const Op& op) const {
    if constexpr (requires { diff_detail::apply_rename(model, op); }) {
      diff_detail::apply_rename(model, op);
    }
  }
};

}  // namespace

Renamed rename_operations(const SchemaModel& from, const SchemaModel& to, const std::vector<Rename>& renames) {
  std::vector<Rename> ordered = renames;
  std::stable_sort(ordered.begin(), ordered.end(), [](const Rename& a, const Rename& b) {
    return rename_order(a.kind) < rename_order(b.kind);
  });
  ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());
  std::vector<Operation> ops;
  SchemaModel current = from;
  for (Rename rename : ordered) {
    rename.object = owner_after(rename, ops);
    for (Operation& op : operations_for(current, to, rename)) {
      std::visit(ApplyRename{current}, op);
      ops.push_back(std::move(op));
    }
  }
  for (Operation& op : implied_renames(current, to, ops)) {
    std::visit(ApplyRename{current}, op);
    ops.push_back(std::move(op));
  }
  return {std::move(ops), std::move(current)};
}

}  // namespace schemadiff
