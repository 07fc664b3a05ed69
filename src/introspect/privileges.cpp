// SPDX-License-Identifier: MIT
// Owners and access control lists of the objects in the model.
#include <algorithm>

#include "introspect/loaders.hpp"
#include "introspect/object_refs.hpp"

namespace schemadiff::introspection {
namespace {

/// The kinds that have an owner and privileges of their own (columns: privileges only).
bool has_privileges(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::schema:
    case ObjectKind::type:
    case ObjectKind::sequence:
    case ObjectKind::table:
    case ObjectKind::column:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::routine:
    case ObjectKind::domain:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:  // an owner, never an ACL
      return true;
    case ObjectKind::extension:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain_constraint:
      return false;
  }
  return false;
}

std::optional<ObjectRef> resolve_target(const Catalog& catalog, const std::string& kind, Oid oid, std::int64_t subid) {
  // A view's column has no place in the model, so its grants cannot have one either.
  auto ref = resolve(catalog, {.catalog = kind, .oid = oid, .subid = subid}, ViewColumns::unresolved);
  if (!ref || !has_privileges(ref->kind)) {
    return std::nullopt;
  }
  return ref;
}

}  // namespace

void load_owners(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("owners");
  const Field kind(result, "catalog");
  const Field oid(result, "oid");
  const Field owner(result, "owner");
  for (const auto& row : result.rows()) {
    if (const auto ref = resolve_target(catalog, kind.text(row), oid.oid(row), 0)) {
      catalog.model.owners.insert_or_assign(*ref, owner.text(row));
    }
  }
}

void load_privileges(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("privileges");
  const Field kind(result, "catalog");
  const Field oid(result, "oid");
  const Field subid(result, "subid");
  const Field grantee(result, "grantee");
  const Field privilege(result, "privilege");
  const Field grantable(result, "grantable");
  auto& privileges = catalog.model.privileges;
  for (const auto& row : result.rows()) {
    const auto ref = resolve_target(catalog, kind.text(row), oid.oid(row), subid.integer(row));
    if (!ref) {
      continue;
    }
    privileges[*ref].push_back(
        Grant{.grantee = grantee.text(row), .privilege = privilege.text(row), .grantable = grantable.flag(row)});
  }
  // The same privilege granted by several grantors is one entry, grantable if any is.
  for (auto& [ref, grants] : privileges) {
    std::sort(grants.begin(), grants.end());
    std::vector<Grant> merged;
    for (const Grant& grant : grants) {
      if (!merged.empty() && merged.back().grantee == grant.grantee && merged.back().privilege == grant.privilege) {
        merged.back().grantable = merged.back().grantable || grant.grantable;
        continue;
      }
      merged.push_back(grant);
    }
    grants = std::move(merged);
  }
}

}  // namespace schemadiff::introspection
