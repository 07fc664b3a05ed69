// SPDX-License-Identifier: MIT
#include "schemadiff/diff/model_index.hpp"

#include <set>
#include <variant>

namespace schemadiff {
namespace {

bool is_owned_by_link(const Dependency& dependency) {
  return dependency.dependent.kind == ObjectKind::sequence &&
         (dependency.referenced.kind == ObjectKind::column || dependency.referenced.kind == ObjectKind::table);
}

std::set<std::string> as_set(const std::vector<std::string>& names) { return {names.begin(), names.end()}; }

std::optional<std::vector<std::string>> unique_columns(const ConstraintKind& kind) {
  struct Visitor {
    std::optional<std::vector<std::string>> operator()(const PrimaryKey& key) const { return key.columns; }
    std::optional<std::vector<std::string>> operator()(const Unique& key) const { return key.columns; }
    std::optional<std::vector<std::string>> operator()(const Check&) const { return std::nullopt; }
    std::optional<std::vector<std::string>> operator()(const ForeignKey&) const { return std::nullopt; }
    std::optional<std::vector<std::string>> operator()(const Exclusion&) const { return std::nullopt; }
  };
  return std::visit(Visitor{}, kind);
}

}  // namespace

ModelIndex::ModelIndex(const SchemaModel& model) : m_model(model) {
  for (const Dependency& dependency : model.dependencies) {
    m_dependents[dependency.referenced].push_back(dependency.dependent);
    if (!is_owned_by_link(dependency)) {
      m_dependencies[canonical(dependency.dependent)].push_back(canonical(dependency.referenced));
    }
  }
  for (const auto& [name, index] : model.indexes) {
    m_indexes_by_table[index.table].push_back(&index);
  }
  for (const auto& [name, trigger] : model.triggers) {
    m_triggers_by_relation[name.owner].push_back(&trigger);
    m_triggers_by_function[trigger.function].push_back(&trigger);
  }
  for (const auto& [name, policy] : model.policies) {
    m_policies_by_table[name.owner].push_back(&policy);
  }
  for (const auto& [name, table] : model.tables) {
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (const auto* foreign_key = std::get_if<ForeignKey>(&constraint.kind)) {
        m_foreign_keys_by_target[foreign_key->referenced_table].push_back({name, &constraint});
      }
    }
    if (table.partition_of) {
      m_partitions[table.partition_of->parent].push_back(name);
    }
  }
  for (const auto& [name, sequence] : model.sequences) {
    if (sequence.owned_by) {
      m_owned_sequences[*sequence.owned_by].push_back(sequence_ref(name));
    }
  }
  index_names();
}

const std::vector<ObjectRef>& ModelIndex::dependencies_of(const ObjectRef& ref) const {
  static const std::vector<ObjectRef> k_none;
  const auto found = m_dependencies.find(canonical(ref));
  return found == m_dependencies.end() ? k_none : found->second;
}

std::vector<ObjectRef> ModelIndex::owned_by_relation(const QualifiedName& relation) const {
  std::vector<ObjectRef> out;
  if (const auto found = m_indexes_by_table.find(relation); found != m_indexes_by_table.end()) {
    for (const Index* index : found->second) {
      out.push_back(index_ref(index->name));
    }
  }
  if (const auto found = m_triggers_by_relation.find(relation); found != m_triggers_by_relation.end()) {
    for (const Trigger* trigger : found->second) {
      out.push_back(trigger_ref(trigger->name));
    }
  }
  if (const auto found = m_policies_by_table.find(relation); found != m_policies_by_table.end()) {
    for (const Policy* policy : found->second) {
      out.push_back(policy_ref(policy->name));
    }
  }
  return out;
}

std::vector<ObjectRef> ModelIndex::sequences_owned_by(const QualifiedName& table, const std::string& column) const {
  const auto found = m_owned_sequences.find(ColumnRef{table, column});
  return found == m_owned_sequences.end() ? std::vector<ObjectRef>{} : found->second;
}

std::vector<QualifiedName> ModelIndex::partitions_of(const QualifiedName& table) const {
  const auto found = m_partitions.find(table);
  return found == m_partitions.end() ? std::vector<QualifiedName>{} : found->second;
}

std::vector<QualifiedName> ModelIndex::partition_tree(const QualifiedName& table) const {
  std::vector<QualifiedName> tree{table};
  std::set<QualifiedName> seen{table};
  for (std::size_t next = 0; next < tree.size(); ++next) {
    for (const QualifiedName& partition : partitions_of(tree[next])) {
      if (seen.insert(partition).second) {
        tree.push_back(partition);
      }
    }
  }
  return tree;
}

ObjectKind ModelIndex::relation_kind(const QualifiedName& name) const {
  if (m_model.views.count(name) > 0) {
    return ObjectKind::view;
  }
  if (m_model.materialized_views.count(name) > 0) {
    return ObjectKind::materialized_view;
  }
  return ObjectKind::table;
}

std::vector<std::string> ModelIndex::relation_columns(const QualifiedName& name) const {
  std::vector<std::string> columns;
  if (const auto table = m_model.tables.find(name); table != m_model.tables.end()) {
    for (const Column& column : table->second.columns) {
      columns.push_back(column.name);
    }
    return columns;
  }
  const auto* views = &m_model.views;
  auto view = views->find(name);
  if (view == views->end()) {
    views = &m_model.materialized_views;
    view = views->find(name);
  }
  if (view != views->end()) {
    for (const ViewColumn& column : view->second.columns) {
      columns.push_back(column.name);
    }
  }
  return columns;
}

std::vector<ObjectRef> ModelIndex::unique_keys(const QualifiedName& table,
                                               const std::vector<std::string>& columns) const {
  std::vector<ObjectRef> keys;
  const std::set<std::string> wanted = as_set(columns);
  if (const auto found = m_model.tables.find(table); found != m_model.tables.end()) {
    for (const auto& [name, constraint] : found->second.constraints) {
      const auto key_columns = unique_columns(constraint.kind);
      if (key_columns && as_set(*key_columns) == wanted) {
        keys.push_back(constraint_ref(table, name));
      }
    }
  }
  if (const auto found = m_indexes_by_table.find(table); found != m_indexes_by_table.end()) {
    for (const Index* index : found->second) {
      if (index->uniqueness != IndexUniqueness::unique || index->predicate) {
        continue;
      }
      std::set<std::string> key_columns;
      bool plain = true;
      for (const IndexKey& key : index->keys) {
        plain = plain && !key.is_expression;
        key_columns.insert(key.expression);
      }
      if (plain && key_columns == wanted) {
        keys.push_back(index_ref(index->name));
      }
    }
  }
  return keys;
}

}  // namespace schemadiff
