// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schemadiff/diff/operation.hpp"

namespace schemadiff::render_detail {

using Statements = std::vector<std::string>;

/// The SQL of one operation. Each Operation alternative has an explicit specialization in
/// the render file of its kind (render_<kind>.cpp), and there is no generic definition:
/// render() instantiates it for every alternative, so an alternative without SQL fails to
/// link rather than rendering an empty migration.
template <class Op>
Statements render_operation(const Op& op);

// Text helpers (render_text.cpp).

/// A catalog-printed statement or query without trailing whitespace and `;`.
std::string strip_terminator(std::string_view text);
/// `a, b, c`.
std::string join(const std::vector<std::string>& parts, std::string_view separator);
/// `key=value` reloptions as a WITH/SET list body: `fillfactor=70, autovacuum_enabled=false`.
std::string render_options(const StorageParameters& options);
/// The key of one `key=value` reloption.
std::string option_key(const std::string& option);
/// Whether a type as format_type prints it is an array type (`text[]`).
bool is_array_type(const std::string& type);
/// One ALTER TABLE per table of `subcommands` (table, subcommand), with that table's
/// subcommands in their order; tables in the order they first appear.
Statements alter_tables(const std::vector<std::pair<QualifiedName, std::string>>& subcommands);

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

// Roles and privilege targets (render_policy.cpp, render_privileges.cpp).

/// A role as GRANT and CREATE POLICY take it: PUBLIC, or the quoted name.
std::string role_name(const std::string& role);
/// `TABLE "s"."t"`, `SCHEMA "s"`, `ROUTINE "s"."f"(integer)`, ...: the object of a GRANT.
std::string privilege_object(const ObjectRef& target);

// Domain and range replacement (render_type_replacement.cpp): the columns parked as text
// (defaults dropped), then `replace` (drop and create the type), then the columns re-typed
// back and their defaults set again.
Statements replace_type_with_columns(const std::vector<TypeColumnUse>& columns, Statements replace);

}  // namespace schemadiff::render_detail
