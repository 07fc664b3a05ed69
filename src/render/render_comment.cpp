// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

/// A schema or extension is named by one identifier; accept it in either field of the
/// reference, since neither is a schema-scoped name.
std::string unqualified(const ObjectRef& ref) {
  return quote_ident(ref.name.name.empty() ? ref.name.schema : ref.name.name);
}

std::string comment_target(const ObjectRef& ref) {
  const std::string qualified = quote_qualified(ref.name);
  switch (ref.kind) {
    case ObjectKind::schema: return "SCHEMA " + unqualified(ref);
    case ObjectKind::extension: return "EXTENSION " + unqualified(ref);
    case ObjectKind::type: return "TYPE " + qualified;
    case ObjectKind::sequence: return "SEQUENCE " + qualified;
    case ObjectKind::table: return "TABLE " + qualified;
    case ObjectKind::column: return "COLUMN " + qualified + "." + quote_ident(ref.member);
    case ObjectKind::constraint: return "CONSTRAINT " + quote_ident(ref.member) + " ON " + qualified;
    case ObjectKind::index: return "INDEX " + qualified;
    case ObjectKind::view: return "VIEW " + qualified;
    case ObjectKind::materialized_view: return "MATERIALIZED VIEW " + qualified;
    // ROUTINE covers functions and procedures alike.
    case ObjectKind::routine: return "ROUTINE " + qualified + "(" + ref.member + ")";
    case ObjectKind::trigger: return "TRIGGER " + quote_ident(ref.member) + " ON " + qualified;
    case ObjectKind::policy: return "POLICY " + quote_ident(ref.member) + " ON " + qualified;
    case ObjectKind::domain: return "DOMAIN " + qualified;
    case ObjectKind::domain_constraint: return "CONSTRAINT " + quote_ident(ref.member) + " ON DOMAIN " + qualified;
    case ObjectKind::composite_type:
    case ObjectKind::range_type: return "TYPE " + qualified;
    case ObjectKind::collation: return "COLLATION " + qualified;
  }
  return "TABLE " + qualified;
}

}  // namespace

template <>
Statements render_operation(const SetComment& op) {
  const std::string text = op.to ? quote_literal(*op.to) : "NULL";
  return {"COMMENT ON " + comment_target(op.target) + " IS " + text};
}

}  // namespace schemadiff::render_detail
