// SPDX-License-Identifier: MIT
// ModelIndex::dependents_of: what cannot survive an object being dropped or re-typed.
#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include "schemadiff/diff/model_index.hpp"

namespace schemadiff {
namespace {

std::vector<std::string> concat(std::vector<std::string> first, const std::vector<std::string>& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

// The columns a constraint names directly; CHECK and EXCLUDE expressions are only known
// through pg_depend.
std::vector<std::string> named_columns(const PrimaryKey& kind) { return concat(kind.columns, kind.include); }
std::vector<std::string> named_columns(const Unique& kind) { return concat(kind.columns, kind.include); }
std::vector<std::string> named_columns(const Check&) { return {}; }
std::vector<std::string> named_columns(const ForeignKey& kind) { return kind.columns; }
std::vector<std::string> named_columns(const Exclusion&) { return {}; }

// The columns a foreign key can reference through this constraint.
std::vector<std::string> key_columns(const PrimaryKey& kind) { return kind.columns; }
std::vector<std::string> key_columns(const Unique& kind) { return kind.columns; }
std::vector<std::string> key_columns(const Check&) { return {}; }
std::vector<std::string> key_columns(const ForeignKey&) { return {}; }
std::vector<std::string> key_columns(const Exclusion&) { return {}; }

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<std::string> sorted(std::vector<std::string> list) {
  std::sort(list.begin(), list.end());
  return list;
}

bool uses_column(const Index& index, const std::string& column) {
  const bool in_keys = std::any_of(index.keys.begin(), index.keys.end(), [&](const IndexKey& key) {
    return !key.is_expression && key.expression == column;
  });
  return in_keys || contains(index.include, column);
}

bool uses_column(const Trigger& trigger, const std::string& column) {
  return std::any_of(trigger.events.begin(), trigger.events.end(),
                     [&](const TriggerEvent& event) { return contains(event.columns, column); });
}

/// The plain key columns of a unique index, which a foreign key can reference.
std::vector<std::string> key_columns(const Index& index) {
  if (index.uniqueness != IndexUniqueness::unique || index.predicate) {
    return {};
  }
  std::vector<std::string> columns;
  for (const IndexKey& key : index.keys) {
    if (key.is_expression) {
      return {};
    }
    columns.push_back(key.expression);
  }
  return columns;
}

}  // namespace

std::vector<ObjectRef> ModelIndex::dependents_of(const ObjectRef& referenced) const {
  std::vector<ObjectRef> out;
  if (const auto found = m_dependents.find(referenced); found != m_dependents.end()) {
    out = found->second;
  }
  switch (referenced.kind) {
    case ObjectKind::table:
      add_foreign_keys_on(referenced.name, {}, out);
      break;
    case ObjectKind::column:
      add_column_dependents(referenced, out);
      break;
    case ObjectKind::constraint: {
      const auto table = m_model.tables.find(referenced.name);
      if (table == m_model.tables.end()) {
        break;
      }
      const auto constraint = table->second.constraints.find(referenced.member);
      if (constraint == table->second.constraints.end()) {
        break;
      }
      const auto columns = std::visit([](const auto& kind) { return key_columns(kind); }, constraint->second.kind);
      if (!columns.empty()) {
        add_foreign_keys_on(referenced.name, columns, out);
      }
      break;
    }
    case ObjectKind::index: {
      const auto index = m_model.indexes.find(referenced.name);
      if (index == m_model.indexes.end()) {
        break;
      }
      const auto columns = key_columns(index->second);
      if (!columns.empty()) {
        add_foreign_keys_on(index->second.table, columns, out);
      }
      break;
    }
    case ObjectKind::routine:
      if (const auto found = m_triggers_by_function.find({referenced.name, referenced.member});
          found != m_triggers_by_function.end()) {
        for (const Trigger* trigger : found->second) {
          out.push_back(trigger_ref(trigger->name));
        }
      }
      break;
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::type:
    case ObjectKind::sequence:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      // Only pg_depend knows what uses these.
      break;
  }
  return out;
}

void ModelIndex::add_column_dependents(const ObjectRef& column, std::vector<ObjectRef>& out) const {
  const QualifiedName& table_name = column.name;
  if (const auto found = m_indexes_by_table.find(table_name); found != m_indexes_by_table.end()) {
    for (const Index* index : found->second) {
      if (uses_column(*index, column.member)) {
        out.push_back(index_ref(index->name));
      }
    }
  }
  if (const auto table = m_model.tables.find(table_name); table != m_model.tables.end()) {
    for (const auto& [name, constraint] : table->second.constraints) {
      const auto columns = std::visit([](const auto& kind) { return named_columns(kind); }, constraint.kind);
      if (contains(columns, column.member)) {
        out.push_back(constraint_ref(table_name, name));
      }
    }
  }
  if (const auto found = m_foreign_keys_by_target.find(table_name); found != m_foreign_keys_by_target.end()) {
    for (const ForeignKeyUse& use : found->second) {
      if (contains(std::get<ForeignKey>(use.constraint->kind).referenced_columns, column.member)) {
        out.push_back(constraint_ref(use.table, use.constraint->name));
      }
    }
  }
  if (const auto found = m_triggers_by_relation.find(table_name); found != m_triggers_by_relation.end()) {
    for (const Trigger* trigger : found->second) {
      if (uses_column(*trigger, column.member)) {
        out.push_back(trigger_ref(trigger->name));
      }
    }
  }
}

void ModelIndex::add_foreign_keys_on(const QualifiedName& table, const std::vector<std::string>& columns,
                                          std::vector<ObjectRef>& out) const {
  const auto found = m_foreign_keys_by_target.find(table);
  if (found == m_foreign_keys_by_target.end()) {
    return;
  }
  const std::vector<std::string> wanted = sorted(columns);
  for (const ForeignKeyUse& use : found->second) {
    const auto& referenced = std::get<ForeignKey>(use.constraint->kind).referenced_columns;
    // Empty `columns`: every foreign key that points at the table.
    if (columns.empty() || sorted(referenced) == wanted) {
      out.push_back(constraint_ref(use.table, use.constraint->name));
    }
  }
}

}  // namespace schemadiff
