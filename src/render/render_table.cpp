// SPDX-License-Identifier: MIT
#include <algorithm>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

constexpr std::string_view k_indent = "    ";

std::string constraint_element(const Constraint& constraint) {
  return "CONSTRAINT " + quote_ident(constraint.name) + " " + constraint.definition;
}

/// ` (\n    a,\n    b\n)`, or empty for a partition without elements of its own.
std::string element_list(const std::vector<std::string>& elements, bool omit_when_empty) {
  if (elements.empty()) {
    return omit_when_empty ? "" : " ()";
  }
  std::string sql = " (\n";
  for (std::size_t i = 0; i < elements.size(); ++i) {
    sql += k_indent;
    sql += elements[i];
    sql += i + 1 < elements.size() ? ",\n" : "\n";
  }
  return sql + ")";
}

bool contains_key(const StorageParameters& options, const std::string& key) {
  return std::any_of(options.begin(), options.end(),
                     [&key](const std::string& option) { return option_key(option) == key; });
}

}  // namespace

// Constraints here are the ones the differ left in the table (validated primary key,
// unique, check, exclusion); foreign keys and NOT VALID ones arrive as AddConstraint.
// A partition's columns come from its parent, so only its own constraints are listed; an
// INHERITS child's `columns` are its own already.
template <>
Statements render_operation(const CreateTable& op) {
  const Table& table = op.table;
  std::vector<std::string> elements;
  if (!table.partition_of) {
    for (const Column& column : table.columns) {
      elements.push_back(column_definition(column));
    }
  }
  for (const auto& [name, constraint] : table.constraints) {
    elements.push_back(constraint_element(constraint));
  }

  std::string sql = "CREATE ";
  if (table.persistence == Persistence::unlogged) {
    sql += "UNLOGGED ";
  }
  sql += "TABLE " + quote_qualified(table.name);
  if (table.partition_of) {
    sql += " PARTITION OF " + quote_qualified(table.partition_of->parent);
    sql += element_list(elements, true);
    sql += " " + table.partition_of->bound;
  } else {
    sql += element_list(elements, false);
  }
  if (!table.inherits.empty()) {
    std::vector<std::string> parents;
    for (const QualifiedName& parent : table.inherits) {
      parents.push_back(quote_qualified(parent));
    }
    sql += " INHERITS (" + join(parents, ", ") + ")";
  }
  if (table.partition_key) {
    sql += " PARTITION BY " + *table.partition_key;
  }
  if (!table.storage_parameters.empty()) {
    sql += " WITH (" + render_options(table.storage_parameters) + ")";
  }
  Statements statements{sql};
  // A partition takes its columns' storage from the parent.
  if (!table.partition_of) {
    for (std::string& statement : storage_statements(table.name, table.columns)) {
      statements.push_back(std::move(statement));
    }
  }
  return statements;
}

template <>
Statements render_operation(const DropTable& op) {
  return {"DROP TABLE " + quote_qualified(op.table.name)};
}

template <>
Statements render_operation(const SetPersistence& op) {
  const std::string persistence = op.persistence == Persistence::unlogged ? "UNLOGGED" : "LOGGED";
  return {"ALTER TABLE " + quote_qualified(op.table) + " SET " + persistence};
}

template <>
Statements render_operation(const SetStorageParameters& op) {
  std::vector<std::string> reset;
  for (const std::string& option : op.from) {
    const std::string key = option_key(option);
    if (!contains_key(op.to, key)) {
      reset.push_back(key);
    }
  }
  StorageParameters set;
  for (const std::string& option : op.to) {
    if (std::find(op.from.begin(), op.from.end(), option) == op.from.end()) {
      set.push_back(option);
    }
  }
  std::vector<std::string> subcommands;
  if (!reset.empty()) {
    subcommands.push_back("RESET (" + join(reset, ", ") + ")");
  }
  if (!set.empty()) {
    subcommands.push_back("SET (" + render_options(set) + ")");
  }
  if (subcommands.empty()) {
    return {};
  }
  return {"ALTER TABLE " + quote_qualified(op.table) + " " + join(subcommands, ", ")};
}

template <>
Statements render_operation(const AttachPartition& op) {
  return {"ALTER TABLE " + quote_qualified(op.partition.parent) + " ATTACH PARTITION " +
          quote_qualified(op.table) + " " + op.partition.bound};
}

template <>
Statements render_operation(const DetachPartition& op) {
  return {"ALTER TABLE " + quote_qualified(op.partition.parent) + " DETACH PARTITION " +
          quote_qualified(op.table)};
}

}  // namespace schemadiff::render_detail
