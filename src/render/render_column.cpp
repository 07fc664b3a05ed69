// SPDX-License-Identifier: MIT
#include <string_view>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string identity_kind(IdentityKind kind) {
  switch (kind) {
    case IdentityKind::always: return "ALWAYS";
    case IdentityKind::by_default: return "BY DEFAULT";
  }
  return "BY DEFAULT";
}

std::string type_clause(const Column& column) {
  std::string sql = column.type;
  if (column.collation) {
    sql += " COLLATE " + *column.collation;
  }
  return sql;
}

/// `SET GENERATED ... SET INCREMENT BY ...` for an identity that stays an identity; empty
/// when nothing PostgreSQL can change in place differs. The sequence's data type follows
/// the column's type (ALTER COLUMN TYPE changes it), so it is not an option here.
std::string identity_changes(const Identity& from, const Identity& to) {
  std::vector<std::string> parts;
  if (from.kind != to.kind) {
    parts.push_back("SET GENERATED " + identity_kind(to.kind));
  }
  for (const std::string& clause : changed_sequence_option_clauses(from.options, to.options)) {
    parts.push_back("SET " + clause);
  }
  return join(parts, " ");
}

std::string storage_keyword(ColumnStorage storage) {
  switch (storage) {
    case ColumnStorage::plain: return "PLAIN";
    case ColumnStorage::external: return "EXTERNAL";
    case ColumnStorage::extended: return "EXTENDED";
    case ColumnStorage::main: return "MAIN";
  }
  return "EXTENDED";
}

// PostgreSQL 15 has no SET STORAGE DEFAULT, and the model keeps a column's storage only
// when it is not its type's, so going back names the type's storage: MAIN for the
// built-in types declared so, EXTENDED for every other type that can change it (a
// user-defined type with another default is not known here).
ColumnStorage type_default_storage(const std::string& type) {
  if (type.ends_with("[]")) {
    return ColumnStorage::extended;
  }
  for (std::string_view main_type : {"numeric", "inet", "cidr"}) {
    if (type == main_type || type.starts_with(std::string(main_type) + "(")) {
      return ColumnStorage::main;
    }
  }
  return ColumnStorage::extended;
}

std::string set_storage(const Column& column) {
  return "ALTER COLUMN " + quote_ident(column.name) + " SET STORAGE " + storage_keyword(*column.storage);
}

// `default` is the keyword that resets to default_toast_compression; the methods are
// plain identifiers.
std::string set_compression(const Column& column) {
  return "ALTER COLUMN " + quote_ident(column.name) + " SET COMPRESSION " +
         (column.compression ? quote_ident(*column.compression) : std::string("default"));
}

}  // namespace

Statements storage_statements(const QualifiedName& table, const std::vector<Column>& columns) {
  std::vector<std::string> subcommands;
  for (const Column& column : columns) {
    if (column.storage) {
      subcommands.push_back(set_storage(column));
    }
  }
  if (subcommands.empty()) {
    return {};
  }
  return {"ALTER TABLE " + quote_qualified(table) + " " + join(subcommands, ", ")};
}

std::string identity_clause(const Identity& identity) {
  // The identity sequence takes the column's type; an AS option here is an error.
  std::string sql = "GENERATED " + identity_kind(identity.kind) + " AS IDENTITY";
  const auto options = sequence_option_clauses(identity.options, OptionSet::non_default);
  if (!options.empty()) {
    sql += " (" + join(options, " ") + ")";
  }
  return sql;
}

// COMPRESSION goes right after the type in PostgreSQL's column grammar, before COLLATE.
std::string column_definition(const Column& column) {
  std::string sql = quote_ident(column.name) + " " + column.type;
  if (column.compression) {
    sql += " COMPRESSION " + quote_ident(*column.compression);
  }
  if (column.collation) {
    sql += " COLLATE " + *column.collation;
  }
  if (column.default_expr) {
    sql += " DEFAULT " + *column.default_expr;
  }
  if (column.generated) {
    sql += " GENERATED ALWAYS AS (" + *column.generated + ") STORED";
  }
  if (column.identity) {
    sql += " " + identity_clause(*column.identity);
  }
  if (column.not_null) {
    sql += " NOT NULL";
  }
  return sql;
}

// Column definitions take no STORAGE clause before PostgreSQL 16.
template <>
Statements render_operation(const AddColumn& op) {
  Statements statements{"ALTER TABLE " + quote_qualified(op.table) + " ADD COLUMN " + column_definition(op.column)};
  for (std::string& statement : storage_statements(op.table, {op.column})) {
    statements.push_back(std::move(statement));
  }
  return statements;
}

template <>
Statements render_operation(const DropColumn& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " DROP COLUMN " + quote_ident(op.column.name)};
}

// PostgreSQL runs the subcommands of one ALTER TABLE in passes, whatever their written
// order: drops (DROP IDENTITY/DEFAULT/NOT NULL), then TYPE, then SET NOT NULL and identity
// options, then SET DEFAULT and ADD GENERATED. They are written in that order too. So an old
// default is gone before the type changes (it may not cast), NOT NULL is set before an
// identity is added (required), and a default is dropped before an identity replaces it.
template <>
Statements render_operation(const AlterColumn& op) {
  const Column& from = op.from;
  const Column& to = op.to;
  const ColumnChange& change = op.change;
  const std::string column = "ALTER COLUMN " + quote_ident(to.name);

  const bool drops_identity = change.identity && from.identity && !to.identity;
  const bool adds_identity = change.identity && !from.identity && to.identity;
  const bool drop_default = from.default_expr && (change.type || (change.default_expr && !to.default_expr));
  const bool set_default = to.default_expr && (change.default_expr || (change.type && from.default_expr));

  std::vector<std::string> subcommands;
  if (drops_identity) {
    subcommands.push_back(column + " DROP IDENTITY");
  }
  if (drop_default) {
    subcommands.push_back(column + " DROP DEFAULT");
  }
  if (change.not_null && !to.not_null) {
    subcommands.push_back(column + " DROP NOT NULL");
  }
  if (change.type) {
    std::string type = column + " TYPE " + type_clause(to);
    // A generated column is recomputed from its expression; USING is rejected there.
    if (!to.generated) {
      type += " USING " + quote_ident(to.name) + "::" + to.type;
    }
    subcommands.push_back(type);
  }
  if (change.not_null && to.not_null) {
    subcommands.push_back(column + " SET NOT NULL");
  }
  if (change.identity && from.identity && to.identity) {
    const std::string changes = identity_changes(*from.identity, *to.identity);
    if (!changes.empty()) {
      subcommands.push_back(column + " " + changes);
    }
  }
  if (set_default) {
    subcommands.push_back(column + " SET DEFAULT " + *to.default_expr);
  }
  if (adds_identity) {
    subcommands.push_back(column + " ADD " + identity_clause(*to.identity));
  }
  // A new type starts with its own default storage, so a kept non-default one is set
  // again; STORAGE has no way back to the type's default but to name it.
  if (to.storage && (change.storage || change.type)) {
    subcommands.push_back(set_storage(to));
  }
  if (change.storage && !to.storage) {
    subcommands.push_back(column + " SET STORAGE " + storage_keyword(type_default_storage(to.type)));
  }
  if (change.compression || (change.type && to.compression)) {
    subcommands.push_back(set_compression(to));
  }
  if (subcommands.empty()) {
    return {};
  }
  return {"ALTER TABLE " + quote_qualified(op.table) + " " + join(subcommands, ", ")};
}

}  // namespace schemadiff::render_detail
