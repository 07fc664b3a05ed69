// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {

// The definition is pg_get_constraintdef's text, which already carries NOT VALID,
// DEFERRABLE and the referenced table schema-qualified.
template <>
Statements render_operation(const AddConstraint& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " ADD CONSTRAINT " +
          quote_ident(op.constraint.name) + " " + op.constraint.definition};
}

template <>
Statements render_operation(const DropConstraint& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " DROP CONSTRAINT " +
          quote_ident(op.constraint.name)};
}

template <>
Statements render_operation(const ValidateConstraint& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " VALIDATE CONSTRAINT " +
          quote_ident(op.constraint.name)};
}

}  // namespace schemadiff::render_detail
