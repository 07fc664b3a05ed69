// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

// `ALTER <keyword> "s"."from" RENAME TO "to"`: the renames of schema-scoped objects.
template <typename Op>
Statements rename_object(const std::string& keyword, const Op& op) {
  return {"ALTER " + keyword + " " + quote_qualified(op.from) + " RENAME TO " + quote_ident(op.to)};
}

// `ALTER TABLE t RENAME <member> "from" TO "to"`: a column or a constraint.
template <typename Op>
Statements rename_member(const std::string& member, const Op& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " RENAME " + member + " " + quote_ident(op.from) + " TO " +
          quote_ident(op.to)};
}

}  // namespace

template <> Statements render_operation(const RenameTable& op) { return rename_object("TABLE", op); }
template <> Statements render_operation(const RenameIndex& op) { return rename_object("INDEX", op); }
template <> Statements render_operation(const RenameEnum& op) { return rename_object("TYPE", op); }
template <> Statements render_operation(const RenameView& op) { return rename_object("VIEW", op); }
template <> Statements render_operation(const RenameMaterializedView& op) {
  return rename_object("MATERIALIZED VIEW", op);
}
template <> Statements render_operation(const RenameSequence& op) { return rename_object("SEQUENCE", op); }

template <> Statements render_operation(const RenameColumn& op) { return rename_member("COLUMN", op); }
template <> Statements render_operation(const RenameConstraint& op) { return rename_member("CONSTRAINT", op); }

template <>
Statements render_operation(const RenameEnumValue& op) {
  return {"ALTER TYPE " + quote_qualified(op.type) + " RENAME VALUE " + quote_literal(op.from) + " TO " +
          quote_literal(op.to)};
}

template <>
Statements render_operation(const RenameRoutine& op) {
  const std::string keyword = op.kind == RoutineKind::procedure ? "PROCEDURE" : "FUNCTION";
  return {"ALTER " + keyword + " " + quote_qualified(op.from.name) + "(" + op.from.arguments + ") RENAME TO " +
          quote_ident(op.to)};
}

}  // namespace schemadiff::render_detail
