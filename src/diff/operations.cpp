// SPDX-License-Identifier: MIT
#include <utility>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

ObjectRef schema_ref(const std::string& name) { return {ObjectKind::schema, {"", name}, {}}; }
ObjectRef extension_ref(const std::string& name) { return {ObjectKind::extension, {"", name}, {}}; }
ObjectRef type_ref(const QualifiedName& name) { return {ObjectKind::type, name, {}}; }
ObjectRef sequence_ref(const QualifiedName& name) { return {ObjectKind::sequence, name, {}}; }
ObjectRef table_ref(const QualifiedName& name) { return {ObjectKind::table, name, {}}; }
ObjectRef column_ref(const QualifiedName& table, const std::string& column) {
  return {ObjectKind::column, table, column};
}
ObjectRef constraint_ref(const QualifiedName& table, const std::string& constraint) {
  return {ObjectKind::constraint, table, constraint};
}
ObjectRef index_ref(const QualifiedName& name) { return {ObjectKind::index, name, {}}; }
ObjectRef view_ref(const QualifiedName& name) { return {ObjectKind::view, name, {}}; }
ObjectRef materialized_view_ref(const QualifiedName& name) {
  return {ObjectKind::materialized_view, name, {}};
}
ObjectRef routine_ref(const RoutineName& name) { return {ObjectKind::routine, name.name, name.arguments}; }
ObjectRef trigger_ref(const MemberName& name) { return {ObjectKind::trigger, name.owner, name.name}; }

namespace {

ObjectRef subject(const CreateSchema& op) { return schema_ref(op.schema.name); }
ObjectRef subject(const DropSchema& op) { return schema_ref(op.schema.name); }
ObjectRef subject(const CreateExtension& op) { return extension_ref(op.extension.name); }
ObjectRef subject(const DropExtension& op) { return extension_ref(op.extension.name); }
ObjectRef subject(const AlterExtension& op) { return extension_ref(op.to.name); }
ObjectRef subject(const CreateEnum& op) { return type_ref(op.type.name); }
ObjectRef subject(const DropEnum& op) { return type_ref(op.type.name); }
ObjectRef subject(const AddEnumValue& op) { return type_ref(op.type); }
ObjectRef subject(const ReplaceEnum& op) { return type_ref(op.to.name); }
ObjectRef subject(const CreateSequence& op) { return sequence_ref(op.sequence.name); }
ObjectRef subject(const DropSequence& op) { return sequence_ref(op.sequence.name); }
ObjectRef subject(const AlterSequence& op) { return sequence_ref(op.to.name); }
ObjectRef subject(const CreateTable& op) { return table_ref(op.table.name); }
ObjectRef subject(const DropTable& op) { return table_ref(op.table.name); }
ObjectRef subject(const SetPersistence& op) { return table_ref(op.table); }
ObjectRef subject(const SetStorageParameters& op) { return table_ref(op.table); }
ObjectRef subject(const AttachPartition& op) { return table_ref(op.table); }
ObjectRef subject(const DetachPartition& op) { return table_ref(op.table); }
ObjectRef subject(const AddColumn& op) { return column_ref(op.table, op.column.name); }
ObjectRef subject(const DropColumn& op) { return column_ref(op.table, op.column.name); }
ObjectRef subject(const AlterColumn& op) { return column_ref(op.table, op.to.name); }
ObjectRef subject(const AddConstraint& op) { return constraint_ref(op.table, op.constraint.name); }
ObjectRef subject(const DropConstraint& op) { return constraint_ref(op.table, op.constraint.name); }
ObjectRef subject(const ValidateConstraint& op) { return constraint_ref(op.table, op.constraint.name); }
ObjectRef subject(const CreateIndex& op) { return index_ref(op.index.name); }
ObjectRef subject(const DropIndex& op) { return index_ref(op.index.name); }
ObjectRef subject(const CreateView& op) { return view_ref(op.view.name); }
ObjectRef subject(const DropView& op) { return view_ref(op.view.name); }
ObjectRef subject(const ReplaceView& op) { return view_ref(op.to.name); }
ObjectRef subject(const CreateMaterializedView& op) { return materialized_view_ref(op.view.name); }
ObjectRef subject(const DropMaterializedView& op) { return materialized_view_ref(op.view.name); }
ObjectRef subject(const CreateRoutine& op) { return routine_ref(op.routine.name); }
ObjectRef subject(const DropRoutine& op) { return routine_ref(op.routine.name); }
ObjectRef subject(const ReplaceRoutine& op) { return routine_ref(op.to.name); }
ObjectRef subject(const CreateTrigger& op) { return trigger_ref(op.trigger.name); }
ObjectRef subject(const DropTrigger& op) { return trigger_ref(op.trigger.name); }
ObjectRef subject(const SetComment& op) { return op.target; }
ObjectRef subject(const RenameTable& op) { return table_ref(op.from); }
ObjectRef subject(const RenameColumn& op) { return column_ref(op.table, op.from); }
ObjectRef subject(const RenameIndex& op) { return index_ref(op.from); }
ObjectRef subject(const RenameConstraint& op) { return constraint_ref(op.table, op.from); }
ObjectRef subject(const RenameEnum& op) { return type_ref(op.from); }
ObjectRef subject(const RenameEnumValue& op) { return {ObjectKind::type, op.type, op.from}; }
ObjectRef subject(const RenameView& op) { return view_ref(op.from); }
ObjectRef subject(const RenameMaterializedView& op) { return materialized_view_ref(op.from); }
ObjectRef subject(const RenameRoutine& op) { return routine_ref(op.from); }
ObjectRef subject(const RenameSequence& op) { return sequence_ref(op.from); }

}  // namespace

OperationKey operation_key(const Operation& operation) {
  OperationKey key;
  key.subject = std::visit([](const auto& op) { return subject(op); }, operation);
  key.verb = operation.index();
  if (const auto* add_value = std::get_if<AddEnumValue>(&operation)) {
    key.detail = add_value->label;
  }
  return key;
}

void Operations::put(Operation operation) {
  OperationKey key = operation_key(operation);
  m_operations.insert_or_assign(std::move(key), std::move(operation));
}

std::vector<Operation> Operations::snapshot() const {
  std::vector<Operation> copy;
  copy.reserve(m_operations.size());
  for (const auto& [key, operation] : m_operations) {
    copy.push_back(operation);
  }
  return copy;
}

std::vector<Operation> Operations::release() && {
  std::vector<Operation> result;
  result.reserve(m_operations.size());
  for (auto& [key, operation] : m_operations) {
    result.push_back(std::move(operation));
  }
  m_operations.clear();
  return result;
}

}  // namespace schemadiff::diff_detail
