// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>

#include "render/render_detail.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

// Privilege names go into the SQL as keywords, so only PostgreSQL's own are accepted
// (a snapshot file could hold anything).
constexpr std::array<std::string_view, 14> k_privileges = {
    "SELECT", "INSERT",  "UPDATE",    "DELETE",  "TRUNCATE", "REFERENCES", "TRIGGER",
    "USAGE",  "CREATE", "EXECUTE",   "TEMPORARY", "CONNECT", "MAINTAIN",   "SET",
};

std::string privilege_keyword(const std::string& privilege) {
  if (std::find(k_privileges.begin(), k_privileges.end(), privilege) == k_privileges.end()) {
    throw Error("unknown privilege " + quote_literal(privilege));
  }
  return privilege;
}

/// The privilege as written in GRANT: on a column, with the column in parentheses.
std::string privilege_clause(const ObjectRef& target, const std::string& privilege) {
  std::string clause = privilege_keyword(privilege);
  if (target.kind == ObjectKind::column) {
    clause += " (" + quote_ident(target.member) + ")";
  }
  return clause;
}

/// Grantee and grant option -> privileges, so one statement covers each pair.
using Groups = std::map<std::pair<std::string, bool>, std::vector<std::string>>;

Groups grouped(const ObjectRef& target, const std::vector<Grant>& grants) {
  Groups groups;
  for (const Grant& grant : grants) {
    groups[{grant.grantee, grant.grantable}].push_back(privilege_clause(target, grant.privilege));
  }
  return groups;
}

}  // namespace

std::string privilege_object(const ObjectRef& target) {
  switch (target.kind) {
    case ObjectKind::schema:
      return "SCHEMA " + quote_ident(target.name.name.empty() ? target.name.schema : target.name.name);
    case ObjectKind::table:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::column:
      return "TABLE " + quote_qualified(target.name);
    case ObjectKind::sequence: return "SEQUENCE " + quote_qualified(target.name);
    // ROUTINE covers functions and procedures alike.
    case ObjectKind::routine: return "ROUTINE " + quote_qualified(target.name) + "(" + target.member + ")";
    case ObjectKind::type:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
      return "TYPE " + quote_qualified(target.name);
    case ObjectKind::domain: return "DOMAIN " + quote_qualified(target.name);
    case ObjectKind::extension:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain_constraint:
    case ObjectKind::collation:
      break;
  }
  throw Error("privileges of a " + std::string(to_string(target.kind)) + " cannot be granted");
}

template <>
Statements render_operation(const GrantPrivileges& op) {
  const std::string object = privilege_object(op.target);
  Statements statements;
  for (const auto& [key, privileges] : grouped(op.target, op.grants)) {
    std::string sql = "GRANT " + join(privileges, ", ") + " ON " + object + " TO " + role_name(key.first);
    if (key.second) {
      sql += " WITH GRANT OPTION";
    }
    statements.push_back(std::move(sql));
  }
  return statements;
}

template <>
Statements render_operation(const RevokePrivileges& op) {
  const std::string object = privilege_object(op.target);
  Statements statements;
  for (const auto& [key, privileges] : grouped(op.target, op.grants)) {
    const std::string verb = key.second ? "REVOKE GRANT OPTION FOR " : "REVOKE ";
    statements.push_back(verb + join(privileges, ", ") + " ON " + object + " FROM " + role_name(key.first));
  }
  return statements;
}

template <>
Statements render_operation(const SetOwner& op) {
  const ObjectRef& target = op.target;
  std::string object;
  switch (target.kind) {
    case ObjectKind::schema: object = privilege_object(target); break;
    case ObjectKind::table: object = "TABLE " + quote_qualified(target.name); break;
    case ObjectKind::view: object = "VIEW " + quote_qualified(target.name); break;
    case ObjectKind::materialized_view: object = "MATERIALIZED VIEW " + quote_qualified(target.name); break;
    case ObjectKind::sequence:
    case ObjectKind::routine:
    case ObjectKind::type:
    case ObjectKind::domain:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
      object = privilege_object(target);
      break;
    case ObjectKind::collation: object = "COLLATION " + quote_qualified(target.name); break;
    case ObjectKind::extension:
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain_constraint:
      throw Error("the owner of a " + std::string(to_string(target.kind)) + " cannot be set");
  }
  return {"ALTER " + object + " OWNER TO " + quote_ident(op.to)};
}

}  // namespace schemadiff::render_detail
