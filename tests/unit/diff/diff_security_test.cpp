// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff {
namespace {

using namespace diff_test;

Policy policy(const std::string& on, const std::string& name, std::string using_expr) {
  Policy result;
  result.name = MemberName{qn(on), name};
  result.roles = {k_public_grantee};
  result.using_expr = std::move(using_expr);
  return result;
}

SchemaModel with_table() {
  SchemaModel model;
  put(model, table("docs", {column("id"), column("tenant")}));
  return model;
}

TEST(DiffRowSecurity, EnabledOnKeptAndCreatedTables) {
  const SchemaModel from = with_table();
  SchemaModel to = from;
  table_of(to, "docs").row_security = {true, true};
  EXPECT_TRUE(diff(from, to) == std::vector<Operation>{(AlterRowSecurity{qn("docs"), {false, false}, {true, true}})});

  const auto created = diff(SchemaModel{}, to);
  EXPECT_TRUE(has(created, AlterRowSecurity{qn("docs"), {false, false}, {true, true}}));
}

TEST(DiffPolicies, AlterInPlaceOrRecreate) {
  SchemaModel from = with_table();
  from.policies.emplace(MemberName{qn("docs"), "p"}, policy("docs", "p", "true"));
  SchemaModel to = from;
  Policy& wanted = to.policies.at(MemberName{qn("docs"), "p"});
  wanted.roles = {"reader"};
  wanted.using_expr = "false";
  EXPECT_TRUE(diff(from, to) == std::vector<Operation>{(AlterPolicy{from.policies.begin()->second, wanted})});

  wanted.permissive = false;
  const auto recreated = diff(from, to);
  EXPECT_EQ(count_of<DropPolicy>(recreated), 1u);
  EXPECT_EQ(count_of<CreatePolicy>(recreated), 1u);
  EXPECT_EQ(count_of<AlterPolicy>(recreated), 0u);
}

TEST(DiffPolicies, DroppedWithTheirTable) {
  SchemaModel from = with_table();
  from.policies.emplace(MemberName{qn("docs"), "p"}, policy("docs", "p", "true"));
  const auto operations = diff(from, SchemaModel{});
  EXPECT_EQ(count_of<DropTable>(operations), 1u);
  EXPECT_EQ(count_of<DropPolicy>(operations), 0u);
}

TEST(DiffPolicies, RecreatedAroundAColumnRetype) {
  SchemaModel from = with_table();
  from.policies.emplace(MemberName{qn("docs"), "p"}, policy("docs", "p", "(tenant = 1)"));
  depends(from, ref(ObjectKind::policy, "docs", "p"), ref(ObjectKind::column, "docs", "tenant"));
  SchemaModel to = from;
  column_of(to, "docs", "tenant").type = "bigint";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<AlterColumn>(operations), 1u);
  EXPECT_EQ(count_of<DropPolicy>(operations), 1u);
  EXPECT_EQ(count_of<CreatePolicy>(operations), 1u);
}

TEST(DiffPrivileges, OnlyWithTheOption) {
  const SchemaModel from = with_table();
  SchemaModel to = from;
  const ObjectRef docs = ref(ObjectKind::table, "docs");
  const ObjectRef tenant = ref(ObjectKind::column, "docs", "tenant");
  to.privileges[docs] = {{"reader", "SELECT", false}};
  to.privileges[tenant] = {{"writer", "UPDATE", true}};
  EXPECT_TRUE(diff(from, to).empty());

  const DiffOptions options{.with_privileges = true, .with_owners = false};
  const auto operations = diff(from, to, options);
  EXPECT_TRUE(has(operations, GrantPrivileges{docs, {{"reader", "SELECT", false}}}));
  EXPECT_TRUE(has(operations, GrantPrivileges{tenant, {{"writer", "UPDATE", true}}}));
  const auto back = diff(to, from, options);
  EXPECT_TRUE(has(back, RevokePrivileges{docs, {{"reader", "SELECT", false}}}));
  EXPECT_TRUE(has(back, RevokePrivileges{tenant, {{"writer", "UPDATE", false}}}));
}

TEST(DiffPrivileges, GrantOptionAloneIsRevokedAlone) {
  SchemaModel from = with_table();
  const ObjectRef docs = ref(ObjectKind::table, "docs");
  from.privileges[docs] = {{"reader", "SELECT", true}};
  SchemaModel to = from;
  to.privileges[docs] = {{"reader", "SELECT", false}};
  EXPECT_TRUE(diff(from, to, {.with_privileges = true, .with_owners = false}) ==
              std::vector<Operation>{(RevokePrivileges{docs, {{"reader", "SELECT", true}}})});
}

TEST(DiffPrivileges, NewRoutineStartsWithDefaults) {
  SchemaModel to;
  Routine f = function("f", "", "integer", "AS $$ SELECT 1 $$");
  put(to, f);
  const ObjectRef target{ObjectKind::routine, f.name.name, f.name.arguments};
  const DiffOptions options{.with_privileges = true, .with_owners = false};
  to.privileges[target] = {{k_public_grantee, "EXECUTE", false}};
  EXPECT_EQ(count_of<GrantPrivileges>(diff(SchemaModel{}, to, options)), 0u);
  to.privileges.clear();
  const auto operations = diff(SchemaModel{}, to, options);
  EXPECT_TRUE(has(operations, RevokePrivileges{target, {{k_public_grantee, "EXECUTE", false}}}));
}

TEST(DiffOwners, OnlyWithTheOption) {
  SchemaModel from = with_table();
  const ObjectRef docs = ref(ObjectKind::table, "docs");
  from.owners[docs] = "alice";
  SchemaModel to = from;
  to.owners[docs] = "bob";
  EXPECT_TRUE(diff(from, to).empty());
  EXPECT_TRUE(diff(from, to, {.with_privileges = false, .with_owners = true}) ==
              std::vector<Operation>{(SetOwner{docs, "alice", "bob"})});
}

TEST(DiffUnmanaged, NeverAnOperation) {
  SchemaModel to;
  to.unmanaged.insert(UnmanagedObject{UnmanagedKind::event_trigger, "audit"});
  EXPECT_TRUE(diff(SchemaModel{}, to, {.with_privileges = true, .with_owners = true}).empty());
}

}  // namespace
}  // namespace schemadiff
