// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/load/sql_statements.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/load/rename_hints.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/pg/database.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

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
    testing::load_declared(file);
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), file + ":3:33");
    EXPECT_NE(std::string(e.what()).find("syntax error at or near \",\""), std::string::npos) << e.what();
  }
}

TEST(LoadDeclaredModel, FailingStatementInThirdFileNamesIt) {
  const std::string dir = testing::fixture_path("load/bad_sql_in_third_file");
  try {
    testing::load_declared(dir);
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), dir + "/03_indexes.sql:4:1");
    const std::string message = e.what();
    EXPECT_NE(message.find("column \"name\" does not exist (SQLSTATE 42703)"), std::string::npos) << message;
    EXPECT_NE(message.find("in: CREATE INDEX idx_people_name ..."), std::string::npos) << message;
  }
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
  const SchemaModel declared = testing::load_declared(dir).model;
  EXPECT_TRUE(live == declared);
  EXPECT_FALSE(live.tables.empty());
}

}  // namespace
}  // namespace schemadiff

namespace schemadiff {
namespace {

// The hints come with the model, from the same reading of the files.
TEST(LoadDeclaredModel, ReturnsTheRenameHintsOfTheFiles) {
  const std::string file = testing::fixture_path("diff/renames/table/to.sql");
  const DeclaredModel declared = testing::load_declared(file);
  EXPECT_FALSE(declared.renames.empty());
  EXPECT_EQ(declared.renames, read_rename_hints(file));
  EXPECT_TRUE(declared.model.tables.contains(QualifiedName{"public", "camera_zones"}));
}

TEST(LoadDeclaredModel, FilesWithoutHintsHaveNone) {
  EXPECT_TRUE(testing::load_declared(testing::fixture_path("diff/tables/create_table/to.sql")).renames.empty());
}

}  // namespace
}  // namespace schemadiff
