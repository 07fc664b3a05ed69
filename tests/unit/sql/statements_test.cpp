// SPDX-License-Identifier: MIT
#include "schemadiff/sql/statements.hpp"

#include <gtest/gtest.h>

#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

TEST(SqlStatements, StatementsStartAtTheirFirstTokenAfterComments) {
  const auto statements = split_sql_statements(
      "-- header\nCREATE TABLE a (x text DEFAULT ';');\n\n  /* b */ CREATE FUNCTION f() RETURNS int\n"
      "LANGUAGE sql AS $$ SELECT 1; $$;\n-- trailing comment only\n",
      "m.sql");
  ASSERT_EQ(statements.size(), 2U);
  EXPECT_EQ(statements[0].text, "CREATE TABLE a (x text DEFAULT ';')");
  EXPECT_EQ(statements[0].line, 2U);
  EXPECT_EQ(statements[0].column, 1U);
  EXPECT_EQ(statements[1].text, "CREATE FUNCTION f() RETURNS int\nLANGUAGE sql AS $$ SELECT 1; $$");
  EXPECT_EQ(statements[1].line, 4U);
  EXPECT_EQ(statements[1].column, 11U);
}

TEST(SqlStatements, ASyntaxErrorIsAModelErrorAtItsCharacter) {
  try {
    split_sql_statements("SELECT 'é';\nCREATE TABLE (;", "m.sql");
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), "m.sql:2:14");
  }
}

}  // namespace
}  // namespace schemadiff
