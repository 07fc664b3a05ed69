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
/// The clauses of `to` whose values differ from `from` (data type excluded).
std::vector<std::string> changed_sequence_option_clauses(const SequenceOptions& from,
                                                         const SequenceOptions& to);

// Columns (render_column.cpp).

/// `"name" type [COLLATE c] [DEFAULT e] [GENERATED ...] [NOT NULL]`.
std::string column_definition(const Column& column);
/// `GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY [(options)]`.
std::string identity_clause(const Identity& identity);

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

}  // namespace schemadiff::render_detail
