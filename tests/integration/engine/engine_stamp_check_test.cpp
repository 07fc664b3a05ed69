// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "integration/engine/engine_project.hpp"

namespace schemadiff::testing {
namespace {

using Names = std::vector<std::string>;

const char* const k_users = "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n";
const char* const k_orders = "CREATE TABLE orders (id int PRIMARY KEY);\n";

// Two revisions; the models match their head.
void add_history(EngineProject& project) {
  project.add_revision("a1a1a1a1a1a1", {}, k_users, "DROP TABLE users;", "users");
  project.add_revision("b2b2b2b2b2b2", {"a1a1a1a1a1a1"}, k_orders, "DROP TABLE orders;", "orders");
  project.set_models(std::string(k_users) + k_orders);
}

TEST(EngineStamp, VerifyAdoptsAMatchingDatabase) {
  EngineProject project("stamp_ok");
  add_history(project);
  project.database().execute(std::string(k_users) + k_orders);
  auto result = project.run({"stamp", "head", "--verify"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(project.version_rows(), Names{"b2b2b2b2b2b2"});
  // Not the head: compared with the replayed history.
  EngineProject older("stamp_old");
  add_history(older);
  older.database().execute(k_users);
  result = older.run({"stamp", "a1a1", "--verify"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(older.version_rows(), Names{"a1a1a1a1a1a1"});
}

TEST(EngineStamp, VerifyRefusesADifferentDatabase) {
  EngineProject project("stamp_diff");
  add_history(project);
  project.database().execute(k_users);
  const auto result = project.run({"stamp", "head", "--verify"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("CREATE TABLE \"public\".\"orders\""), std::string::npos) << result.out;
  EXPECT_TRUE(project.version_rows().empty());
}

TEST(EngineStamp, StampAndPurgeWriteOnlyTheVersionTable) {
  EngineProject project("stamp");
  add_history(project);
  ASSERT_EQ(project.run({"stamp", "a1a1"}).exit_code, 0);
  EXPECT_EQ(project.version_rows(), Names{"a1a1a1a1a1a1"});
  EXPECT_TRUE(project.tables().empty());
  ASSERT_EQ(project.run({"stamp", "b2b2"}).exit_code, 0);
  EXPECT_EQ(project.version_rows(), Names{"b2b2b2b2b2b2"});
  Database db = project.database().connect();
  db.execute("INSERT INTO schemadiff_version VALUES ('unrelated')");
  ASSERT_EQ(project.run({"stamp", "a1a1", "--purge"}).exit_code, 0);
  EXPECT_EQ(project.version_rows(), Names{"a1a1a1a1a1a1"});
  ASSERT_EQ(project.run({"stamp", "base"}).exit_code, 0);
  EXPECT_TRUE(project.version_rows().empty());
}

TEST(EngineCheck, ExitCodesForEachKindOfDrift) {
  EngineProject project("check");
  add_history(project);
  // Missing revisions.
  auto result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_NE(result.out.find("2 revision(s) not applied: a1a1a1a1a1a1, b2b2b2b2b2b2"), std::string::npos) << result.out;

  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("database: matches its applied revisions"), std::string::npos) << result.out;
  result = project.run({"check", "--format", "json"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("\"clean\": true"), std::string::npos) << result.out;

  // Models changed without a revision.
  project.set_models(std::string(k_users) + k_orders + "CREATE TABLE extra (id int);\n");
  result = project.run({"check", "--skip-database"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("models: changed without a revision"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("CREATE TABLE \"public\".\"extra\""), std::string::npos) << result.out;
  project.set_models(std::string(k_users) + k_orders);

  // The database drifted from its revisions.
  project.database().execute("ALTER TABLE orders ADD COLUMN note text");
  result = project.run({"check", "--format", "json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("\"drift\": true"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("DROP COLUMN \\\"note\\\""), std::string::npos) << result.out;
  project.database().execute("ALTER TABLE orders DROP COLUMN note");
  EXPECT_EQ(project.run({"check"}).exit_code, 0);

  // An unreachable database is an error.
  EXPECT_EQ(project.run({"check", "--url", "postgresql://127.0.0.1:1/none"}).exit_code, 1);
}

TEST(EngineCheck, EditedAppliedRevisionIsReported) {
  EngineProject project("edited");
  add_history(project);
  const std::string path = project.versions_dir() + "/a1a1a1a1a1a1_users.sql";
  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  std::ofstream(path, std::ios::app) << "-- edited after it was applied\n";

  auto result = project.run({"history"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("<base> -> a1a1a1a1a1a1 (applied; file changed since"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("b2b2b2b2b2b2 (head) (applied), orders"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("1 applied revision(s) changed"), std::string::npos) << result.err;

  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("revision a1a1a1a1a1a1 was applied from a file that has changed"), std::string::npos)
      << result.out;
}

TEST(EngineInit, WritesTheLayoutAndRefusesToOverwrite) {
  const auto dir = std::filesystem::temp_directory_path() / "schemadiff_engine_init_test";
  std::filesystem::remove_all(dir);
  auto result = run_cli({"init", dir.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::is_directory(dir / "schema_models"));
  EXPECT_TRUE(std::filesystem::is_directory(dir / "migrations/versions"));
  const std::string config = read_file((dir / "schemadiff.toml").string());
  for (const char* key : {"url = ", "models = ", "versions = ", "dev_url = ", "version_table = ", "schemas = "}) {
    EXPECT_NE(config.find(key), std::string::npos) << key;
  }
  {
    ScopedCurrentDir in_project(dir.string());
    EXPECT_EQ(run_cli({"heads"}).exit_code, 0);  // the written config is readable
  }
  result = run_cli({"init", dir.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("already exists"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace schemadiff::testing
