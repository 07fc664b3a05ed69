// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/load/sql_statements.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/pg/database.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

int scratch_databases_left() {
  Database admin = Database::connect(testing::server_url());
  const auto rows = admin.query("SELECT count(*) FROM pg_database WHERE datname LIKE 'schemadiff_scratch_%'");
  return std::stoi(*rows.rows().at(0).at(0));
}

TEST(LoadSplit, UsesThePostgresParser) {
  const auto statements = split_sql_statements(
      "-- a comment; with a semicolon\nCREATE TABLE a (x text DEFAULT ';');\n\n"
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n  /* c */ SELECT 'é'",
      "m.sql");
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_EQ(statements[0].text, "CREATE TABLE a (x text DEFAULT ';')");
  EXPECT_EQ(statements[0].line, 2u);
  EXPECT_EQ(statements[1].line, 4u);
  EXPECT_EQ(statements[2].text, "SELECT 'é'");
  EXPECT_EQ(statements[2].line, 5u);
  EXPECT_EQ(statements[2].column, 11u);
}

TEST(LoadDeclaredModel, SyntaxErrorNamesFileLineAndColumn) {
  const std::string file = testing::fixture_path("load/syntax_error/model.sql");
  try {
    load_declared_model(file, testing::scratch_on_test_server());
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), file + ":3:33");
    EXPECT_NE(std::string(e.what()).find("syntax error at or near \",\""), std::string::npos) << e.what();
  }
  EXPECT_EQ(scratch_databases_left(), 0);
}

TEST(LoadDeclaredModel, FailingStatementInThirdFileNamesItAndLeavesNothingBehind) {
  const std::string dir = testing::fixture_path("load/bad_sql_in_third_file");
  try {
    load_declared_model(dir, testing::scratch_on_test_server());
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), dir + "/03_indexes.sql:4:1");
    const std::string message = e.what();
    EXPECT_NE(message.find("column \"name\" does not exist (SQLSTATE 42703)"), std::string::npos) << message;
    EXPECT_NE(message.find("in: CREATE INDEX idx_people_name ..."), std::string::npos) << message;
  }
  EXPECT_EQ(scratch_databases_left(), 0);
}

TEST(LoadDeclaredModel, FilesAreAppliedInPathOrder) {
  const auto files = model_files(testing::fixture_path("load/bad_sql_in_third_file"));
  ASSERT_EQ(files.size(), 3u);
  EXPECT_NE(files[0].find("01_types.sql"), std::string::npos);
  EXPECT_NE(files[2].find("03_indexes.sql"), std::string::npos);
}

TEST(LoadDeclaredModel, MissingLocationIsAnError) {
  EXPECT_THROW(model_files(testing::fixture_path("load/no_such_dir")), ModelError);
}

}  // namespace
}  // namespace schemadiff

namespace schemadiff {
namespace {

// The example application's models, applied file by file to a live database, introspect
// equal to the same models read as declared models: no diff for an unchanged model.
TEST(LoadDeclaredModel, ExampleModelsHaveNoDiffAgainstThemselves) {
  const std::string dir = testing::fixture_path("../schema_models");
  testing::TestDatabase db("schema_models");
  for (const auto& file : model_files(dir)) {
    db.execute(testing::read_file(file));
  }
  Database connection = db.connect();
  const SchemaModel live = introspect(connection);
  const SchemaModel declared = load_declared_model(dir, testing::scratch_on_test_server());
  EXPECT_TRUE(live == declared);
  EXPECT_FALSE(live.tables.empty());
}

}  // namespace
}  // namespace schemadiff

namespace schemadiff {
namespace {

TEST(LoadDeclaredModel, WarnsWhenScratchAndTargetMajorVersionsDiffer) {
  std::vector<std::string> warnings;
  ScratchOptions scratch = testing::scratch_on_test_server();
  scratch.target_server_version = 120005;
  scratch.warn = [&](const std::string& message) { warnings.push_back(message); };
  load_declared_model(testing::fixture_path("diff/tables/create_table/to.sql"), scratch);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("but the target is PostgreSQL 12"), std::string::npos) << warnings[0];

  warnings.clear();
  Database db = Database::connect(testing::server_url());
  scratch.target_server_version = db.server_version();
  load_declared_model(testing::fixture_path("diff/tables/create_table/to.sql"), scratch);
  EXPECT_TRUE(warnings.empty());
}

}  // namespace
}  // namespace schemadiff
