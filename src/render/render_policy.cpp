// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string policy_on(const MemberName& name) {
  return quote_ident(name.name) + " ON " + quote_qualified(name.owner);
}

std::string command_keyword(PolicyCommand command) {
  switch (command) {
    case PolicyCommand::all: return "ALL";
    case PolicyCommand::select: return "SELECT";
    case PolicyCommand::insert: return "INSERT";
    case PolicyCommand::update: return "UPDATE";
    case PolicyCommand::delete_: return "DELETE";
  }
  return "ALL";
}

/// No roles at all reads as PUBLIC, as PostgreSQL stores a policy without TO.
bool is_public_only(const std::vector<std::string>& roles) {
  return roles.empty() || (roles.size() == 1 && roles.front() == k_public_grantee);
}

std::string role_list(const std::vector<std::string>& roles) {
  if (roles.empty()) {
    return "PUBLIC";
  }
  std::vector<std::string> names;
  for (const std::string& role : roles) {
    names.push_back(role_name(role));
  }
  return join(names, ", ");
}

}  // namespace

std::string role_name(const std::string& role) {
  return role == k_public_grantee ? "PUBLIC" : quote_ident(role);
}

template <>
Statements render_operation(const CreatePolicy& op) {
  const Policy& policy = op.policy;
  std::string sql = "CREATE POLICY " + policy_on(policy.name);
  if (!policy.permissive) {
    sql += " AS RESTRICTIVE";
  }
  if (policy.command != PolicyCommand::all) {
    sql += " FOR " + command_keyword(policy.command);
  }
  if (!is_public_only(policy.roles)) {
    sql += " TO " + role_list(policy.roles);
  }
  if (policy.using_expr) {
    sql += " USING (" + *policy.using_expr + ")";
  }
  if (policy.check_expr) {
    sql += " WITH CHECK (" + *policy.check_expr + ")";
  }
  return {sql};
}

template <>
Statements render_operation(const DropPolicy& op) { return {"DROP POLICY " + policy_on(op.policy.name)}; }

template <>
Statements render_operation(const AlterPolicy& op) {
  std::string sql = "ALTER POLICY " + policy_on(op.to.name);
  const std::size_t bare = sql.size();
  if (op.from.roles != op.to.roles) {
    sql += " TO " + role_list(op.to.roles);
  }
  if (op.from.using_expr != op.to.using_expr && op.to.using_expr) {
    sql += " USING (" + *op.to.using_expr + ")";
  }
  if (op.from.check_expr != op.to.check_expr && op.to.check_expr) {
    sql += " WITH CHECK (" + *op.to.check_expr + ")";
  }
  if (sql.size() == bare) {
    throw Error("ALTER POLICY " + display_name(op.to.name) + " has nothing to change");
  }
  return {sql};
}

template <>
Statements render_operation(const AlterRowSecurity& op) {
  std::vector<std::string> actions;
  if (op.from.enabled != op.to.enabled) {
    actions.emplace_back(op.to.enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
  }
  if (op.from.forced != op.to.forced) {
    actions.emplace_back(op.to.forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
  }
  if (actions.empty()) {
    return {};
  }
  return {"ALTER TABLE " + quote_qualified(op.table) + " " + join(actions, ", ")};
}

}  // namespace schemadiff::render_detail
