// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <string>

#include "schemadiff/error.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/json.hpp"
#include "schemadiff/model_io/text.hpp"

namespace schemadiff {
namespace {

SchemaModel security_model() {
  SchemaModel model;
  model.schemas["public"] = Schema{"public", std::nullopt};
  Table docs;
  docs.name = {"public", "docs"};
  Column owner;
  owner.name = "owner";
  owner.type = "text";
  docs.columns.push_back(owner);
  docs.row_security = {true, true};
  model.tables[docs.name] = docs;
  Policy policy;
  policy.name = {{"public", "docs"}, "Own rows"};
  policy.command = PolicyCommand::update;
  policy.permissive = false;
  policy.roles = {"reader", "writer"};
  policy.using_expr = "(owner = CURRENT_USER)";
  policy.check_expr = "true";
  policy.comment = "only yours";
  model.policies[policy.name] = policy;
  model.privileges[ObjectRef{ObjectKind::table, {"public", "docs"}, ""}] = {{"public", "SELECT", false},
                                                                           {"reader", "UPDATE", true}};
  model.privileges[ObjectRef{ObjectKind::column, {"public", "docs"}, "owner"}] = {{"writer", "UPDATE", false}};
  model.owners[ObjectRef{ObjectKind::schema, {"", "public"}, ""}] = "pg_database_owner";
  model.owners[ObjectRef{ObjectKind::table, {"public", "docs"}, ""}] = "app";
  model.unmanaged.insert(UnmanagedObject{UnmanagedKind::event_trigger, "audit_ddl"});
  model.unmanaged.insert(UnmanagedObject{UnmanagedKind::foreign_table, "public.remote"});
  return model;
}

TEST(JsonSecurity, RoundTrip) {
  const SchemaModel model = security_model();
  const std::string json = dump_model_json(model);
  EXPECT_TRUE(load_model_json(json) == model);
  EXPECT_EQ(dump_model_json(load_model_json(json)), json);
  EXPECT_NE(json.find(R"("row_security": true)"), std::string::npos);
  EXPECT_NE(json.find(R"("force_row_security": true)"), std::string::npos);
  EXPECT_NE(json.find(R"("restrictive": true)"), std::string::npos);
  EXPECT_NE(json.find(R"("kind": "event_trigger")"), std::string::npos);
}

TEST(JsonSecurity, SectionsLeftOutWhenEmpty) {
  SchemaModel model;
  const std::string json = dump_model_json(model);
  for (const char* key : {"\"policies\"", "\"privileges\"", "\"owners\"", "\"unmanaged\""}) {
    EXPECT_EQ(json.find(key), std::string::npos) << key;
  }
}

TEST(JsonSecurity, StrictReading) {
  const std::string base = R"({"format": "schemadiff-model", "version": 1, "schemas": [], "extensions": [],
    "enums": [], "sequences": [], "tables": [], "indexes": [], "views": [], "materialized_views": [],
    "routines": [], "triggers": [], "dependencies": [], )";
  try {
    load_model_json(base + R"("unmanaged": [{"kind": "gizmo", "name": "x"}]})");
    FAIL() << "accepted an unknown kind";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("unmanaged[0].kind: unknown value \"gizmo\""), std::string::npos) << e.what();
  }
  const std::string grant = R"({"grantee": "r", "privilege": "SELECT"})";
  EXPECT_THROW(load_model_json(base + R"("privileges": [{"object": {"kind": "table", "schema": "public", "name": "t"},
                                         "grants": [)" + grant + ", " + grant + "]}]}"),
               ModelError);
  EXPECT_THROW(load_model_json(base + R"("policies": [{"schema": "public", "table": "t", "name": "p", "roles": [],
                                         "usng": "true"}]})"),
               ModelError);
}

TEST(TextSecurity, ListsPoliciesGrantsOwnersAndUnmanaged) {
  const std::string text = format_model_text(security_model());
  EXPECT_NE(text.find("  row level security enabled, forced\n"), std::string::npos) << text;
  EXPECT_NE(text.find("policy public.docs.\"Own rows\" restrictive for update to reader, writer using "
                      "((owner = CURRENT_USER)) with check (true)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("grant UPDATE on table public.docs to reader with grant option\n"), std::string::npos) << text;
  EXPECT_NE(text.find("grant UPDATE on column public.docs.owner to writer\n"), std::string::npos) << text;
  EXPECT_NE(text.find("owner of table public.docs: app\n"), std::string::npos) << text;
  EXPECT_NE(text.find("unmanaged event trigger audit_ddl\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace schemadiff
