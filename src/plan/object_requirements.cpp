// SPDX-License-Identifier: MIT
#include "plan/object_requirements.hpp"

namespace schemadiff::planning {
namespace {

void add_dependencies(RefSet& refs, const ObjectRef& ref, const ModelIndex& side) {
  for (const ObjectRef& referenced : side.dependencies_of(ref)) {
    refs.insert(referenced);
  }
}

void add_columns(RefSet& refs, const QualifiedName& owner, const std::vector<std::string>& columns) {
  for (const std::string& column : columns) {
    refs.insert(column_ref(owner, column));
  }
}

struct KindRequirements {
  const QualifiedName& table;
  const ModelIndex& side;
  RefSet& refs;

  void operator()(const PrimaryKey& key) const {
    add_columns(refs, table, key.columns);
    add_columns(refs, table, key.include);
  }
  void operator()(const Unique& key) const {
    add_columns(refs, table, key.columns);
    add_columns(refs, table, key.include);
  }
  void operator()(const Check&) const {}
  void operator()(const ForeignKey& key) const {
    add_columns(refs, table, key.columns);
    refs.insert(table_ref(key.referenced_table));
    add_columns(refs, key.referenced_table, key.referenced_columns);
    for (const ObjectRef& unique : side.unique_keys(key.referenced_table, key.referenced_columns)) {
      refs.insert(unique);
    }
  }
  void operator()(const Exclusion&) const {}
};

}  // namespace

RefSet extension_requirements(const Extension& extension, const ModelIndex& side) {
  RefSet refs{schema_ref(extension.schema)};
  add_dependencies(refs, extension_ref(extension.name), side);
  return refs;
}

RefSet enum_requirements(const EnumType& type, const ModelIndex& side) {
  RefSet refs{schema_ref(type.name.schema)};
  add_dependencies(refs, type_ref(type.name), side);
  return refs;
}

RefSet sequence_requirements(const Sequence& sequence, const ModelIndex& side) {
  RefSet refs{schema_ref(sequence.name.schema)};
  add_dependencies(refs, sequence_ref(sequence.name), side);
  return refs;
}

RefSet column_requirements(const QualifiedName& table, const Column& column, const ModelIndex& side) {
  RefSet refs{table_ref(table)};
  if (const auto type = side.enum_named(column.type)) {
    refs.insert(type_ref(*type));
  }
  refs.merge(type_text_requirements(column.type, column.collation, side));
  if (column.default_expr) {
    for (const QualifiedName& sequence : side.sequences_in(*column.default_expr)) {
      refs.insert(sequence_ref(sequence));
    }
  }
  add_dependencies(refs, column_ref(table, column.name), side);
  return refs;
}

RefSet constraint_requirements(const QualifiedName& table, const Constraint& constraint, const ModelIndex& side) {
  RefSet refs{table_ref(table)};
  std::visit(KindRequirements{table, side, refs}, constraint.kind);
  add_dependencies(refs, constraint_ref(table, constraint.name), side);
  return refs;
}

RefSet table_requirements(const Table& table, const RefSet& separate_constraints, const ModelIndex& side) {
  RefSet refs{schema_ref(table.name.schema)};
  if (table.partition_of) {
    refs.insert(table_ref(table.partition_of->parent));
  }
  for (const QualifiedName& parent : table.inherits) {
    refs.insert(table_ref(parent));
  }
  add_dependencies(refs, table_ref(table.name), side);
  for (const Column& column : table.columns) {
    refs.merge(column_requirements(table.name, column, side));
  }
  for (const auto& [name, constraint] : table.constraints) {
    if (separate_constraints.count(constraint_ref(table.name, name)) > 0) {
      continue;
    }
    refs.merge(constraint_requirements(table.name, constraint, side));
  }
  return refs;
}

RefSet index_requirements(const Index& index, const ModelIndex& side) {
  RefSet refs{schema_ref(index.name.schema), relation_ref(side.relation_kind(index.table), index.table)};
  for (const IndexKey& key : index.keys) {
    if (!key.is_expression) {
      refs.insert(column_ref(index.table, key.expression));
    }
  }
  add_columns(refs, index.table, index.include);
  add_dependencies(refs, index_ref(index.name), side);
  return refs;
}

RefSet view_requirements(const View& view, ObjectKind kind, const ModelIndex& side) {
  RefSet refs{schema_ref(view.name.schema)};
  for (const ObjectRef& referenced : side.dependencies_of(relation_ref(kind, view.name))) {
    refs.insert(referenced);
    // A view that names a whole relation reads its columns: a column re-typed or dropped
    // under it must wait for the view's drop and come before its re-creation.
    if (referenced.kind == ObjectKind::table || referenced.kind == ObjectKind::view ||
        referenced.kind == ObjectKind::materialized_view) {
      add_columns(refs, referenced.name, side.relation_columns(referenced.name));
    }
  }
  return refs;
}

RefSet routine_requirements(const Routine& routine, const ModelIndex& side) {
  RefSet refs{schema_ref(routine.name.name.schema)};
  add_dependencies(refs, routine_ref(routine.name), side);
  return refs;
}

RefSet trigger_requirements(const Trigger& trigger, const ModelIndex& side) {
  const QualifiedName& owner = trigger.name.owner;
  RefSet refs{relation_ref(side.relation_kind(owner), owner), routine_ref(trigger.function)};
  for (const TriggerEvent& event : trigger.events) {
    add_columns(refs, owner, event.columns);
  }
  add_dependencies(refs, trigger_ref(trigger.name), side);
  return refs;
}

RefSet policy_requirements(const Policy& policy, const ModelIndex& side) {
  RefSet refs{table_ref(policy.name.owner)};
  add_dependencies(refs, policy_ref(policy.name), side);
  return refs;
}

RefSet privilege_target_requirements(const ObjectRef& target) {
  RefSet refs{canonical(target)};
  if (target.kind == ObjectKind::column) {
    refs.insert(table_ref(target.name));
  }
  return refs;
}

RefSet requirements_of(const ObjectRef& ref, const ModelIndex& side) {
  const SchemaModel& model = side.model();
  switch (ref.kind) {
    case ObjectKind::index:
      if (const auto found = model.indexes.find(ref.name); found != model.indexes.end()) {
        return index_requirements(found->second, side);
      }
      break;
    case ObjectKind::trigger:
      if (const auto found = model.triggers.find(MemberName{ref.name, ref.member}); found != model.triggers.end()) {
        return trigger_requirements(found->second, side);
      }
      break;
    case ObjectKind::policy:
      if (const auto found = model.policies.find(MemberName{ref.name, ref.member}); found != model.policies.end()) {
        return policy_requirements(found->second, side);
      }
      break;
    case ObjectKind::sequence:
      if (const auto found = model.sequences.find(ref.name); found != model.sequences.end()) {
        return sequence_requirements(found->second, side);
      }
      break;
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::type:
    case ObjectKind::table:
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::routine:
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      break;
  }
  RefSet refs;
  add_dependencies(refs, ref, side);
  return refs;
}

RefSet table_members(const Table& table, const RefSet& separate_constraints) {
  RefSet refs{table_ref(table.name)};
  for (const Column& column : table.columns) {
    refs.insert(column_ref(table.name, column.name));
  }
  for (const auto& [name, constraint] : table.constraints) {
    const ObjectRef ref = constraint_ref(table.name, name);
    if (separate_constraints.count(ref) == 0) {
      refs.insert(ref);
    }
  }
  return refs;
}

RefSet view_members(const View& view, ObjectKind kind) {
  RefSet refs{relation_ref(kind, view.name)};
  for (const ViewColumn& column : view.columns) {
    refs.insert(column_ref(view.name, column.name));
  }
  return refs;
}

}  // namespace schemadiff::planning
