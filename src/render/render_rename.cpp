// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string rename_to(const std::string& keyword, const QualifiedName& from, const std::string& to) {
  return "ALTER " + keyword + " " + quote_qualified(from) + " RENAME TO " + quote_ident(to);
}

}  // namespace

Statements render_operation(const RenameTable& op) { return {rename_to("TABLE", op.from, op.to)}; }

Statements render_operation(const RenameColumn& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " RENAME COLUMN " + quote_ident(op.from) + " TO " +
          quote_ident(op.to)};
}

Statements render_operation(const RenameIndex& op) { return {rename_to("INDEX", op.from, op.to)}; }

Statements render_operation(const RenameConstraint& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " RENAME CONSTRAINT " + quote_ident(op.from) + " TO " +
          quote_ident(op.to)};
}

Statements render_operation(const RenameEnum& op) { return {rename_to("TYPE", op.from, op.to)}; }

Statements render_operation(const RenameEnumValue& op) {
  return {"ALTER TYPE " + quote_qualified(op.type) + " RENAME VALUE " + quote_literal(op.from) + " TO " +
          quote_literal(op.to)};
}

Statements render_operation(const RenameView& op) { return {rename_to("VIEW", op.from, op.to)}; }

Statements render_operation(const RenameMaterializedView& op) {
  return {rename_to("MATERIALIZED VIEW", op.from, op.to)};
}

Statements render_operation(const RenameSequence& op) { return {rename_to("SEQUENCE", op.from, op.to)}; }

Statements render_operation(const RenameRoutine& op) {
  const std::string keyword = op.kind == RoutineKind::procedure ? "PROCEDURE" : "FUNCTION";
  return {"ALTER " + keyword + " " + quote_qualified(op.from.name) + "(" + op.from.arguments + ") RENAME TO " +
          quote_ident(op.to)};
}

}  // namespace schemadiff::render_detail
