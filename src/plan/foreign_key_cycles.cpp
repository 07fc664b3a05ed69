// SPDX-License-Identifier: MIT
#include "plan/foreign_key_cycles.hpp"

#include <map>
#include <set>
#include <variant>

#include "plan/dependency_graph.hpp"

namespace schemadiff::planning {
namespace {

struct DroppedForeignKey {
  const Table* table;
  const Constraint* constraint;
  const QualifiedName* referenced;
};

}  // namespace

std::vector<Operation> foreign_key_cycle_breakers(const std::vector<Operation>& operations) {
  std::map<QualifiedName, const Table*> dropped_tables;
  std::set<MemberName> dropped_separately;
  for (const Operation& operation : operations) {
    if (const auto* drop = std::get_if<DropTable>(&operation)) {
      dropped_tables.emplace(drop->table.name, &drop->table);
    } else if (const auto* drop_constraint = std::get_if<DropConstraint>(&operation)) {
      dropped_separately.insert(MemberName{drop_constraint->table, drop_constraint->constraint.name});
    }
  }

  std::map<QualifiedName, std::size_t> vertex_of;
  for (const auto& [name, table] : dropped_tables) {
    vertex_of.emplace(name, vertex_of.size());
  }
  std::vector<DroppedForeignKey> keys;
  DependencyGraph references(vertex_of.size());
  for (const auto& [name, table] : dropped_tables) {
    for (const auto& [constraint_name, constraint] : table->constraints) {
      const auto* foreign_key = std::get_if<ForeignKey>(&constraint.kind);
      if (foreign_key == nullptr || foreign_key->referenced_table == name ||
          dropped_separately.count(MemberName{name, constraint_name}) > 0) {
        continue;
      }
      const auto target = vertex_of.find(foreign_key->referenced_table);
      if (target == vertex_of.end()) {
        continue;
      }
      // The referencing table's drop must come before the referenced table's.
      references.must_run_before(vertex_of.at(name), target->second);
      keys.push_back({table, &constraint, &foreign_key->referenced_table});
    }
  }

  const std::vector<std::size_t> component = references.strong_components();
  std::vector<Operation> breakers;
  for (const DroppedForeignKey& key : keys) {
    if (component[vertex_of.at(key.table->name)] == component[vertex_of.at(*key.referenced)]) {
      breakers.emplace_back(DropConstraint{key.table->name, *key.constraint});
    }
  }
  return breakers;
}

}  // namespace schemadiff::planning
