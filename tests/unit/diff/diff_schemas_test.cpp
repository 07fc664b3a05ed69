// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

const ObjectRef k_app_schema{ObjectKind::schema, {"", "app"}, ""};
const ObjectRef k_citext{ObjectKind::extension, {"", "citext"}, ""};

TEST(DiffSchemas, CreateAndDrop) {
  SchemaModel to;
  to.schemas.emplace("app", Schema{"app", "the application"});
  auto operations = diff(SchemaModel{}, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, CreateSchema{Schema{"app", "the application"}}));
  EXPECT_TRUE(has(operations, SetComment{k_app_schema, std::nullopt, "the application"}));
  operations = diff(to, SchemaModel{});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropSchema{Schema{"app", "the application"}}));
}

TEST(DiffSchemas, Comment) {
  SchemaModel from;
  from.schemas.emplace("app", Schema{"app", std::nullopt});
  SchemaModel to;
  to.schemas.emplace("app", Schema{"app", "x"});
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{k_app_schema, std::nullopt, "x"}));
}

TEST(DiffExtensions, CreateAndDrop) {
  SchemaModel to;
  const Extension citext{"citext", "public", "1.6", std::nullopt};
  to.extensions.emplace("citext", citext);
  auto operations = diff(SchemaModel{}, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, CreateExtension{citext}));
  operations = diff(to, SchemaModel{});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropExtension{citext}));
}

TEST(DiffExtensions, NewVersionIsAlter) {
  SchemaModel from;
  from.extensions.emplace("citext", Extension{"citext", "public", "1.5", std::nullopt});
  SchemaModel to;
  to.extensions.emplace("citext", Extension{"citext", "public", "1.6", "text"});
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, AlterExtension{from.extensions.at("citext"), to.extensions.at("citext")}));
  EXPECT_TRUE(has(operations, SetComment{k_citext, std::nullopt, "text"}));
}

}  // namespace
}  // namespace schemadiff::diff_test
