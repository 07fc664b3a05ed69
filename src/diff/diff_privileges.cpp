// SPDX-License-Identifier: MIT
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

using GrantKey = std::pair<std::string, std::string>;  ///< grantee, privilege

std::map<GrantKey, bool> by_key(const std::vector<Grant>& grants) {
  std::map<GrantKey, bool> result;
  for (const Grant& grant : grants) {
    result[{grant.grantee, grant.privilege}] = result[{grant.grantee, grant.privilege}] || grant.grantable;
  }
  return result;
}

const std::vector<Grant>& grants_of(const SchemaModel& model, const ObjectRef& ref) {
  static const std::vector<Grant> k_none;
  const auto found = model.privileges.find(ref);
  return found == model.privileges.end() ? k_none : found->second;
}

/// What PostgreSQL grants on a new object besides its owner's privileges (acldefault):
/// EXECUTE on routines and USAGE on types to PUBLIC, nothing on the other kinds.
std::vector<Grant> default_grants(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::routine:
      return {Grant{k_public_grantee, "EXECUTE", false}};
    case ObjectKind::type:
    case ObjectKind::domain:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
      return {Grant{k_public_grantee, "USAGE", false}};
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::sequence:
    case ObjectKind::table:
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain_constraint:
    case ObjectKind::collation:
      return {};
  }
  return {};
}

/// Every object whose grants may need a statement: those with an ACL on either side, and
/// those of `to` whose kind starts with default grants (which `to` may have revoked).
std::set<ObjectRef> targets(const SchemaModel& from, const SchemaModel& to) {
  std::set<ObjectRef> refs;
  for (const auto& [ref, grants] : from.privileges) {
    refs.insert(ref);
  }
  for (const auto& [ref, grants] : to.privileges) {
    refs.insert(ref);
  }
  for (const auto& [name, routine] : to.routines) {
    refs.insert(routine_ref(name));
  }
  for (const auto& [name, type] : to.enums) {
    refs.insert(type_ref(name));
  }
  for (const auto& [name, domain] : to.domains) {
    refs.insert(domain_ref(name));
  }
  for (const auto& [name, type] : to.composite_types) {
    refs.insert(composite_type_ref(name));
  }
  for (const auto& [name, type] : to.range_types) {
    refs.insert(range_type_ref(name));
  }
  return refs;
}

}  // namespace

void diff_privileges(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  for (const ObjectRef& target : targets(from, to)) {
    if (!exists_in(to, target)) {
      continue;
    }
    const std::map<GrantKey, bool> before =
        by_key(is_created(ops, target) ? default_grants(target.kind) : grants_of(from, target));
    const std::map<GrantKey, bool> after = by_key(grants_of(to, target));
    std::vector<Grant> grants;
    std::vector<Grant> revokes;
    for (const auto& [key, grantable] : after) {
      const auto old = before.find(key);
      if (old == before.end() || (grantable && !old->second)) {
        grants.push_back(Grant{key.first, key.second, grantable});
      } else if (old->second && !grantable) {
        revokes.push_back(Grant{key.first, key.second, true});
      }
    }
    for (const auto& [key, grantable] : before) {
      if (!after.contains(key)) {
        revokes.push_back(Grant{key.first, key.second, false});
      }
    }
    if (!grants.empty()) {
      ops.put(GrantPrivileges{target, std::move(grants)});
    }
    if (!revokes.empty()) {
      ops.put(RevokePrivileges{target, std::move(revokes)});
    }
  }
}

}  // namespace schemadiff::diff_detail
