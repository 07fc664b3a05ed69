// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "integration/engine/engine_project.hpp"
#include "support/test_database.hpp"

namespace schemadiff::testing {
namespace {

std::string single_value(Database& db, const std::string& sql) {
  const ResultSet result = db.query(sql);
  return result.empty() ? std::string("<no row>") : result.rows()[0][0].value_or("<null>");
}

// A database (or role, or server) with standard_conforming_strings off reads '\d' as 'd':
// the migration session sets what the generated SQL was written for, and introspection
// reads such a database like any other.
TEST(EngineSessionSettings, BackslashesSurviveStandardConformingStringsOff) {
  EngineProject project("scs_off");
  project.database().execute("ALTER DATABASE " + project.database().name() +
                             " SET standard_conforming_strings = off");
  project.set_models(
      "CREATE TABLE paths (\n"
      "  p text DEFAULT 'C:\\new\\dir',\n"
      "  CONSTRAINT digits CHECK (p ~ '^\\d+$' OR p LIKE 'C:%')\n"
      ");\n"
      "COMMENT ON TABLE paths IS 'a\\tb';\n");
  ASSERT_EQ(project.run({"autogenerate", "-m", "paths", "--rev-id", "e1e1e1e1e1e1"}).exit_code, 0);
  const CliResult up = project.run({"upgrade"});
  ASSERT_EQ(up.exit_code, 0) << up.err;

  Database db = project.database().connect();
  db.execute("SET standard_conforming_strings = on");
  EXPECT_EQ(single_value(db, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'paths'::regclass"),
            "'C:\\new\\dir'::text");
  EXPECT_EQ(single_value(db, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'digits'"),
            "CHECK (((p ~ '^\\d+$'::text) OR (p ~~ 'C:%'::text)))");
  EXPECT_EQ(single_value(db, "SELECT obj_description('paths'::regclass, 'pg_class')"), "a\\tb");

  const CliResult check = project.run({"check"});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

}  // namespace
}  // namespace schemadiff::testing
