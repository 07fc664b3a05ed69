// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {

template <>
Statements render_operation(const CreateSchema& op) {
  return {"CREATE SCHEMA " + quote_ident(op.schema.name)};
}

template <>
Statements render_operation(const DropSchema& op) {
  return {"DROP SCHEMA " + quote_ident(op.schema.name)};
}

template <>
Statements render_operation(const CreateExtension& op) {
  std::string sql = "CREATE EXTENSION " + quote_ident(op.extension.name);
  if (!op.extension.schema.empty()) {
    sql += " WITH SCHEMA " + quote_ident(op.extension.schema);
  }
  if (!op.extension.version.empty()) {
    sql += " VERSION " + quote_literal(op.extension.version);
  }
  return {sql};
}

template <>
Statements render_operation(const DropExtension& op) {
  return {"DROP EXTENSION " + quote_ident(op.extension.name)};
}

template <>
Statements render_operation(const AlterExtension& op) {
  const std::string name = quote_ident(op.to.name);
  Statements statements;
  if (op.from.schema != op.to.schema && !op.to.schema.empty()) {
    statements.push_back("ALTER EXTENSION " + name + " SET SCHEMA " + quote_ident(op.to.schema));
  }
  if (op.from.version != op.to.version && !op.to.version.empty()) {
    statements.push_back("ALTER EXTENSION " + name + " UPDATE TO " + quote_literal(op.to.version));
  }
  return statements;
}

}  // namespace schemadiff::render_detail
