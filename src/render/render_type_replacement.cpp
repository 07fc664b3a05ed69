// SPDX-License-Identifier: MIT
#include <map>
#include <utility>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

bool is_array_type(const std::string& type) { return type.size() >= 2 && type.compare(type.size() - 2, 2, "[]") == 0; }

/// One ALTER TABLE per table, tables in the order they first appear.
Statements alter_tables(const std::vector<std::pair<QualifiedName, std::string>>& subcommands) {
  std::vector<QualifiedName> order;
  std::map<QualifiedName, std::vector<std::string>> by_table;
  for (const auto& [table, subcommand] : subcommands) {
    auto& list = by_table[table];
    if (list.empty()) {
      order.push_back(table);
    }
    list.push_back(subcommand);
  }
  Statements statements;
  for (const QualifiedName& table : order) {
    statements.push_back("ALTER TABLE " + quote_qualified(table) + " " + join(by_table[table], ", "));
  }
  return statements;
}

}  // namespace

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
