// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

TEST(RenderSchema, CreateAndDrop) {
  EXPECT_EQ(render(CreateSchema{{"archive", std::nullopt}}), Statements{"CREATE SCHEMA \"archive\""});
  EXPECT_EQ(render(CreateSchema{{"Mixed \"Q\" Case", "comment is not rendered"}}),
            Statements{"CREATE SCHEMA \"Mixed \"\"Q\"\" Case\""});
  EXPECT_EQ(render(DropSchema{{"select", std::nullopt}}), Statements{"DROP SCHEMA \"select\""});
}

TEST(RenderExtension, CreateWithSchemaAndVersion) {
  const Extension citext{"citext", "public", "1.6", std::nullopt};
  EXPECT_EQ(render(CreateExtension{citext}),
            Statements{"CREATE EXTENSION \"citext\" WITH SCHEMA \"public\" VERSION '1.6'"});
}

TEST(RenderExtension, CreateWithoutSchemaOrVersion) {
  EXPECT_EQ(render(CreateExtension{{"uuid-ossp", "", "", std::nullopt}}),
            Statements{"CREATE EXTENSION \"uuid-ossp\""});
}

TEST(RenderExtension, Drop) {
  EXPECT_EQ(render(DropExtension{{"citext", "public", "1.6", std::nullopt}}),
            Statements{"DROP EXTENSION \"citext\""});
}

TEST(RenderExtension, AlterUpdatesVersion) {
  const Extension from{"citext", "public", "1.5", std::nullopt};
  const Extension to{"citext", "public", "1.6", std::nullopt};
  EXPECT_EQ(render(AlterExtension{from, to}),
            Statements{"ALTER EXTENSION \"citext\" UPDATE TO '1.6'"});
}

TEST(RenderExtension, AlterMovesSchemaThenUpdates) {
  const Extension from{"citext", "public", "1.5", std::nullopt};
  const Extension to{"citext", "Ext Schema", "1.6", std::nullopt};
  EXPECT_EQ(render(AlterExtension{from, to}),
            (Statements{"ALTER EXTENSION \"citext\" SET SCHEMA \"Ext Schema\"",
                        "ALTER EXTENSION \"citext\" UPDATE TO '1.6'"}));
}

TEST(RenderExtension, AlterWithNothingToDoIsEmpty) {
  const Extension same{"citext", "public", "1.6", std::nullopt};
  EXPECT_TRUE(render(AlterExtension{same, same}).empty());
}

}  // namespace
}  // namespace schemadiff
