// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schemadiff/model/object_refs.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

// The change vocabulary: one struct per thing a migration can do, each carrying the full
// objects involved (never just names), so the planner can find what depends on them and
// the renderer can write SQL from the operation alone. Verbs: Create/Drop/Alter/Replace,
// Add/Drop for parts of a table, Rename. A downgrade is not a reversed operation list: it
// is diff(to, from) planned again. Each operation names the one object it is about as
// its subject(): the differ keys its operations by it and the planner's messages show it.

struct CreateSchema {
  Schema schema;
  ObjectRef subject() const { return schema_ref(schema.name); }
  bool operator==(const CreateSchema&) const = default;
};
struct DropSchema {
  Schema schema;
  ObjectRef subject() const { return schema_ref(schema.name); }
  bool operator==(const DropSchema&) const = default;
};

struct CreateExtension {
  Extension extension;
  ObjectRef subject() const { return extension_ref(extension.name); }
  bool operator==(const CreateExtension&) const = default;
};
struct DropExtension {
  Extension extension;
  ObjectRef subject() const { return extension_ref(extension.name); }
  bool operator==(const DropExtension&) const = default;
};
/// ALTER EXTENSION ... UPDATE TO version.
struct AlterExtension {
  Extension from;
  Extension to;
  ObjectRef subject() const { return extension_ref(to.name); }
  bool operator==(const AlterExtension&) const = default;
};

struct CreateEnum {
  EnumType type;
  ObjectRef subject() const { return type_ref(type.name); }
  bool operator==(const CreateEnum&) const = default;
};
struct DropEnum {
  EnumType type;
  ObjectRef subject() const { return type_ref(type.name); }
  bool operator==(const DropEnum&) const = default;
};
/// ALTER TYPE ... ADD VALUE label BEFORE/AFTER neighbour (at its declared position).
/// Cannot run inside a transaction block that later uses the new value.
struct AddEnumValue {
  QualifiedName type;
  std::string label;
  std::optional<std::string> before;
  std::optional<std::string> after;
  ObjectRef subject() const { return type_ref(type); }
  bool operator==(const AddEnumValue&) const = default;
};
/// A column whose type is (an array of) an enum, domain or range type being replaced.
struct TypeColumnUse {
  QualifiedName table;
  Column column;  ///< as it is before the replacement (type, default, collation)
  bool operator==(const TypeColumnUse&) const = default;
};
/// Labels removed or reordered: PostgreSQL cannot do that in place, so a new type is
/// created under a temporary name, every column is re-typed through text, the old type is
/// dropped and the new one renamed. Indexes, CHECKs, views and routines that depend on
/// the type or on the columns are dropped before and recreated after by the planner.
struct ReplaceEnum {
  EnumType from;
  EnumType to;
  std::vector<TypeColumnUse> columns;
  ObjectRef subject() const { return type_ref(to.name); }
  bool operator==(const ReplaceEnum&) const = default;
};

struct CreateSequence {
  Sequence sequence;
  ObjectRef subject() const { return sequence_ref(sequence.name); }
  bool operator==(const CreateSequence&) const = default;
};
struct DropSequence {
  Sequence sequence;
  ObjectRef subject() const { return sequence_ref(sequence.name); }
  bool operator==(const DropSequence&) const = default;
};
/// ALTER SEQUENCE for options and OWNED BY.
struct AlterSequence {
  Sequence from;
  Sequence to;
  ObjectRef subject() const { return sequence_ref(to.name); }
  bool operator==(const AlterSequence&) const = default;
};

/// CREATE TABLE with its columns and the constraints that do not reference other tables;
/// foreign keys are separate AddConstraint operations so cycles can be broken.
struct CreateTable {
  Table table;
  ObjectRef subject() const { return table_ref(table.name); }
  bool operator==(const CreateTable&) const = default;
};
struct DropTable {
  Table table;
  ObjectRef subject() const { return table_ref(table.name); }
  bool operator==(const DropTable&) const = default;
};
struct SetPersistence {
  QualifiedName table;
  Persistence persistence;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const SetPersistence&) const = default;
};
struct SetStorageParameters {
  QualifiedName table;
  StorageParameters from;
  StorageParameters to;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const SetStorageParameters&) const = default;
};
struct AttachPartition {
  QualifiedName table;
  PartitionOf partition;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const AttachPartition&) const = default;
};
struct DetachPartition {
  QualifiedName table;
  PartitionOf partition;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const DetachPartition&) const = default;
};

struct AddColumn {
  QualifiedName table;
  Column column;
  ObjectRef subject() const { return column_ref(table, column.name); }
  bool operator==(const AddColumn&) const = default;
};
struct DropColumn {
  QualifiedName table;
  Column column;
  ObjectRef subject() const { return column_ref(table, column.name); }
  bool operator==(const DropColumn&) const = default;
};

/// Facets of a column that changed in place (Atlas's ChangeKind bits, as a value).
struct ColumnChange {
  bool type = false;       ///< type or collation: ALTER COLUMN TYPE ... [COLLATE] USING col::type
  bool not_null = false;
  bool default_expr = false;
  bool identity = false;   ///< added, dropped, kind or options changed
  bool storage = false;    ///< SET STORAGE
  bool compression = false;  ///< SET COMPRESSION (`default` to reset)
  bool operator==(const ColumnChange&) const = default;
};
struct AlterColumn {
  QualifiedName table;
  Column from;
  Column to;
  ColumnChange change;
  ObjectRef subject() const { return column_ref(table, to.name); }
  bool operator==(const AlterColumn&) const = default;
};

struct AddConstraint {
  QualifiedName table;
  Constraint constraint;
  ObjectRef subject() const { return constraint_ref(table, constraint.name); }
  bool operator==(const AddConstraint&) const = default;
};
struct DropConstraint {
  QualifiedName table;
  Constraint constraint;
  ObjectRef subject() const { return constraint_ref(table, constraint.name); }
  bool operator==(const DropConstraint&) const = default;
};
/// NOT VALID -> validated.
struct ValidateConstraint {
  QualifiedName table;
  Constraint constraint;
  ObjectRef subject() const { return constraint_ref(table, constraint.name); }
  bool operator==(const ValidateConstraint&) const = default;
};

struct CreateIndex {
  Index index;
  ObjectRef subject() const { return index_ref(index.name); }
  bool operator==(const CreateIndex&) const = default;
};
struct DropIndex {
  Index index;
  ObjectRef subject() const { return index_ref(index.name); }
  bool operator==(const DropIndex&) const = default;
};

struct CreateView {
  View view;
  ObjectRef subject() const { return view_ref(view.name); }
  bool operator==(const CreateView&) const = default;
};
struct DropView {
  View view;
  ObjectRef subject() const { return view_ref(view.name); }
  bool operator==(const DropView&) const = default;
};
/// CREATE OR REPLACE VIEW: only when the new column list extends the old one unchanged.
struct ReplaceView {
  View from;
  View to;
  ObjectRef subject() const { return view_ref(to.name); }
  bool operator==(const ReplaceView&) const = default;
};
struct CreateMaterializedView {
  View view;
  ObjectRef subject() const { return materialized_view_ref(view.name); }
  bool operator==(const CreateMaterializedView&) const = default;
};
struct DropMaterializedView {
  View view;
  ObjectRef subject() const { return materialized_view_ref(view.name); }
  bool operator==(const DropMaterializedView&) const = default;
};

struct CreateRoutine {
  Routine routine;
  ObjectRef subject() const { return routine_ref(routine.name); }
  bool operator==(const CreateRoutine&) const = default;
};
struct DropRoutine {
  Routine routine;
  ObjectRef subject() const { return routine_ref(routine.name); }
  bool operator==(const DropRoutine&) const = default;
};
/// CREATE OR REPLACE: same signature and result type, new body or attributes.
struct ReplaceRoutine {
  Routine from;
  Routine to;
  ObjectRef subject() const { return routine_ref(to.name); }
  bool operator==(const ReplaceRoutine&) const = default;
};

struct CreateTrigger {
  Trigger trigger;
  ObjectRef subject() const { return trigger_ref(trigger.name); }
  bool operator==(const CreateTrigger&) const = default;
};
struct DropTrigger {
  Trigger trigger;
  ObjectRef subject() const { return trigger_ref(trigger.name); }
  bool operator==(const DropTrigger&) const = default;
};

/// COMMENT ON target IS ... (or IS NULL when `to` is absent).
struct SetComment {
  ObjectRef target;
  Comment from;
  Comment to;
  ObjectRef subject() const { return target; }
  bool operator==(const SetComment&) const = default;
};

// Renames keep the object, its data and everything that refers to it by OID; the old name
// is `from`, the object's schema stays. The differ emits them only from a Rename (a hint or
// --rename) whose old object exists on the `from` side and new one on the `to` side, and
// diffs the rest against `from` as it is after them (diff/renames.hpp).
struct RenameTable {
  QualifiedName from;
  std::string to;
  ObjectRef subject() const { return table_ref(from); }
  bool operator==(const RenameTable&) const = default;
};
/// `table` is the table's name after any RenameTable of the same plan.
struct RenameColumn {
  QualifiedName table;
  std::string from;
  std::string to;
  ObjectRef subject() const { return column_ref(table, from); }
  bool operator==(const RenameColumn&) const = default;
};
struct RenameIndex {
  QualifiedName from;
  std::string to;
  ObjectRef subject() const { return index_ref(from); }
  bool operator==(const RenameIndex&) const = default;
};
struct RenameConstraint {
  QualifiedName table;
  std::string from;
  std::string to;
  ObjectRef subject() const { return constraint_ref(table, from); }
  bool operator==(const RenameConstraint&) const = default;
};
struct RenameEnum {
  QualifiedName from;
  std::string to;
  ObjectRef subject() const { return type_ref(from); }
  bool operator==(const RenameEnum&) const = default;
};
/// ALTER TYPE ... RENAME VALUE; `type` is the type's name after any RenameEnum.
struct RenameEnumValue {
  QualifiedName type;
  std::string from;
  std::string to;
  ObjectRef subject() const { return enum_label_ref(type, from); }
  bool operator==(const RenameEnumValue&) const = default;
};
struct RenameView {
  QualifiedName from;
  std::string to;
  ObjectRef subject() const { return view_ref(from); }
  bool operator==(const RenameView&) const = default;
};
struct RenameMaterializedView {
  QualifiedName from;
  std::string to;
  ObjectRef subject() const { return materialized_view_ref(from); }
  bool operator==(const RenameMaterializedView&) const = default;
};
/// One overload: the arguments stay, so the identity's `arguments` stays too.
struct RenameRoutine {
  RoutineName from;
  RoutineKind kind = RoutineKind::function;
  std::string to;
  ObjectRef subject() const { return routine_ref(from); }
  bool operator==(const RenameRoutine&) const = default;
};
/// Only implied by a table rename: a serial column's sequence named after its table
/// follows the table's new name (its current value must survive).
struct RenameSequence {
  QualifiedName from;
  std::string to;
  ObjectRef subject() const { return sequence_ref(from); }
  bool operator==(const RenameSequence&) const = default;
};
/// ALTER TABLE ... REPLICA IDENTITY; `from` tells which index it stops using.
struct SetReplicaIdentity {
  QualifiedName table;
  ReplicaIdentity from;
  ReplicaIdentity to;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const SetReplicaIdentity&) const = default;
};
/// ALTER TABLE table INHERIT parent: the table must have every column of the parent.
struct AddInherit {
  QualifiedName table;
  QualifiedName parent;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const AddInherit&) const = default;
};
/// ALTER TABLE table NO INHERIT parent: the inherited columns stay, as the table's own.
struct DropInherit {
  QualifiedName table;
  QualifiedName parent;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const DropInherit&) const = default;
};
/// ALTER TABLE ... ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY, for what changed.
struct AlterRowSecurity {
  QualifiedName table;
  RowSecurity from;
  RowSecurity to;
  ObjectRef subject() const { return table_ref(table); }
  bool operator==(const AlterRowSecurity&) const = default;
};

struct CreatePolicy {
  Policy policy;
  ObjectRef subject() const { return policy_ref(policy.name); }
  bool operator==(const CreatePolicy&) const = default;
};
struct DropPolicy {
  Policy policy;
  ObjectRef subject() const { return policy_ref(policy.name); }
  bool operator==(const DropPolicy&) const = default;
};
/// ALTER POLICY for roles, USING and WITH CHECK; a new command or permissiveness is a
/// drop and a create instead.
struct AlterPolicy {
  Policy from;
  Policy to;
  ObjectRef subject() const { return policy_ref(to.name); }
  bool operator==(const AlterPolicy&) const = default;
};

/// GRANT on one object (a column: the privileges on that column of its table).
struct GrantPrivileges {
  ObjectRef target;
  std::vector<Grant> grants;  ///< grantable: WITH GRANT OPTION
  ObjectRef subject() const { return target; }
  bool operator==(const GrantPrivileges&) const = default;
};
/// REVOKE on one object.
struct RevokePrivileges {
  ObjectRef target;
  std::vector<Grant> grants;  ///< grantable: only the grant option goes (REVOKE GRANT OPTION FOR)
  ObjectRef subject() const { return target; }
  bool operator==(const RevokePrivileges&) const = default;
};

/// ALTER ... OWNER TO; `from` is empty for an object the migration creates.
struct SetOwner {
  ObjectRef target;
  std::string from;
  std::string to;
  ObjectRef subject() const { return target; }
  bool operator==(const SetOwner&) const = default;
};

struct CreateCollation {
  Collation collation;
  ObjectRef subject() const { return collation_ref(collation.name); }
  bool operator==(const CreateCollation&) const = default;
};
struct DropCollation {
  Collation collation;
  ObjectRef subject() const { return collation_ref(collation.name); }
  bool operator==(const DropCollation&) const = default;
};

/// CREATE DOMAIN with its constraints.
struct CreateDomain {
  Domain domain;
  ObjectRef subject() const { return domain_ref(domain.name); }
  bool operator==(const CreateDomain&) const = default;
};
struct DropDomain {
  Domain domain;
  ObjectRef subject() const { return domain_ref(domain.name); }
  bool operator==(const DropDomain&) const = default;
};
/// ALTER DOMAIN SET/DROP DEFAULT and SET/DROP NOT NULL, for what differs.
struct AlterDomain {
  Domain from;
  Domain to;
  ObjectRef subject() const { return domain_ref(to.name); }
  bool operator==(const AlterDomain&) const = default;
};
/// ALTER DOMAIN ... ADD CONSTRAINT (NOT VALID when the constraint is).
struct AddDomainConstraint {
  QualifiedName domain;
  DomainConstraint constraint;
  ObjectRef subject() const { return domain_constraint_ref(domain, constraint.name); }
  bool operator==(const AddDomainConstraint&) const = default;
};
struct DropDomainConstraint {
  QualifiedName domain;
  DomainConstraint constraint;
  ObjectRef subject() const { return domain_constraint_ref(domain, constraint.name); }
  bool operator==(const DropDomainConstraint&) const = default;
};
/// NOT VALID -> validated.
struct ValidateDomainConstraint {
  QualifiedName domain;
  DomainConstraint constraint;
  ObjectRef subject() const { return domain_constraint_ref(domain, constraint.name); }
  bool operator==(const ValidateDomainConstraint&) const = default;
};
/// Base type or collation changed: PostgreSQL cannot do that in place. The columns are
/// parked as text, the domain dropped and created anew, the columns re-typed back through
/// text; what depends on the columns is dropped before and recreated after by the planner.
struct ReplaceDomain {
  Domain from;
  Domain to;
  std::vector<TypeColumnUse> columns;
  ObjectRef subject() const { return domain_ref(to.name); }
  bool operator==(const ReplaceDomain&) const = default;
};

struct CreateCompositeType {
  CompositeType type;
  ObjectRef subject() const { return composite_type_ref(type.name); }
  bool operator==(const CreateCompositeType&) const = default;
};
struct DropCompositeType {
  CompositeType type;
  ObjectRef subject() const { return composite_type_ref(type.name); }
  bool operator==(const DropCompositeType&) const = default;
};
/// ALTER TYPE ... DROP / ADD ATTRIBUTE, ALTER ATTRIBUTE ... TYPE, matching attributes by name.
/// PostgreSQL re-types an attribute only while no column uses the type: `columns` (set
/// only when an attribute is re-typed) are parked as text around that step, as for
/// ReplaceDomain.
struct AlterCompositeType {
  CompositeType from;
  CompositeType to;
  std::vector<TypeColumnUse> columns;
  ObjectRef subject() const { return composite_type_ref(to.name); }
  bool operator==(const AlterCompositeType&) const = default;
};

struct CreateRangeType {
  RangeType type;
  ObjectRef subject() const { return range_type_ref(type.name); }
  bool operator==(const CreateRangeType&) const = default;
};
struct DropRangeType {
  RangeType type;
  ObjectRef subject() const { return range_type_ref(type.name); }
  bool operator==(const DropRangeType&) const = default;
};
/// Any change but the comment: columns parked as text, the type dropped and created anew
/// (its multirange with it), the columns re-typed back, as for ReplaceDomain.
struct ReplaceRangeType {
  RangeType from;
  RangeType to;
  std::vector<TypeColumnUse> columns;
  ObjectRef subject() const { return range_type_ref(to.name); }
  bool operator==(const ReplaceRangeType&) const = default;
};

using Operation = std::variant<
    CreateSchema, DropSchema, CreateExtension, DropExtension, AlterExtension, CreateEnum, DropEnum,
    AddEnumValue, ReplaceEnum, CreateSequence, DropSequence, AlterSequence, CreateTable, DropTable,
    SetPersistence, SetStorageParameters, AttachPartition, DetachPartition, AddColumn, DropColumn,
    AlterColumn, AddConstraint, DropConstraint, ValidateConstraint, CreateIndex, DropIndex,
    CreateView, DropView, ReplaceView, CreateMaterializedView, DropMaterializedView, CreateRoutine,
    DropRoutine, ReplaceRoutine, CreateTrigger, DropTrigger, SetComment, RenameTable, RenameColumn, RenameIndex,
    RenameConstraint, RenameEnum, RenameEnumValue, RenameView, RenameMaterializedView, RenameRoutine,
    RenameSequence, SetReplicaIdentity, AddInherit, DropInherit, AlterRowSecurity, CreatePolicy, DropPolicy,
    AlterPolicy, GrantPrivileges, RevokePrivileges, SetOwner, CreateCollation, DropCollation, CreateDomain, DropDomain, AlterDomain, AddDomainConstraint,
    DropDomainConstraint, ValidateDomainConstraint, ReplaceDomain, CreateCompositeType,
    DropCompositeType, AlterCompositeType, CreateRangeType, DropRangeType, ReplaceRangeType>;

/// The subject() of whichever operation `operation` holds.
ObjectRef subject(const Operation& operation);

}  // namespace schemadiff
