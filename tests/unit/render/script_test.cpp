// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

TEST(RenderScript, EmptyPlanIsEmpty) { EXPECT_EQ(render_script(Plan{}), ""); }

TEST(RenderScript, EveryStatementHasItsStepLineAndEndsWithSemicolonAndNewline) {
  Plan plan;
  plan.steps.push_back({CreateSchema{{"app", std::nullopt}}, {}});
  const EnumType from{{"app", "mood"}, {"a", "b"}, std::nullopt};
  const EnumType to{{"app", "mood"}, {"b"}, std::nullopt};
  plan.steps.push_back({ReplaceEnum{from, to, {}}, {{Hazard::deletes_data}, LockLevel::none, TxMode::transactional}});
  plan.steps.push_back(
      {AddEnumValue{{"app", "mood"}, "c", std::nullopt, std::nullopt}, {{}, LockLevel::none, TxMode::outside_transaction}});
  plan.steps.push_back({SetStorageParameters{{"app", "t"}, {}, {}},
                        {{}, LockLevel::share_update_exclusive, TxMode::transactional}});
  EXPECT_EQ(render_script(plan),
            "-- schemadiff:step lock=none tx=yes\n"
            "CREATE SCHEMA \"app\";\n"
            "-- schemadiff:step hazards=deletes_data lock=none tx=yes\n"
            "CREATE TYPE \"app\".\"mood__schemadiff_new\" AS ENUM ('b');\n"
            "-- schemadiff:step hazards=deletes_data lock=none tx=yes\n"
            "DROP TYPE \"app\".\"mood\";\n"
            "-- schemadiff:step hazards=deletes_data lock=none tx=yes\n"
            "ALTER TYPE \"app\".\"mood__schemadiff_new\" RENAME TO \"mood\";\n"
            "-- schemadiff:step lock=none tx=no\n"
            "ALTER TYPE \"app\".\"mood\" ADD VALUE 'c';\n");
}

}  // namespace
}  // namespace schemadiff
