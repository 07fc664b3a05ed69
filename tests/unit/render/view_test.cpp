// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

View view(QualifiedName name, std::string definition, StorageParameters options = {}) {
  View v;
  v.name = std::move(name);
  v.definition = std::move(definition);
  v.options = std::move(options);
  return v;
}

const std::string k_query = " SELECT e.id,\n    e.camera_id\n   FROM public.events e\n  WHERE e.status <> 'x'::text;";
const std::string k_body = " SELECT e.id,\n    e.camera_id\n   FROM public.events e\n  WHERE e.status <> 'x'::text";

TEST(RenderView, CreateWithoutTerminator) {
  EXPECT_EQ(render(CreateView{view({"public", "Open Events"}, k_query)}),
            Statements{"CREATE VIEW \"public\".\"Open Events\" AS\n" + k_body});
}

TEST(RenderView, CreateWithOptions) {
  EXPECT_EQ(render(CreateView{view({"public", "v"}, k_query, {"check_option=local", "security_barrier=true"})}),
            Statements{"CREATE VIEW \"public\".\"v\" WITH (check_option=local, security_barrier=true) AS\n" + k_body});
}

TEST(RenderView, Replace) {
  const View from = view({"public", "select"}, " SELECT 1 AS a;", {"security_barrier=true"});
  const View to = view({"public", "select"}, " SELECT 1 AS a,\n    2 AS b;");
  EXPECT_EQ(render(ReplaceView{from, to}),
            Statements{"CREATE OR REPLACE VIEW \"public\".\"select\" AS\n SELECT 1 AS a,\n    2 AS b"});
}

TEST(RenderView, Drop) {
  EXPECT_EQ(render(DropView{view({"public", "a \"quoted\" name"}, k_query)}),
            Statements{"DROP VIEW \"public\".\"a \"\"quoted\"\" name\""});
}

TEST(RenderMaterializedView, CreateWithData) {
  EXPECT_EQ(render(CreateMaterializedView{view({"public", "counts"}, " SELECT 1 AS n;\n")}),
            Statements{"CREATE MATERIALIZED VIEW \"public\".\"counts\" AS\n SELECT 1 AS n\nWITH DATA"});
  EXPECT_EQ(render(CreateMaterializedView{view({"public", "counts"}, " SELECT 1 AS n;", {"fillfactor=50"})}),
            Statements{"CREATE MATERIALIZED VIEW \"public\".\"counts\" WITH (fillfactor=50) AS\n SELECT 1 AS n\nWITH DATA"});
}

TEST(RenderMaterializedView, Drop) {
  EXPECT_EQ(render(DropMaterializedView{view({"public", "counts"}, "")}),
            Statements{"DROP MATERIALIZED VIEW \"public\".\"counts\""});
}

}  // namespace
}  // namespace schemadiff
