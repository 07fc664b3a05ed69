// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string identity_sql(const ReplicaIdentity& identity) {
  switch (identity.kind) {
    case ReplicaIdentityKind::default_: return "DEFAULT";
    case ReplicaIdentityKind::full: return "FULL";
    case ReplicaIdentityKind::nothing: return "NOTHING";
    case ReplicaIdentityKind::index: return "USING INDEX " + quote_ident(identity.index);
  }
  return "DEFAULT";
}

}  // namespace

template <>
Statements render_operation(const SetReplicaIdentity& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " REPLICA IDENTITY " + identity_sql(op.to)};
}

template <>
Statements render_operation(const AddInherit& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " INHERIT " + quote_qualified(op.parent)};
}

template <>
Statements render_operation(const DropInherit& op) {
  return {"ALTER TABLE " + quote_qualified(op.table) + " NO INHERIT " + quote_qualified(op.parent)};
}

}  // namespace schemadiff::render_detail
