// SPDX-License-Identifier: MIT
// The one owner of scratch databases: declared models and replays each get a database of
// their own on the named server, which is gone afterwards, also after a failure.
#include <gtest/gtest.h>

#include "schemadiff/engine/compare.hpp"
#include "schemadiff/engine/scratch_server.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/pg/database.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

int scratch_databases_left() {
  Database admin = Database::connect(testing::server_url());
  const auto rows = admin.query(
      "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemadiff\\_scratch\\_%' OR datname LIKE "
      "'schemadiff\\_replay\\_%'");
  return std::stoi(*rows.rows().at(0).at(0));
}

TEST(ScratchServer, LoadsModelsWithTheirHintsAndDropsTheDatabase) {
  ScratchServer scratch(testing::server_url());
  EXPECT_TRUE(scratch.available());
  const DeclaredModel declared = scratch.load_models(testing::fixture_path("diff/renames/table/to.sql"), {});
  EXPECT_FALSE(declared.model.tables.empty());
  EXPECT_FALSE(declared.renames.empty());
  EXPECT_EQ(scratch_databases_left(), 0);
}

TEST(ScratchServer, FailingModelsLeaveNothingBehind) {
  ScratchServer scratch(testing::server_url());
  const std::string dir = testing::fixture_path("load/bad_sql_in_third_file");
  try {
    scratch.load_models(dir, {});
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), dir + "/03_indexes.sql:4:1");
  }
  EXPECT_THROW(scratch.load_models(testing::fixture_path("load/syntax_error/model.sql"), {}), ModelError);
  EXPECT_EQ(scratch_databases_left(), 0);
}

TEST(ScratchServer, EmbeddedServerStartsOnFirstUse) {
  ScratchServer scratch;
  EXPECT_FALSE(scratch.available());
  const DeclaredModel declared = scratch.load_models(testing::fixture_path("diff/tables/create_table/to.sql"), {});
  EXPECT_FALSE(declared.model.tables.empty());
  EXPECT_TRUE(scratch.available());
  EXPECT_NE(scratch.server_url(), testing::server_url());
  EXPECT_EQ(scratch_databases_left(), 0);
}

TEST(ScratchServer, WarnsWhenScratchAndTargetMajorVersionsDiffer) {
  const auto warning = scratch_version_warning(150004, 120005);
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("but the target is PostgreSQL 12"), std::string::npos) << *warning;
  EXPECT_FALSE(scratch_version_warning(150004, 150010).has_value());
}

}  // namespace
}  // namespace schemadiff
