// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/diff/operation.hpp"

// Per-kind SQL writers behind render(); one overload per Operation alternative, so the
// visitor in render.cpp names every alternative and a new one fails to compile until it
// has SQL.
namespace schemadiff::render_detail {

using Statements = std::vector<std::string>;

// Text helpers (render_text.cpp).

/// A catalog-printed statement or query without trailing whitespace and `;`.
std::string strip_terminator(std::string_view text);
/// `a, b, c`.
std::string join(const std::vector<std::string>& parts, std::string_view separator);
/// `key=value` reloptions as a WITH/SET list body: `fillfactor=70, autovacuum_enabled=false`.
std::string render_options(const StorageParameters& options);
/// The key of one `key=value` reloption.
std::string option_key(const std::string& option);

// Sequence options (render_sequence.cpp), shared by sequences and identity columns.

enum class OptionSet { all, non_default };
/// `INCREMENT BY 1`, `MINVALUE 1`, ... in a fixed order; `non_default` leaves out what
/// PostgreSQL would pick anyway for the options' data type and direction.
std::vector<std::string> sequence_option_clauses(const SequenceOptions& options, OptionSet set);
/// The clauses of `to` whose values differ from `from` once the data type is `to`'s
/// (the data type itself excluded): a type change moves bounds that were the old type's
/// extremes to the new type's, by ALTER SEQUENCE ... AS as by re-typing an identity column.
std::vector<std::string> changed_sequence_option_clauses(const SequenceOptions& from,
                                                         const SequenceOptions& to);

// Columns (render_column.cpp).

/// `"name" type [COLLATE c] [DEFAULT e] [GENERATED ...] [NOT NULL]`.
std::string column_definition(const Column& column);
/// `GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY [(options)]`.
std::string identity_clause(const Identity& identity);
/// `ALTER TABLE ... ALTER COLUMN ... SET STORAGE ...` for the columns with a storage of
/// their own (column definitions have no STORAGE clause before PostgreSQL 16); none when
/// no column has one.
Statements storage_statements(const QualifiedName& table, const std::vector<Column>& columns);

Statements render_operation(const CreateSchema& op);
Statements render_operation(const DropSchema& op);
Statements render_operation(const CreateExtension& op);
Statements render_operation(const DropExtension& op);
Statements render_operation(const AlterExtension& op);
Statements render_operation(const CreateEnum& op);
Statements render_operation(const DropEnum& op);
Statements render_operation(const AddEnumValue& op);
Statements render_operation(const ReplaceEnum& op);
Statements render_operation(const CreateSequence& op);
Statements render_operation(const DropSequence& op);
Statements render_operation(const AlterSequence& op);
Statements render_operation(const CreateTable& op);
Statements render_operation(const DropTable& op);
Statements render_operation(const SetPersistence& op);
Statements render_operation(const SetStorageParameters& op);
Statements render_operation(const AttachPartition& op);
Statements render_operation(const DetachPartition& op);
Statements render_operation(const AddColumn& op);
Statements render_operation(const DropColumn& op);
Statements render_operation(const AlterColumn& op);
Statements render_operation(const AddConstraint& op);
Statements render_operation(const DropConstraint& op);
Statements render_operation(const ValidateConstraint& op);
Statements render_operation(const CreateIndex& op);
Statements render_operation(const DropIndex& op);
Statements render_operation(const CreateView& op);
Statements render_operation(const DropView& op);
Statements render_operation(const ReplaceView& op);
Statements render_operation(const CreateMaterializedView& op);
Statements render_operation(const DropMaterializedView& op);
Statements render_operation(const CreateRoutine& op);
Statements render_operation(const DropRoutine& op);
Statements render_operation(const ReplaceRoutine& op);
Statements render_operation(const CreateTrigger& op);
Statements render_operation(const DropTrigger& op);
Statements render_operation(const SetComment& op);
Statements render_operation(const AlterRowSecurity& op);
Statements render_operation(const CreatePolicy& op);
Statements render_operation(const DropPolicy& op);
Statements render_operation(const AlterPolicy& op);
Statements render_operation(const GrantPrivileges& op);
Statements render_operation(const RevokePrivileges& op);
Statements render_operation(const SetOwner& op);

// Roles and privilege targets (render_policy.cpp, render_privileges.cpp).

/// A role as GRANT and CREATE POLICY take it: PUBLIC, or the quoted name.
std::string role_name(const std::string& role);
/// `TABLE "s"."t"`, `SCHEMA "s"`, `ROUTINE "s"."f"(integer)`, ...: the object of a GRANT.
std::string privilege_object(const ObjectRef& target);

// Renames (render_rename.cpp).

Statements render_operation(const RenameTable& op);
Statements render_operation(const RenameColumn& op);
Statements render_operation(const RenameIndex& op);
Statements render_operation(const RenameConstraint& op);
Statements render_operation(const RenameEnum& op);
Statements render_operation(const RenameEnumValue& op);
Statements render_operation(const RenameView& op);
Statements render_operation(const RenameMaterializedView& op);
Statements render_operation(const RenameRoutine& op);
Statements render_operation(const RenameSequence& op);
// Table details (render_table_details.cpp).
Statements render_operation(const SetReplicaIdentity& op);
Statements render_operation(const AddInherit& op);
Statements render_operation(const DropInherit& op);
Statements render_operation(const CreateCollation& op);
Statements render_operation(const DropCollation& op);
Statements render_operation(const CreateDomain& op);
Statements render_operation(const DropDomain& op);
Statements render_operation(const AlterDomain& op);
Statements render_operation(const AddDomainConstraint& op);
Statements render_operation(const DropDomainConstraint& op);
Statements render_operation(const ValidateDomainConstraint& op);
Statements render_operation(const ReplaceDomain& op);
Statements render_operation(const CreateCompositeType& op);
Statements render_operation(const DropCompositeType& op);
Statements render_operation(const AlterCompositeType& op);
Statements render_operation(const CreateRangeType& op);
Statements render_operation(const DropRangeType& op);
Statements render_operation(const ReplaceRangeType& op);

// Domain and range replacement (render_type_replacement.cpp): the columns parked as text
// (defaults dropped), then `replace` (drop and create the type), then the columns re-typed
// back and their defaults set again.
Statements replace_type_with_columns(const std::vector<TypeColumnUse>& columns, Statements replace);

}  // namespace schemadiff::render_detail
