// SPDX-License-Identifier: MIT
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff::render_detail {
namespace {

// NAMEDATALEN - 1: PostgreSQL truncates longer identifiers, which could make the temporary
// name collide with the type it replaces.
constexpr std::size_t k_max_identifier_bytes = 63;
constexpr std::string_view k_temporary_suffix = "__schemadiff_new";

std::string label_list(const std::vector<std::string>& labels) {
  std::vector<std::string> quoted;
  quoted.reserve(labels.size());
  for (const std::string& label : labels) {
    quoted.push_back(quote_literal(label));
  }
  return "(" + join(quoted, ", ") + ")";
}

/// `<name>__schemadiff_new`, the name shortened (never cutting a UTF-8 sequence) so the
/// whole fits in an identifier and the suffix survives.
std::string temporary_enum_name(const std::string& name) {
  const std::size_t limit = k_max_identifier_bytes - k_temporary_suffix.size();
  std::size_t length = std::min(name.size(), limit);
  while (length > 0 && length < name.size() &&
         (static_cast<unsigned char>(name[length]) & 0xC0) == 0x80) {
    --length;
  }
  return name.substr(0, length) + std::string(k_temporary_suffix);
}

/// The label of a default written as `'label'::type`, as PostgreSQL prints enum defaults.
std::optional<std::string> default_label(const std::string& expression) {
  if (expression.empty() || expression.front() != '\'') {
    return std::nullopt;
  }
  const std::vector<sql::Token> tokens = sql::scan(expression, "column default");
  if (tokens.size() < 2 || tokens[0].kind != sql::Token::Kind::string || tokens[1].start != tokens[0].end ||
      tokens[1].text(expression) != "::") {
    return std::nullopt;
  }
  return sql::string_value(tokens[0].text(expression));
}

/// Whether the old default still means something once the new type has the old name: a
/// default naming a removed label would fail to cast, and the differ changes that
/// default separately anyway. Array defaults (`'{a,b}'::t[]`) are restored as they are.
bool default_survives(const Column& column, const EnumType& to) {
  if (!column.default_expr) {
    return false;
  }
  if (is_array_type(column.type)) {
    return true;
  }
  const auto label = default_label(*column.default_expr);
  if (!label) {
    return true;
  }
  return std::find(to.labels.begin(), to.labels.end(), *label) != to.labels.end();
}


}  // namespace

template <>
Statements render_operation(const CreateEnum& op) {
  return {"CREATE TYPE " + quote_qualified(op.type.name) + " AS ENUM " + label_list(op.type.labels)};
}

template <>
Statements render_operation(const DropEnum& op) {
  return {"DROP TYPE " + quote_qualified(op.type.name)};
}

template <>
Statements render_operation(const AddEnumValue& op) {
  std::string sql = "ALTER TYPE " + quote_qualified(op.type) + " ADD VALUE " + quote_literal(op.label);
  if (op.before) {
    sql += " BEFORE " + quote_literal(*op.before);
  } else if (op.after) {
    sql += " AFTER " + quote_literal(*op.after);
  }
  return {sql};
}

// Columns go through text to the new type; defaults are dropped first (an enum default
// cannot be cast automatically) and set again only after the rename, when the old
// default's text (`'draft'::public.post_state`) names the new type.
template <>
Statements render_operation(const ReplaceEnum& op) {
  const QualifiedName temporary{op.to.name.schema, temporary_enum_name(op.to.name.name)};
  const std::string temporary_sql = quote_qualified(temporary);

  std::vector<std::pair<QualifiedName, std::string>> retype;
  std::vector<std::pair<QualifiedName, std::string>> restore_defaults;
  for (const TypeColumnUse& use : op.columns) {
    const std::string column = quote_ident(use.column.name);
    if (use.column.default_expr) {
      retype.emplace_back(use.table, "ALTER COLUMN " + column + " DROP DEFAULT");
      if (default_survives(use.column, op.to)) {
        restore_defaults.emplace_back(
            use.table, "ALTER COLUMN " + column + " SET DEFAULT " + *use.column.default_expr);
      }
    }
    const bool array = is_array_type(use.column.type);
    const std::string new_type = temporary_sql + (array ? "[]" : "");
    const std::string through = array ? "::text[]::" : "::text::";
    retype.emplace_back(use.table, "ALTER COLUMN " + column + " TYPE " + new_type + " USING " +
                                       column + through + new_type);
  }

  Statements statements{"CREATE TYPE " + temporary_sql + " AS ENUM " + label_list(op.to.labels)};
  for (std::string& statement : alter_tables(retype)) {
    statements.push_back(std::move(statement));
  }
  statements.push_back("DROP TYPE " + quote_qualified(op.from.name));
  statements.push_back("ALTER TYPE " + temporary_sql + " RENAME TO " + quote_ident(op.to.name.name));
  for (std::string& statement : alter_tables(restore_defaults)) {
    statements.push_back(std::move(statement));
  }
  return statements;
}

}  // namespace schemadiff::render_detail
