// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "integration/engine/engine_project.hpp"

namespace schemadiff::testing {
namespace {

void add_history(EngineProject& project) {
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);",
                       "DROP TABLE users;", "users");
  project.add_revision("b2b2b2b2b2b2", {"a1a1a1a1a1a1"},
                       "ALTER TABLE users ADD COLUMN name text;\n-- schemadiff:no-transaction\n"
                       "CREATE INDEX CONCURRENTLY users_email ON users (email);\n",
                       "DROP INDEX users_email;\nALTER TABLE users DROP COLUMN name;", "name and index");
  project.add_revision("c3c3c3c3c3c3", {"b2b2b2b2b2b2"}, "CREATE TABLE orders (id int, user_id int REFERENCES users);",
                       "DROP TABLE orders;", "orders");
}

// psql with ON_ERROR_STOP, as an operator would apply the script.
int run_psql(const std::string& url, const std::string& script, const std::string& dir) {
  const std::string file = dir + "/offline.sql";
  std::ofstream(file) << script;
  const std::string command = "psql -X -q -v ON_ERROR_STOP=1 -d '" + url + "' -f '" + file + "' >/dev/null";
  return std::system(command.c_str());
}

TEST(EngineOffline, SqlOutputAppliedWithPsqlMatchesTheOnlineRun) {
  EngineProject online("online");
  add_history(online);
  ASSERT_EQ(online.run({"upgrade"}).exit_code, 0);

  EngineProject offline("offline");
  add_history(offline);
  const auto script = offline.run({"upgrade", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_NE(script.out.find("COMMIT;\nCREATE INDEX CONCURRENTLY users_email ON users (email);\nBEGIN;\n"),
            std::string::npos)
      << script.out;
  ASSERT_EQ(run_psql(offline.database().url(), script.out, offline.dir()), 0);
  EXPECT_EQ(inspect_without_version_tables(offline.database().url()),
            inspect_without_version_tables(online.database().url()));
  EXPECT_EQ(offline.version_rows(), online.version_rows());
  // The offline run is recorded like an online one: `current` agrees.
  EXPECT_EQ(offline.run({"current"}).out, "c3c3c3c3c3c3 (head), orders\n");

  // A FROM:TO range downgrade script, also through psql.
  const auto down = offline.run({"downgrade", "--sql", "head:a1a1"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  ASSERT_EQ(run_psql(offline.database().url(), down.out, offline.dir()), 0);
  ASSERT_EQ(online.run({"downgrade", "a1a1"}).exit_code, 0);
  EXPECT_EQ(inspect_without_version_tables(offline.database().url()),
            inspect_without_version_tables(online.database().url()));
  EXPECT_EQ(offline.version_rows(), std::vector<std::string>{"a1a1a1a1a1a1"});
  EXPECT_EQ(offline.run({"downgrade", "--sql", "-1"}).exit_code, 64);
}

}  // namespace
}  // namespace schemadiff::testing
