// SPDX-License-Identifier: MIT
// Row-level security: the tables' switches, their policies and what the policies use.
#include <algorithm>
#include <unordered_map>

#include "introspect/loaders.hpp"
#include "introspect/object_refs.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

PolicyCommand command_of(char code) {
  switch (code) {
    case '*': return PolicyCommand::all;
    case 'r': return PolicyCommand::select;
    case 'a': return PolicyCommand::insert;
    case 'w': return PolicyCommand::update;
    case 'd': return PolicyCommand::delete_;
    default: break;
  }
  throw Error(std::string("unknown policy command '") + code + "'");
}

void load_row_security(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("row_security");
  const Field oid(result, "oid");
  const Field enabled(result, "enabled");
  const Field forced(result, "forced");
  for (const auto& row : result.rows()) {
    Relation* relation = catalog.find_relation(oid.oid(row));
    if (relation == nullptr || relation->table == nullptr) {
      continue;
    }
    relation->table->row_security = RowSecurity{.enabled = enabled.flag(row), .forced = forced.flag(row)};
  }
}

/// Policy oid -> its identity, for the dependency rows.
using PolicyOids = std::unordered_map<Oid, MemberName>;

PolicyOids load_policy_rows(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("policies");
  const Field oid(result, "oid");
  const Field relation_oid(result, "relation");
  const Field name(result, "name");
  const Field command(result, "command");
  const Field permissive(result, "permissive");
  const Field roles(result, "roles");
  const Field using_expr(result, "using_expr");
  const Field check_expr(result, "check_expr");
  const Field comment(result, "comment");

  PolicyOids oids;
  for (const auto& row : result.rows()) {
    const Relation* relation = catalog.find_relation(relation_oid.oid(row));
    if (relation == nullptr || relation->table == nullptr) {
      continue;
    }
    Policy policy;
    policy.name = {.owner = relation->ref.name, .name = name.text(row)};
    policy.command = command_of(command.code(row));
    policy.permissive = permissive.flag(row);
    policy.roles = roles.strings(row);
    std::sort(policy.roles.begin(), policy.roles.end());
    policy.using_expr = using_expr.optional_text(row);
    policy.check_expr = check_expr.optional_text(row);
    policy.comment = comment.optional_text(row);
    oids.emplace(oid.oid(row), policy.name);
    const MemberName key = policy.name;
    catalog.model.policies.emplace(key, std::move(policy));
  }
  return oids;
}

// Kept like load_dependencies keeps a trigger's: columns (its own table's too), functions
// and types, but not the table the policy belongs to. load_dependencies sorts the list.
void load_policy_dependencies(Catalog& catalog, const PolicyOids& policies) {
  const ResultSet result = catalog.query("policy_dependencies");
  const Field policy_oid(result, "policy");
  const Field referenced_catalog(result, "referenced_catalog");
  const Field referenced_oid(result, "referenced_oid");
  const Field referenced_subid(result, "referenced_subid");
  for (const auto& row : result.rows()) {
    const auto policy = policies.find(policy_oid.oid(row));
    if (policy == policies.end()) {
      continue;
    }
    const auto referenced = resolve(catalog,
                                    {.catalog = referenced_catalog.text(row),
                                     .oid = referenced_oid.oid(row),
                                     .subid = referenced_subid.integer(row)},
                                    ViewColumns::whole_view);
    if (!referenced || *referenced == object_ref(ObjectKind::table, policy->second.owner)) {
      continue;
    }
    catalog.model.dependencies.push_back(Dependency{
        .dependent = object_ref(ObjectKind::policy, policy->second.owner, policy->second.name),
        .referenced = *referenced});
  }
}

}  // namespace

void load_policies(Catalog& catalog) {
  load_row_security(catalog);
  const PolicyOids policies = load_policy_rows(catalog);
  load_policy_dependencies(catalog, policies);
}

}  // namespace schemadiff::introspection
