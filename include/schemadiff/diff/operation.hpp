// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

// The change vocabulary: one struct per thing a migration can do, each carrying the full
// objects involved (never just names), so the planner can find what depends on them and
// the renderer can write SQL from the operation alone. Verbs: Create/Drop/Alter/Replace,
// Add/Drop for parts of a table, Rename. A downgrade is not a reversed operation list: it
// is diff(to, from) planned again.

struct CreateSchema { Schema schema; bool operator==(const CreateSchema&) const = default; };
struct DropSchema { Schema schema; bool operator==(const DropSchema&) const = default; };

struct CreateExtension { Extension extension; bool operator==(const CreateExtension&) const = default; };
struct DropExtension { Extension extension; bool operator==(const DropExtension&) const = default; };
/// ALTER EXTENSION ... UPDATE TO version.
struct AlterExtension { Extension from; Extension to; bool operator==(const AlterExtension&) const = default; };

struct CreateEnum { EnumType type; bool operator==(const CreateEnum&) const = default; };
struct DropEnum { EnumType type; bool operator==(const DropEnum&) const = default; };
/// ALTER TYPE ... ADD VALUE label BEFORE/AFTER neighbour (at its declared position).
/// Cannot run inside a transaction block that later uses the new value.
struct AddEnumValue {
  QualifiedName type;
  std::string label;
  std::optional<std::string> before;
  std::optional<std::string> after;
  bool operator==(const AddEnumValue&) const = default;
};
/// A column whose type is (an array of) an enum being replaced.
struct EnumColumnUse {
  QualifiedName table;
  Column column;  ///< as it is before the swap (type, default)
  bool operator==(const EnumColumnUse&) const = default;
};
/// Labels removed or reordered: PostgreSQL cannot do that in place, so a new type is
/// created under a temporary name, every column is re-typed through text, the old type is
/// dropped and the new one renamed. Indexes, CHECKs, views and routines that depend on
/// the type or on the columns are dropped before and recreated after by the planner.
struct ReplaceEnum {
  EnumType from;
  EnumType to;
  std::vector<EnumColumnUse> columns;
  bool operator==(const ReplaceEnum&) const = default;
};

struct CreateSequence { Sequence sequence; bool operator==(const CreateSequence&) const = default; };
struct DropSequence { Sequence sequence; bool operator==(const DropSequence&) const = default; };
/// ALTER SEQUENCE for options and OWNED BY.
struct AlterSequence { Sequence from; Sequence to; bool operator==(const AlterSequence&) const = default; };

/// CREATE TABLE with its columns and the constraints that do not reference other tables;
/// foreign keys are separate AddConstraint operations so cycles can be broken.
struct CreateTable { Table table; bool operator==(const CreateTable&) const = default; };
struct DropTable { Table table; bool operator==(const DropTable&) const = default; };
struct SetPersistence { QualifiedName table; Persistence persistence; bool operator==(const SetPersistence&) const = default; };
struct SetStorageParameters {
  QualifiedName table;
  StorageParameters from;
  StorageParameters to;
  bool operator==(const SetStorageParameters&) const = default;
};
struct AttachPartition { QualifiedName table; PartitionOf partition; bool operator==(const AttachPartition&) const = default; };
struct DetachPartition { QualifiedName table; PartitionOf partition; bool operator==(const DetachPartition&) const = default; };

struct AddColumn { QualifiedName table; Column column; bool operator==(const AddColumn&) const = default; };
struct DropColumn { QualifiedName table; Column column; bool operator==(const DropColumn&) const = default; };

/// Facets of a column that changed in place (Atlas's ChangeKind bits, as a value).
struct ColumnChange {
  bool type = false;       ///< type or collation: ALTER COLUMN TYPE ... [COLLATE] USING col::type
  bool not_null = false;
  bool default_expr = false;
  bool identity = false;   ///< added, dropped, kind or options changed
  bool operator==(const ColumnChange&) const = default;
};
struct AlterColumn {
  QualifiedName table;
  Column from;
  Column to;
  ColumnChange change;
  bool operator==(const AlterColumn&) const = default;
};

struct AddConstraint { QualifiedName table; Constraint constraint; bool operator==(const AddConstraint&) const = default; };
struct DropConstraint { QualifiedName table; Constraint constraint; bool operator==(const DropConstraint&) const = default; };
/// NOT VALID -> validated.
struct ValidateConstraint { QualifiedName table; Constraint constraint; bool operator==(const ValidateConstraint&) const = default; };

struct CreateIndex { Index index; bool operator==(const CreateIndex&) const = default; };
struct DropIndex { Index index; bool operator==(const DropIndex&) const = default; };

struct CreateView { View view; bool operator==(const CreateView&) const = default; };
struct DropView { View view; bool operator==(const DropView&) const = default; };
/// CREATE OR REPLACE VIEW: only when the new column list extends the old one unchanged.
struct ReplaceView { View from; View to; bool operator==(const ReplaceView&) const = default; };
struct CreateMaterializedView { View view; bool operator==(const CreateMaterializedView&) const = default; };
struct DropMaterializedView { View view; bool operator==(const DropMaterializedView&) const = default; };

struct CreateRoutine { Routine routine; bool operator==(const CreateRoutine&) const = default; };
struct DropRoutine { Routine routine; bool operator==(const DropRoutine&) const = default; };
/// CREATE OR REPLACE: same signature and result type, new body or attributes.
struct ReplaceRoutine { Routine from; Routine to; bool operator==(const ReplaceRoutine&) const = default; };

struct CreateTrigger { Trigger trigger; bool operator==(const CreateTrigger&) const = default; };
struct DropTrigger { Trigger trigger; bool operator==(const DropTrigger&) const = default; };

/// COMMENT ON target IS ... (or IS NULL when `to` is absent).
struct SetComment {
  ObjectRef target;
  Comment from;
  Comment to;
  bool operator==(const SetComment&) const = default;
};

// Renames keep the object, its data and everything that refers to it by OID; the old name
// is `from`, the object's schema stays. The differ emits them only from a Rename (a hint or
// --rename) whose old object exists on the `from` side and new one on the `to` side, and
// diffs the rest against `from` as it is after them (diff/renames.hpp).
struct RenameTable { QualifiedName from; std::string to; bool operator==(const RenameTable&) const = default; };
/// `table` is the table's name after any RenameTable of the same plan.
struct RenameColumn {
  QualifiedName table;
  std::string from;
  std::string to;
  bool operator==(const RenameColumn&) const = default;
};
struct RenameIndex { QualifiedName from; std::string to; bool operator==(const RenameIndex&) const = default; };
struct RenameConstraint {
  QualifiedName table;
  std::string from;
  std::string to;
  bool operator==(const RenameConstraint&) const = default;
};
struct RenameEnum { QualifiedName from; std::string to; bool operator==(const RenameEnum&) const = default; };
/// ALTER TYPE ... RENAME VALUE; `type` is the type's name after any RenameEnum.
struct RenameEnumValue {
  QualifiedName type;
  std::string from;
  std::string to;
  bool operator==(const RenameEnumValue&) const = default;
};
struct RenameView { QualifiedName from; std::string to; bool operator==(const RenameView&) const = default; };
struct RenameMaterializedView {
  QualifiedName from;
  std::string to;
  bool operator==(const RenameMaterializedView&) const = default;
};
/// One overload: the arguments stay, so the identity's `arguments` stays too.
struct RenameRoutine {
  RoutineName from;
  RoutineKind kind = RoutineKind::function;
  std::string to;
  bool operator==(const RenameRoutine&) const = default;
};
/// Only implied by a table rename: a serial column's sequence named after its table
/// follows the table's new name (its current value must survive).
struct RenameSequence { QualifiedName from; std::string to; bool operator==(const RenameSequence&) const = default; };

using Operation = std::variant<
    CreateSchema, DropSchema, CreateExtension, DropExtension, AlterExtension, CreateEnum, DropEnum,
    AddEnumValue, ReplaceEnum, CreateSequence, DropSequence, AlterSequence, CreateTable, DropTable,
    SetPersistence, SetStorageParameters, AttachPartition, DetachPartition, AddColumn, DropColumn,
    AlterColumn, AddConstraint, DropConstraint, ValidateConstraint, CreateIndex, DropIndex,
    CreateView, DropView, ReplaceView, CreateMaterializedView, DropMaterializedView, CreateRoutine,
    DropRoutine, ReplaceRoutine, CreateTrigger, DropTrigger, SetComment, RenameTable, RenameColumn, RenameIndex,
    RenameConstraint, RenameEnum, RenameEnumValue, RenameView, RenameMaterializedView, RenameRoutine,
    RenameSequence>;

}  // namespace schemadiff
