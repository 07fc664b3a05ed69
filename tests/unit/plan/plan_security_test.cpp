// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/plan/plan_test_support.hpp"
#include "schemadiff/diff/diff.hpp"

namespace schemadiff {
namespace {

using namespace plan_test;

Policy tenant_policy() {
  Policy policy;
  policy.name = {pub("docs"), "tenant"};
  policy.roles = {k_public_grantee};
  policy.using_expr = "(tenant = 1)";
  return policy;
}

SchemaModel docs_with_policy(const std::string& tenant_type) {
  SchemaModel model;
  Table docs = table("docs", {column("id", "integer"), column("tenant", tenant_type)});
  docs.row_security.enabled = true;
  model.tables.emplace(docs.name, docs);
  model.policies.emplace(tenant_policy().name, tenant_policy());
  model.dependencies.push_back(
      Dependency{{ObjectKind::policy, pub("docs"), "tenant"}, {ObjectKind::column, pub("docs"), "tenant"}});
  return model;
}

TEST(PlanSecurity, PolicyDroppedBeforeItsColumnIsRetypedAndCreatedAfter) {
  const SchemaModel from = docs_with_policy("integer");
  const SchemaModel to = docs_with_policy("bigint");
  const Plan planned = plan(diff(from, to), from, to);
  EXPECT_EQ(keys_of(planned), (std::vector<std::string>{"policy:public.docs.tenant:drop",
                                                        "column:public.docs.tenant:alter",
                                                        "policy:public.docs.tenant:create"}));
}

TEST(PlanSecurity, NewTableGetsRowSecurityPoliciesGrantsAndOwnerAfterIt) {
  SchemaModel to = docs_with_policy("integer");
  to.privileges[ObjectRef{ObjectKind::column, pub("docs"), "tenant"}] = {{"reader", "SELECT", false}};
  to.owners[ObjectRef{ObjectKind::table, pub("docs"), ""}] = "app";
  const SchemaModel from;
  const Plan planned = plan(diff(from, to, {.with_privileges = true, .with_owners = true}), from, to);
  EXPECT_EQ(keys_of(planned), (std::vector<std::string>{"table:public.docs:create",
                                                        "table:public.docs:row_security",
                                                        "policy:public.docs.tenant:create",
                                                        "table:public.docs:owner",
                                                        "column:public.docs.tenant:grant"}));
}

}  // namespace
}  // namespace schemadiff
