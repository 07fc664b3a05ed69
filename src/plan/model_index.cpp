// SPDX-License-Identifier: MIT
#include "plan/model_index.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace schemadiff::planning {
namespace {

std::string always_quoted(const std::string& ident) {
  std::string quoted = "\"";
  for (char c : ident) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  return quoted + "\"";
}

// format_type and regclass output quote by PostgreSQL's own keyword table, which is wider
// than the one behind quote_ident_if_needed; every plausible spelling maps to the name.
void add_spellings(std::map<std::string, QualifiedName>& spellings, const QualifiedName& name) {
  const std::array<std::string, 3> schemas = {name.schema, quote_ident_if_needed(name.schema),
                                               always_quoted(name.schema)};
  const std::array<std::string, 3> names = {name.name, quote_ident_if_needed(name.name), always_quoted(name.name)};
  for (const std::string& schema : schemas) {
    for (const std::string& relname : names) {
      spellings.emplace(schema + "." + relname, name);
    }
  }
}

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
    if (is_owned_by_link(dependency)) {
      continue;
    }
    m_dependencies[canonical(dependency.dependent)].push_back(canonical(dependency.referenced));
  }
  for (const auto& [name, type] : model.enums) {
    add_spellings(m_enum_spellings, name);
  }
  for (const auto& [name, sequence] : model.sequences) {
    add_spellings(m_sequence_spellings, name);
  }
  for (const auto& [name, index] : model.indexes) {
    m_indexes_by_table[index.table].push_back(&index);
    m_owned_by_relation[index.table].push_back(index_ref(name));
  }
  for (const auto& [name, table] : model.tables) {
    if (table.partition_of) {
      m_partitions[table.partition_of->parent].push_back(name);
    }
  }
  for (const auto& [name, trigger] : model.triggers) {
    m_owned_by_relation[name.owner].push_back(trigger_ref(name));
  }
  for (const auto& [name, policy] : model.policies) {
    m_owned_by_relation[name.owner].push_back(policy_ref(name));
  }
  for (const auto& [name, sequence] : model.sequences) {
    if (sequence.owned_by) {
      m_owned_sequences[*sequence.owned_by].push_back(sequence_ref(name));
    }
  }
  index_user_types();
}

const std::vector<ObjectRef>& ModelIndex::dependencies_of(const ObjectRef& ref) const {
  static const std::vector<ObjectRef> k_none;
  const auto found = m_dependencies.find(canonical(ref));
  return found == m_dependencies.end() ? k_none : found->second;
}

std::optional<QualifiedName> ModelIndex::enum_named(const std::string& type) const {
  std::string element = type;
  while (element.size() > 2 && element.compare(element.size() - 2, 2, "[]") == 0) {
    element.resize(element.size() - 2);
  }
  const auto found = m_enum_spellings.find(element);
  if (found == m_enum_spellings.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::vector<QualifiedName> ModelIndex::sequences_in(const std::string& expression) const {
  static const std::string k_suffix = "'::regclass";
  std::vector<QualifiedName> found;
  std::size_t end = expression.find(k_suffix);
  while (end != std::string::npos) {
    // Walk back to the literal's opening quote; a doubled quote is an escaped one.
    std::size_t begin = end;
    std::string literal;
    while (begin > 0) {
      --begin;
      if (expression[begin] != '\'') {
        literal.insert(literal.begin(), expression[begin]);
        continue;
      }
      if (begin > 0 && expression[begin - 1] == '\'') {
        literal.insert(literal.begin(), '\'');
        --begin;
        continue;
      }
      break;
    }
    const auto sequence = m_sequence_spellings.find(literal);
    if (sequence != m_sequence_spellings.end()) {
      found.push_back(sequence->second);
    }
    end = expression.find(k_suffix, end + k_suffix.size());
  }
  return found;
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

std::vector<QualifiedName> ModelIndex::partition_tree(const QualifiedName& table) const {
  std::vector<QualifiedName> tree{table};
  std::set<QualifiedName> seen{table};
  for (std::size_t next = 0; next < tree.size(); ++next) {
    const auto found = m_partitions.find(tree[next]);
    if (found == m_partitions.end()) {
      continue;
    }
    for (const QualifiedName& partition : found->second) {
      if (seen.insert(partition).second) {
        tree.push_back(partition);
      }
    }
  }
  return tree;
}

std::vector<ObjectRef> ModelIndex::owned_by_relation(const QualifiedName& relation) const {
  const auto found = m_owned_by_relation.find(relation);
  return found == m_owned_by_relation.end() ? std::vector<ObjectRef>{} : found->second;
}

std::vector<ObjectRef> ModelIndex::sequences_owned_by(const QualifiedName& table, const std::string& column) const {
  const auto found = m_owned_sequences.find(ColumnRef{table, column});
  return found == m_owned_sequences.end() ? std::vector<ObjectRef>{} : found->second;
}

}  // namespace schemadiff::planning
