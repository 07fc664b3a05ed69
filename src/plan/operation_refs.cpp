// SPDX-License-Identifier: MIT
#include "plan/operation_refs.hpp"

#include <variant>

#include "plan/object_requirements.hpp"
#include "plan/table_detail_refs.hpp"
#include "plan/type_operation_refs.hpp"

namespace schemadiff::planning {
namespace {

// Planner-internal: one label of an enum, so labels added next to each other are ordered.
ObjectRef enum_label_ref(const QualifiedName& type, const std::string& label) {
  return {ObjectKind::type, type, label};
}

// The column on `table` and on every partition under it, as `side` has them.
RefSet column_tree(const QualifiedName& table, const std::string& column, const ModelIndex& side) {
  RefSet refs;
  for (const QualifiedName& member : side.partition_tree(table)) {
    refs.insert(column_ref(member, column));
  }
  return refs;
}

RefSet minus(RefSet refs, const RefSet& removed) {
  for (const ObjectRef& ref : removed) {
    refs.erase(ref);
  }
  return refs;
}

struct RefsOf {
  const ModelIndex& from;
  const ModelIndex& to;
  const SeparateConstraints& separate;

  // An in-place change needs its new references and releases only the old ones it drops.
  OperationRefs changed(RefSet modified, RefSet needed, const RefSet& used_before) const {
    OperationRefs refs;
    refs.modifies = std::move(modified);
    refs.releases = minus(used_before, needed);
    refs.needs = std::move(needed);
    return refs;
  }
  static OperationRefs created(RefSet created, RefSet needed) {
    OperationRefs refs;
    refs.creates = std::move(created);
    refs.needs = std::move(needed);
    return refs;
  }
  static OperationRefs dropped(RefSet dropped, RefSet used) {
    OperationRefs refs;
    refs.drops = std::move(dropped);
    refs.releases = std::move(used);
    return refs;
  }

  OperationRefs operator()(const CreateSchema& op) const { return created({schema_ref(op.schema.name)}, {}); }
  OperationRefs operator()(const DropSchema& op) const { return dropped({schema_ref(op.schema.name)}, {}); }

  OperationRefs operator()(const CreateExtension& op) const {
    return created({extension_ref(op.extension.name)}, extension_requirements(op.extension, to));
  }
  OperationRefs operator()(const DropExtension& op) const {
    return dropped({extension_ref(op.extension.name)}, extension_requirements(op.extension, from));
  }
  OperationRefs operator()(const AlterExtension& op) const {
    return changed({extension_ref(op.to.name)}, extension_requirements(op.to, to),
                   extension_requirements(op.from, from));
  }

  OperationRefs operator()(const CreateEnum& op) const {
    return created({type_ref(op.type.name)}, enum_requirements(op.type, to));
  }
  OperationRefs operator()(const DropEnum& op) const {
    return dropped({type_ref(op.type.name)}, enum_requirements(op.type, from));
  }
  OperationRefs operator()(const AddEnumValue& op) const {
    // A label placed next to another new label waits for that one.
    OperationRefs refs = changed({type_ref(op.type)}, {}, {});
    refs.creates.insert(enum_label_ref(op.type, op.label));
    for (const auto& neighbour : {op.before, op.after}) {
      if (neighbour) {
        refs.needs.insert(enum_label_ref(op.type, *neighbour));
      }
    }
    return refs;
  }
  OperationRefs operator()(const ReplaceEnum& op) const {
    // The columns are re-typed in place, so whatever reads them waits like for AlterColumn.
    RefSet modified{type_ref(op.to.name)};
    for (const TypeColumnUse& use : op.columns) {
      modified.merge(column_tree(use.table, use.column.name, from));
    }
    return changed(std::move(modified), enum_requirements(op.to, to), enum_requirements(op.from, from));
  }

  OperationRefs operator()(const CreateSequence& op) const {
    return created({sequence_ref(op.sequence.name)}, sequence_requirements(op.sequence, to));
  }
  OperationRefs operator()(const DropSequence& op) const {
    return dropped({sequence_ref(op.sequence.name)}, sequence_requirements(op.sequence, from));
  }
  OperationRefs operator()(const AlterSequence& op) const {
    // Options and OWNED BY change nothing another object reads, so this is no `modifies`:
    // it only needs the sequence and the owning column.
    OperationRefs refs;
    refs.needs.insert(sequence_ref(op.to.name));
    if (op.to.owned_by) {
      refs.needs.insert(column_ref(op.to.owned_by->table, op.to.owned_by->column));
    }
    if (op.from.owned_by && op.from.owned_by != op.to.owned_by) {
      refs.releases.insert(column_ref(op.from.owned_by->table, op.from.owned_by->column));
    }
    return refs;
  }

  OperationRefs operator()(const CreateTable& op) const {
    return created(table_members(op.table, separate.added), table_requirements(op.table, separate.added, to));
  }
  OperationRefs operator()(const DropTable& op) const {
    OperationRefs refs =
        dropped(table_members(op.table, separate.dropped), table_requirements(op.table, separate.dropped, from));
    std::vector<ObjectRef> taken = from.owned_by_relation(op.table.name);
    for (const Column& column : op.table.columns) {
      const std::vector<ObjectRef> sequences = from.sequences_owned_by(op.table.name, column.name);
      taken.insert(taken.end(), sequences.begin(), sequences.end());
    }
    take_along(refs, taken);
    return refs;
  }
  OperationRefs operator()(const SetPersistence& op) const { return changed({table_ref(op.table)}, {}, {}); }
  OperationRefs operator()(const SetStorageParameters& op) const { return changed({table_ref(op.table)}, {}, {}); }
  OperationRefs operator()(const AttachPartition& op) const {
    // ATTACH checks that the columns match the parent's, so both tables must be final.
    RefSet needed{table_ref(op.partition.parent)};
    for (const QualifiedName& table : {op.table, op.partition.parent}) {
      for (const std::string& column : to.relation_columns(table)) {
        needed.insert(column_ref(table, column));
      }
    }
    return changed({table_ref(op.table)}, std::move(needed), {});
  }
  OperationRefs operator()(const DetachPartition& op) const {
    return changed({table_ref(op.table)}, {}, {table_ref(op.partition.parent)});
  }

  OperationRefs operator()(const AddColumn& op) const {
    return created(column_tree(op.table, op.column.name, to), column_requirements(op.table, op.column, to));
  }
  OperationRefs operator()(const DropColumn& op) const {
    OperationRefs refs =
        dropped(column_tree(op.table, op.column.name, from), column_requirements(op.table, op.column, from));
    take_along(refs, from.sequences_owned_by(op.table, op.column.name));
    return refs;
  }
  OperationRefs operator()(const AlterColumn& op) const {
    RefSet modified = column_tree(op.table, op.to.name, from);
    modified.merge(column_tree(op.table, op.to.name, to));
    return changed(std::move(modified), column_requirements(op.table, op.to, to),
                   column_requirements(op.table, op.from, from));
  }

  OperationRefs operator()(const AddConstraint& op) const {
    return created({constraint_ref(op.table, op.constraint.name)}, constraint_requirements(op.table, op.constraint, to));
  }
  OperationRefs operator()(const DropConstraint& op) const {
    return dropped({constraint_ref(op.table, op.constraint.name)},
                   constraint_requirements(op.table, op.constraint, from));
  }
  OperationRefs operator()(const ValidateConstraint& op) const {
    OperationRefs refs;
    refs.needs.insert(constraint_ref(op.table, op.constraint.name));
    return refs;
  }

  OperationRefs operator()(const CreateIndex& op) const {
    return created({index_ref(op.index.name)}, index_requirements(op.index, to));
  }
  OperationRefs operator()(const DropIndex& op) const {
    return dropped({index_ref(op.index.name)}, index_requirements(op.index, from));
  }

  OperationRefs operator()(const CreateView& op) const { return create_view(op.view, ObjectKind::view); }
  OperationRefs operator()(const DropView& op) const { return drop_view(op.view, ObjectKind::view); }
  OperationRefs operator()(const ReplaceView& op) const {
    RefSet modified = view_members(op.from, ObjectKind::view);
    modified.merge(view_members(op.to, ObjectKind::view));
    return changed(std::move(modified), view_requirements(op.to, ObjectKind::view, to),
                   view_requirements(op.from, ObjectKind::view, from));
  }
  OperationRefs operator()(const CreateMaterializedView& op) const {
    return create_view(op.view, ObjectKind::materialized_view);
  }
  OperationRefs operator()(const DropMaterializedView& op) const {
    return drop_view(op.view, ObjectKind::materialized_view);
  }

  OperationRefs operator()(const CreateRoutine& op) const {
    return created({routine_ref(op.routine.name)}, routine_requirements(op.routine, to));
  }
  OperationRefs operator()(const DropRoutine& op) const {
    return dropped({routine_ref(op.routine.name)}, routine_requirements(op.routine, from));
  }
  OperationRefs operator()(const ReplaceRoutine& op) const {
    return changed({routine_ref(op.to.name)}, routine_requirements(op.to, to), routine_requirements(op.from, from));
  }

  OperationRefs operator()(const CreateTrigger& op) const {
    return created({trigger_ref(op.trigger.name)}, trigger_requirements(op.trigger, to));
  }
  OperationRefs operator()(const DropTrigger& op) const {
    return dropped({trigger_ref(op.trigger.name)}, trigger_requirements(op.trigger, from));
  }

  OperationRefs operator()(const SetComment& op) const {
    OperationRefs refs;
    refs.needs.insert(canonical(op.target));
    return refs;
  }

  // A rename frees the old name; a member's rename needs its owner. Whatever touches the
  // new name, the renames of the owner's members included, is ordered after the rename
  // by plan.cpp (rename scope) rather than through these sets, so that a rename is never
  // mistaken for a change in place that what uses the object must wait for.
  static OperationRefs renamed(const ObjectRef& old_ref, const ObjectRef& /*new_ref*/, RefSet needed = {}) {
    OperationRefs refs;
    refs.drops.insert(old_ref);
    refs.needs = std::move(needed);
    return refs;
  }
  OperationRefs operator()(const RenameTable& op) const {
    return renamed(table_ref(op.from), table_ref({op.from.schema, op.to}));
  }
  OperationRefs operator()(const RenameColumn& op) const {
    return renamed(column_ref(op.table, op.from), column_ref(op.table, op.to), {table_ref(op.table)});
  }
  OperationRefs operator()(const RenameIndex& op) const {
    return renamed(index_ref(op.from), index_ref({op.from.schema, op.to}));
  }
  OperationRefs operator()(const RenameConstraint& op) const {
    return renamed(constraint_ref(op.table, op.from), constraint_ref(op.table, op.to), {table_ref(op.table)});
  }
  OperationRefs operator()(const RenameEnum& op) const {
    return renamed(type_ref(op.from), type_ref({op.from.schema, op.to}));
  }
  OperationRefs operator()(const RenameEnumValue& op) const {
    return renamed(enum_label_ref(op.type, op.from), enum_label_ref(op.type, op.to), {type_ref(op.type)});
  }
  OperationRefs operator()(const RenameView& op) const {
    return renamed(relation_ref(ObjectKind::view, op.from), relation_ref(ObjectKind::view, {op.from.schema, op.to}));
  }
  OperationRefs operator()(const RenameMaterializedView& op) const {
    return renamed(relation_ref(ObjectKind::materialized_view, op.from),
                   relation_ref(ObjectKind::materialized_view, {op.from.schema, op.to}));
  }
  OperationRefs operator()(const RenameSequence& op) const {
    return renamed(sequence_ref(op.from), sequence_ref({op.from.schema, op.to}));
  }
  OperationRefs operator()(const RenameRoutine& op) const {
    return renamed(routine_ref(op.from), routine_ref({{op.from.name.schema, op.to}, op.from.arguments}));
  }
  OperationRefs operator()(const SetReplicaIdentity& op) const {
    OperationRefs refs;
    refs.needs.insert(table_ref(op.table));
    if (op.to.kind == ReplicaIdentityKind::index) {
      refs.needs.insert(replica_identity_index_ref(op.table, op.to.index, to));
    }
    // The identity lets go of its old index before that index may be dropped.
    if (op.from.kind == ReplicaIdentityKind::index) {
      const ObjectRef old_index = replica_identity_index_ref(op.table, op.from.index, from);
      if (!refs.needs.contains(old_index)) {
        refs.releases.insert(old_index);
      }
    }
    return refs;
  }
  OperationRefs operator()(const AddInherit& op) const {
    OperationRefs refs;
    refs.needs = inherit_requirements(op.table, op.parent, to);
    return refs;
  }
  OperationRefs operator()(const DropInherit& op) const {
    // Until NO INHERIT has run, dropping a parent's column or CHECK also takes the
    // child's inherited copy, which the child keeps as its own afterwards.
    OperationRefs refs;
    refs.needs.insert(table_ref(op.table));
    refs.releases = inherit_requirements(op.table, op.parent, from);
    refs.releases.erase(table_ref(op.table));
    return refs;
  }
  OperationRefs operator()(const AlterRowSecurity& op) const {
    OperationRefs refs;
    refs.needs.insert(table_ref(op.table));
    return refs;
  }

  OperationRefs operator()(const CreatePolicy& op) const {
    return created({policy_ref(op.policy.name)}, policy_requirements(op.policy, to));
  }
  OperationRefs operator()(const DropPolicy& op) const {
    return dropped({policy_ref(op.policy.name)}, policy_requirements(op.policy, from));
  }
  OperationRefs operator()(const AlterPolicy& op) const {
    return changed({policy_ref(op.to.name)}, policy_requirements(op.to, to), policy_requirements(op.from, from));
  }

  // Grants, revokes and owners only need their object, in its final form.
  OperationRefs operator()(const GrantPrivileges& op) const {
    OperationRefs refs;
    refs.needs = privilege_target_requirements(op.target);
    return refs;
  }
  OperationRefs operator()(const RevokePrivileges& op) const {
    OperationRefs refs;
    refs.needs = privilege_target_requirements(op.target);
    return refs;
  }
  OperationRefs operator()(const SetOwner& op) const {
    OperationRefs refs;
    refs.needs = privilege_target_requirements(op.target);
    return refs;
  }
  OperationRefs operator()(const CreateCollation& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const DropCollation& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const CreateDomain& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const DropDomain& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const AlterDomain& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const AddDomainConstraint& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const DropDomainConstraint& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const ValidateDomainConstraint& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const ReplaceDomain& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const CreateCompositeType& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const DropCompositeType& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const AlterCompositeType& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const CreateRangeType& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const DropRangeType& op) const { return refs_of(op, from, to); }
  OperationRefs operator()(const ReplaceRangeType& op) const { return refs_of(op, from, to); }

  OperationRefs create_view(const View& view, ObjectKind kind) const {
    return created(view_members(view, kind), view_requirements(view, kind, to));
  }
  OperationRefs drop_view(const View& view, ObjectKind kind) const {
    OperationRefs refs = dropped(view_members(view, kind), view_requirements(view, kind, from));
    take_along(refs, from.owned_by_relation(view.name));
    return refs;
  }

  // DROP TABLE / VIEW / COLUMN take indexes, triggers and owned sequences along without a
  // statement of their own: they count as dropped here, so their re-creation waits for the
  // drop and what they used is released only then.
  void take_along(OperationRefs& refs, const std::vector<ObjectRef>& taken) const {
    for (const ObjectRef& ref : taken) {
      if (refs.drops.insert(ref).second) {
        refs.releases.merge(requirements_of(ref, from));
      }
    }
  }
};

}  // namespace

SeparateConstraints separate_constraints(const std::vector<Operation>& operations) {
  SeparateConstraints separate;
  for (const Operation& operation : operations) {
    if (const auto* add = std::get_if<AddConstraint>(&operation)) {
      separate.added.insert(constraint_ref(add->table, add->constraint.name));
    } else if (const auto* drop = std::get_if<DropConstraint>(&operation)) {
      separate.dropped.insert(constraint_ref(drop->table, drop->constraint.name));
    }
  }
  return separate;
}

OperationRefs operation_refs(const Operation& operation, const ModelIndex& from, const ModelIndex& to,
                             const SeparateConstraints& separate) {
  OperationRefs refs = std::visit(RefsOf{from, to, separate}, operation);
  for (const RefSet* own : {&refs.creates, &refs.drops, &refs.modifies}) {
    refs.needs = minus(std::move(refs.needs), *own);
    refs.releases = minus(std::move(refs.releases), *own);
  }
  return refs;
}

}  // namespace schemadiff::planning
