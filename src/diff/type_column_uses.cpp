// SPDX-License-Identifier: MIT
#include <set>
#include <string>
#include <vector>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

bool names_type(const std::string& column_type, const QualifiedName& type) {
  // format_type prints the qualified name, quoted where needed, and `[]` for arrays of
  // any dimension.
  const std::string name = display_name(type);
  return column_type == name || column_type == name + "[]";
}

}  // namespace

std::vector<TypeColumnUse> type_column_uses(const SchemaModel& from, const ObjectRef& type, const Operations& ops) {
  std::set<ObjectRef> by_dependency;
  for (const Dependency& dependency : from.dependencies) {
    if (dependency.dependent.kind == ObjectKind::column && dependency.referenced == type) {
      by_dependency.insert(dependency.dependent);
    }
  }
  std::vector<TypeColumnUse> uses;
  for (const auto& [name, table] : from.tables) {
    if (ops.contains<DropTable>(table_ref(name))) {
      continue;
    }
    for (const Column& column : table.columns) {
      const ObjectRef ref = column_ref(name, column.name);
      if (!names_type(column.type, type.name) && !by_dependency.contains(ref)) {
        continue;
      }
      if (ops.contains<DropColumn>(ref)) {
        continue;
      }
      const auto* alter = ops.find<AlterColumn>(ref);
      if (alter != nullptr && alter->change.type) {
        continue;
      }
      if (table.partition_of) {
        const auto parent = from.tables.find(table.partition_of->parent);
        if (parent != from.tables.end() && find_column(parent->second, column.name) != nullptr) {
          continue;
        }
      }
      uses.push_back(TypeColumnUse{name, column});
    }
  }
  return uses;
}

}  // namespace schemadiff::diff_detail
