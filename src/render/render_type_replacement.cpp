// SPDX-License-Identifier: MIT
#include <utility>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {

// Every type converts to and from text by its I/O functions, so text holds the values
// while the type is away. A default is dropped first (it may name the old type) and set
// again last, when its text names the new one.
Statements replace_type_with_columns(const std::vector<TypeColumnUse>& columns, Statements replace) {
  std::vector<std::pair<QualifiedName, std::string>> park;
  std::vector<std::pair<QualifiedName, std::string>> restore;
  for (const TypeColumnUse& use : columns) {
    const Column& column = use.column;
    const std::string name = quote_ident(column.name);
    const std::string alter = "ALTER COLUMN " + name;
    const std::string text = is_array_type(column.type) ? "text[]" : "text";
    if (column.default_expr) {
      park.emplace_back(use.table, alter + " DROP DEFAULT");
    }
    park.emplace_back(use.table, alter + " TYPE " + text + " USING " + name + "::" + text);
    std::string retype = alter + " TYPE " + column.type;
    if (column.collation) {
      retype += " COLLATE " + *column.collation;
    }
    restore.emplace_back(use.table, retype + " USING " + name + "::" + column.type);
    if (column.default_expr) {
      restore.emplace_back(use.table, alter + " SET DEFAULT " + *column.default_expr);
    }
  }
  Statements statements = alter_tables(park);
  for (std::string& statement : replace) {
    statements.push_back(std::move(statement));
  }
  for (std::string& statement : alter_tables(restore)) {
    statements.push_back(std::move(statement));
  }
  return statements;
}

}  // namespace schemadiff::render_detail
