// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

TEST(RenderScript, EmptyPlanIsEmpty) { EXPECT_EQ(render_script(Plan{}), ""); }

TEST(RenderScript, EveryStatementEndsWithSemicolonAndNewline) {
  Plan plan;
  plan.steps.push_back({CreateSchema{{"app", std::nullopt}}, {}});
  const EnumType from{{"app", "mood"}, {"a", "b"}, std::nullopt};
  const EnumType to{{"app", "mood"}, {"b"}, std::nullopt};
  plan.steps.push_back({ReplaceEnum{from, to, {}}, StepFacts{{Hazard::deletes_data}}});
  plan.steps.push_back({SetStorageParameters{{"app", "t"}, {}, {}}, {}});
  plan.steps.push_back(
      {SetComment{{ObjectKind::schema, {"", "app"}, ""}, std::nullopt, "x"}, {}});
  EXPECT_EQ(render_script(plan),
            "CREATE SCHEMA \"app\";\n"
            "CREATE TYPE \"app\".\"mood__schemadiff_new\" AS ENUM ('b');\n"
            "DROP TYPE \"app\".\"mood\";\n"
            "ALTER TYPE \"app\".\"mood__schemadiff_new\" RENAME TO \"mood\";\n"
            "COMMENT ON SCHEMA \"app\" IS 'x';\n");
}

}  // namespace
}  // namespace schemadiff
