// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/error.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

Policy policy(std::string name) {
  Policy result;
  result.name = MemberName{{"public", "Docs"}, std::move(name)};
  result.roles = {k_public_grantee};
  return result;
}

TEST(RenderRowSecurity, OnlyWhatChanged) {
  EXPECT_EQ(render(AlterRowSecurity{{"public", "t"}, {false, false}, {true, true}}),
            Statements{R"(ALTER TABLE "public"."t" ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY)"});
  EXPECT_EQ(render(AlterRowSecurity{{"public", "t"}, {true, true}, {true, false}}),
            Statements{R"(ALTER TABLE "public"."t" NO FORCE ROW LEVEL SECURITY)"});
  EXPECT_EQ(render(AlterRowSecurity{{"public", "t"}, {true, false}, {false, false}}),
            Statements{R"(ALTER TABLE "public"."t" DISABLE ROW LEVEL SECURITY)"});
}

TEST(RenderPolicy, CreateLeavesOutDefaults) {
  Policy minimal = policy("p");
  minimal.using_expr = "true";
  EXPECT_EQ(render(CreatePolicy{minimal}), Statements{R"(CREATE POLICY "p" ON "public"."Docs" USING (true))"});

  Policy full = policy("Write own");
  full.command = PolicyCommand::update;
  full.permissive = false;
  full.roles = {"app writer", k_public_grantee};
  full.using_expr = "(owner = CURRENT_USER)";
  full.check_expr = "(NOT archived)";
  EXPECT_EQ(render(CreatePolicy{full}),
            Statements{R"(CREATE POLICY "Write own" ON "public"."Docs" AS RESTRICTIVE FOR UPDATE TO "app writer", )"
                       R"(PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((NOT archived)))"});
  EXPECT_EQ(render(DropPolicy{full}), Statements{R"(DROP POLICY "Write own" ON "public"."Docs")"});
}

TEST(RenderPolicy, AlterNamesOnlyTheChangedClauses) {
  Policy before = policy("p");
  before.using_expr = "a";
  Policy after = before;
  after.roles = {"reader"};
  EXPECT_EQ(render(AlterPolicy{before, after}), Statements{R"(ALTER POLICY "p" ON "public"."Docs" TO "reader")"});
  after = before;
  after.using_expr = "b";
  after.check_expr = "c";
  EXPECT_EQ(render(AlterPolicy{before, after}),
            Statements{R"(ALTER POLICY "p" ON "public"."Docs" USING (b) WITH CHECK (c))"});
}

TEST(RenderPrivileges, GrantsGroupedByGranteeAndOption) {
  const ObjectRef table{ObjectKind::table, {"public", "t"}, ""};
  EXPECT_EQ(render(GrantPrivileges{table,
                                   {{"reader", "SELECT", false},
                                    {"reader", "UPDATE", false},
                                    {"writer", "INSERT", true},
                                    {k_public_grantee, "SELECT", false}}}),
            (Statements{R"(GRANT SELECT ON TABLE "public"."t" TO PUBLIC)",
                        R"(GRANT SELECT, UPDATE ON TABLE "public"."t" TO "reader")",
                        R"(GRANT INSERT ON TABLE "public"."t" TO "writer" WITH GRANT OPTION)"}));
  EXPECT_EQ(render(RevokePrivileges{table, {{"reader", "SELECT", false}, {"writer", "INSERT", true}}}),
            (Statements{R"(REVOKE SELECT ON TABLE "public"."t" FROM "reader")",
                        R"(REVOKE GRANT OPTION FOR INSERT ON TABLE "public"."t" FROM "writer")"}));
}

TEST(RenderPrivileges, EveryTargetKind) {
  const auto grant = [](ObjectRef target, std::string privilege) {
    return render(GrantPrivileges{std::move(target), {{"r", std::move(privilege), false}}}).front();
  };
  EXPECT_EQ(grant({ObjectKind::column, {"public", "t"}, "Email"}, "UPDATE"),
            R"(GRANT UPDATE ("Email") ON TABLE "public"."t" TO "r")");
  EXPECT_EQ(grant({ObjectKind::schema, {"", "app"}, ""}, "USAGE"), R"(GRANT USAGE ON SCHEMA "app" TO "r")");
  EXPECT_EQ(grant({ObjectKind::sequence, {"public", "s"}, ""}, "USAGE"), R"(GRANT USAGE ON SEQUENCE "public"."s" TO "r")");
  EXPECT_EQ(grant({ObjectKind::view, {"public", "v"}, ""}, "SELECT"), R"(GRANT SELECT ON TABLE "public"."v" TO "r")");
  EXPECT_EQ(grant({ObjectKind::routine, {"public", "f"}, "a integer"}, "EXECUTE"),
            R"(GRANT EXECUTE ON ROUTINE "public"."f"(a integer) TO "r")");
  EXPECT_EQ(grant({ObjectKind::type, {"public", "mood"}, ""}, "USAGE"), R"(GRANT USAGE ON TYPE "public"."mood" TO "r")");
}

TEST(RenderPrivileges, UnknownPrivilegeIsAnError) {
  const ObjectRef table{ObjectKind::table, {"public", "t"}, ""};
  EXPECT_THROW(render(GrantPrivileges{table, {{"r", "SELECT; DROP TABLE x", false}}}), Error);
}

TEST(RenderOwner, EveryKind) {
  const auto owner = [](ObjectKind kind, QualifiedName name, std::string member = {}) {
    return render(SetOwner{ObjectRef{kind, std::move(name), std::move(member)}, "old", "New Owner"}).front();
  };
  EXPECT_EQ(owner(ObjectKind::schema, {"", "app"}), R"(ALTER SCHEMA "app" OWNER TO "New Owner")");
  EXPECT_EQ(owner(ObjectKind::table, {"public", "t"}), R"(ALTER TABLE "public"."t" OWNER TO "New Owner")");
  EXPECT_EQ(owner(ObjectKind::view, {"public", "v"}), R"(ALTER VIEW "public"."v" OWNER TO "New Owner")");
  EXPECT_EQ(owner(ObjectKind::materialized_view, {"public", "m"}),
            R"(ALTER MATERIALIZED VIEW "public"."m" OWNER TO "New Owner")");
  EXPECT_EQ(owner(ObjectKind::sequence, {"public", "s"}), R"(ALTER SEQUENCE "public"."s" OWNER TO "New Owner")");
  EXPECT_EQ(owner(ObjectKind::routine, {"public", "f"}, ""), R"(ALTER ROUTINE "public"."f"() OWNER TO "New Owner")");
  EXPECT_EQ(owner(ObjectKind::type, {"public", "mood"}), R"(ALTER TYPE "public"."mood" OWNER TO "New Owner")");
}

TEST(RenderComment, OnPolicy) {
  EXPECT_EQ(render(SetComment{ObjectRef{ObjectKind::policy, {"public", "t"}, "p"}, std::nullopt, std::string("x")}),
            Statements{R"(COMMENT ON POLICY "p" ON "public"."t" IS 'x')"});
}

}  // namespace
}  // namespace schemadiff
