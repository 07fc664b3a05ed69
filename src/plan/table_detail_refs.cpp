// SPDX-License-Identifier: MIT
#include "plan/table_detail_refs.hpp"

#include <set>

#include "plan/object_requirements.hpp"

namespace schemadiff::planning {
namespace {

void add_inherited(const SchemaModel& model, const QualifiedName& child, const QualifiedName& parent,
                   std::set<QualifiedName>& seen, RefSet& refs) {
  if (!seen.insert(parent).second) {
    return;
  }
  const auto found = model.tables.find(parent);
  if (found == model.tables.end()) {
    return;
  }
  for (const QualifiedName& grandparent : found->second.inherits) {
    add_inherited(model, child, grandparent, seen, refs);
  }
  for (const Column& column : found->second.columns) {
    refs.insert(column_ref(child, column.name));
  }
  for (const auto& [name, constraint] : found->second.constraints) {
    const auto* check = std::get_if<Check>(&constraint.kind);
    if (check != nullptr && !check->no_inherit) {
      refs.insert(constraint_ref(child, name));
    }
  }
}

}  // namespace

ObjectRef replica_identity_index_ref(const QualifiedName& table, const std::string& index, const ModelIndex& side) {
  const QualifiedName name{table.schema, index};
  if (side.model().indexes.contains(name)) {
    return index_ref(name);
  }
  return constraint_ref(table, index);
}

RefSet inherit_requirements(const QualifiedName& child, const QualifiedName& parent, const ModelIndex& side) {
  RefSet refs{table_ref(child)};
  const auto found = side.model().tables.find(parent);
  if (found != side.model().tables.end()) {
    refs.merge(table_members(found->second, {}));
  } else {
    refs.insert(table_ref(parent));
  }
  std::set<QualifiedName> seen;
  add_inherited(side.model(), child, parent, seen, refs);
  return refs;
}

}  // namespace schemadiff::planning
