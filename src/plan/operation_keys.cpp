// SPDX-License-Identifier: MIT
#include "plan/operation_keys.hpp"

#include <variant>

#include "plan/object_refs.hpp"

namespace schemadiff::planning {
namespace {

// Phase order, used only where dependencies leave a choice: dependents are dropped
// before what they use, then things are built up from schemas to comments.
enum class Phase {
  rename,
  drop_trigger,
  drop_materialized_view,
  drop_view,
  drop_constraint,
  drop_index,
  detach_partition,
  drop_column,
  drop_table,
  drop_sequence,
  drop_routine,
  drop_enum,
  drop_extension,
  drop_schema,
  create_schema,
  create_extension,
  alter_extension,
  create_enum,
  add_enum_value,
  replace_enum,
  create_sequence,
  create_routine,
  replace_routine,
  create_table,
  set_persistence,
  set_storage_parameters,
  add_column,
  alter_column,
  attach_partition,
  alter_sequence,
  add_constraint,
  validate_constraint,
  create_index,
  create_view,
  replace_view,
  create_materialized_view,
  create_trigger,
  set_comment,
};

OperationKey make(Phase phase, const ObjectRef& subject, const std::string& verb, const std::string& detail = {}) {
  std::string key = std::string(to_string(subject.kind)) + ":" + display(subject) + ":" + verb;
  if (!detail.empty()) {
    key += ":" + detail;
  }
  return {static_cast<int>(phase), std::move(key), subject};
}

struct KeyOf {
  OperationKey operator()(const CreateSchema& op) const {
    return make(Phase::create_schema, schema_ref(op.schema.name), "create");
  }
  OperationKey operator()(const DropSchema& op) const { return make(Phase::drop_schema, schema_ref(op.schema.name), "drop"); }
  OperationKey operator()(const CreateExtension& op) const {
    return make(Phase::create_extension, extension_ref(op.extension.name), "create");
  }
  OperationKey operator()(const DropExtension& op) const {
    return make(Phase::drop_extension, extension_ref(op.extension.name), "drop");
  }
  OperationKey operator()(const AlterExtension& op) const {
    return make(Phase::alter_extension, extension_ref(op.to.name), "alter");
  }
  OperationKey operator()(const CreateEnum& op) const { return make(Phase::create_enum, type_ref(op.type.name), "create"); }
  OperationKey operator()(const DropEnum& op) const { return make(Phase::drop_enum, type_ref(op.type.name), "drop"); }
  OperationKey operator()(const AddEnumValue& op) const {
    return make(Phase::add_enum_value, type_ref(op.type), "add_value", op.label);
  }
  OperationKey operator()(const ReplaceEnum& op) const { return make(Phase::replace_enum, type_ref(op.to.name), "replace"); }
  OperationKey operator()(const CreateSequence& op) const {
    return make(Phase::create_sequence, sequence_ref(op.sequence.name), "create");
  }
  OperationKey operator()(const DropSequence& op) const {
    return make(Phase::drop_sequence, sequence_ref(op.sequence.name), "drop");
  }
  OperationKey operator()(const AlterSequence& op) const {
    return make(Phase::alter_sequence, sequence_ref(op.to.name), "alter");
  }
  OperationKey operator()(const CreateTable& op) const {
    return make(Phase::create_table, table_ref(op.table.name), "create");
  }
  OperationKey operator()(const DropTable& op) const { return make(Phase::drop_table, table_ref(op.table.name), "drop"); }
  OperationKey operator()(const SetPersistence& op) const {
    return make(Phase::set_persistence, table_ref(op.table), "set_persistence");
  }
  OperationKey operator()(const SetStorageParameters& op) const {
    return make(Phase::set_storage_parameters, table_ref(op.table), "set_storage_parameters");
  }
  OperationKey operator()(const AttachPartition& op) const {
    return make(Phase::attach_partition, table_ref(op.table), "attach");
  }
  OperationKey operator()(const DetachPartition& op) const {
    return make(Phase::detach_partition, table_ref(op.table), "detach");
  }
  OperationKey operator()(const AddColumn& op) const {
    return make(Phase::add_column, column_ref(op.table, op.column.name), "add");
  }
  OperationKey operator()(const DropColumn& op) const {
    return make(Phase::drop_column, column_ref(op.table, op.column.name), "drop");
  }
  OperationKey operator()(const AlterColumn& op) const {
    return make(Phase::alter_column, column_ref(op.table, op.to.name), "alter");
  }
  OperationKey operator()(const AddConstraint& op) const {
    return make(Phase::add_constraint, constraint_ref(op.table, op.constraint.name), "add");
  }
  OperationKey operator()(const DropConstraint& op) const {
    return make(Phase::drop_constraint, constraint_ref(op.table, op.constraint.name), "drop");
  }
  OperationKey operator()(const ValidateConstraint& op) const {
    return make(Phase::validate_constraint, constraint_ref(op.table, op.constraint.name), "validate");
  }
  OperationKey operator()(const CreateIndex& op) const { return make(Phase::create_index, index_ref(op.index.name), "create"); }
  OperationKey operator()(const DropIndex& op) const { return make(Phase::drop_index, index_ref(op.index.name), "drop"); }
  OperationKey operator()(const CreateView& op) const {
    return make(Phase::create_view, relation_ref(ObjectKind::view, op.view.name), "create");
  }
  OperationKey operator()(const DropView& op) const {
    return make(Phase::drop_view, relation_ref(ObjectKind::view, op.view.name), "drop");
  }
  OperationKey operator()(const ReplaceView& op) const {
    return make(Phase::replace_view, relation_ref(ObjectKind::view, op.to.name), "replace");
  }
  OperationKey operator()(const CreateMaterializedView& op) const {
    return make(Phase::create_materialized_view, relation_ref(ObjectKind::materialized_view, op.view.name), "create");
  }
  OperationKey operator()(const DropMaterializedView& op) const {
    return make(Phase::drop_materialized_view, relation_ref(ObjectKind::materialized_view, op.view.name), "drop");
  }
  OperationKey operator()(const CreateRoutine& op) const {
    return make(Phase::create_routine, routine_ref(op.routine.name), "create");
  }
  OperationKey operator()(const DropRoutine& op) const {
    return make(Phase::drop_routine, routine_ref(op.routine.name), "drop");
  }
  OperationKey operator()(const ReplaceRoutine& op) const {
    return make(Phase::replace_routine, routine_ref(op.to.name), "replace");
  }
  OperationKey operator()(const CreateTrigger& op) const {
    return make(Phase::create_trigger, trigger_ref(op.trigger.name), "create");
  }
  OperationKey operator()(const DropTrigger& op) const {
    return make(Phase::drop_trigger, trigger_ref(op.trigger.name), "drop");
  }
  OperationKey operator()(const SetComment& op) const {
    return make(Phase::set_comment, canonical(op.target), "comment");
  }
  OperationKey operator()(const RenameTable& op) const { return make(Phase::rename, table_ref(op.from), "rename"); }
  OperationKey operator()(const RenameColumn& op) const {
    return make(Phase::rename, column_ref(op.table, op.from), "rename");
  }
  OperationKey operator()(const RenameIndex& op) const { return make(Phase::rename, index_ref(op.from), "rename"); }
  OperationKey operator()(const RenameConstraint& op) const {
    return make(Phase::rename, constraint_ref(op.table, op.from), "rename");
  }
  OperationKey operator()(const RenameEnum& op) const { return make(Phase::rename, type_ref(op.from), "rename"); }
  OperationKey operator()(const RenameEnumValue& op) const {
    return make(Phase::rename, type_ref(op.type), "rename_value", op.from);
  }
  OperationKey operator()(const RenameView& op) const {
    return make(Phase::rename, relation_ref(ObjectKind::view, op.from), "rename");
  }
  OperationKey operator()(const RenameMaterializedView& op) const {
    return make(Phase::rename, relation_ref(ObjectKind::materialized_view, op.from), "rename");
  }
  OperationKey operator()(const RenameSequence& op) const {
    return make(Phase::rename, sequence_ref(op.from), "rename");
  }
  OperationKey operator()(const RenameRoutine& op) const { return make(Phase::rename, routine_ref(op.from), "rename"); }
};

}  // namespace

OperationKey operation_key(const Operation& operation) { return std::visit(KeyOf{}, operation); }

}  // namespace schemadiff::planning
