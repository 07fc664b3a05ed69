// SPDX-License-Identifier: MIT
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "integration/engine/engine_project.hpp"
#include "schemadiff/engine/version_tables.hpp"

namespace schemadiff::testing {
namespace {

using Names = std::vector<std::string>;

// r1..r4 each create one table t1..t4.
void add_linear_history(EngineProject& project) {
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int);", "DROP TABLE t1;", "one");
  project.add_revision("b2b2b2b2b2b2", {"a1a1a1a1a1a1"}, "CREATE TABLE t2 (id int);", "DROP TABLE t2;", "two");
  project.add_revision("c3c3c3c3c3c3", {"b2b2b2b2b2b2"}, "CREATE TABLE t3 (id int);", "DROP TABLE t3;", "three");
  project.add_revision("d4d4d4d4d4d4", {"c3c3c3c3c3c3"}, "CREATE TABLE t4 (id int);", "DROP TABLE t4;", "four");
}

TEST(EngineUpgrade, EveryTargetForm) {
  EngineProject project("targets");
  add_linear_history(project);

  auto result = project.run({"upgrade", "+1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"a1a1a1a1a1a1"});
  EXPECT_NE(result.out.find("[1/1] upgrade a1a1a1a1a1a1: one"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("The database is now at a1a1a1a1a1a1"), std::string::npos) << result.out;

  result = project.run({"upgrade", "c3c"});  // a unique prefix
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.tables(), (Names{"public.t1", "public.t2", "public.t3"}));

  result = project.run({"current"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "c3c3c3c3c3c3, three\n");

  result = project.run({"upgrade"});  // head
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"d4d4d4d4d4d4"});
  result = project.run({"upgrade", "head"});
  EXPECT_NE(result.out.find("Nothing to do"), std::string::npos);

  result = project.run({"downgrade", "-1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"c3c3c3c3c3c3"});

  result = project.run({"downgrade", "a1a1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.tables(), Names{"public.t1"});

  result = project.run({"downgrade", "base"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(project.tables().empty());
  EXPECT_TRUE(project.version_rows().empty());
  EXPECT_EQ(project.run({"current"}).out, "base (nothing applied)\n");

  result = project.run({"upgrade", "a1a1a1a1a1a1+2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"c3c3c3c3c3c3"});

  result = project.run({"upgrade", "heads"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"d4d4d4d4d4d4"});

  EXPECT_EQ(project.run({"upgrade", "zz"}).exit_code, 64);
  EXPECT_EQ(project.run({"downgrade", "+1"}).exit_code, 64);
}

TEST(EngineUpgrade, FailureInTheThirdOfFourLeavesNoTrace) {
  EngineProject project("rollback");
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int);", "DROP TABLE t1;", "one");
  project.add_revision("b2b2b2b2b2b2", {"a1a1a1a1a1a1"}, "INSERT INTO t1 VALUES (1);", "DELETE FROM t1;", "two");
  project.add_revision("c3c3c3c3c3c3", {"b2b2b2b2b2b2"},
                       "CREATE TABLE t3 (id int);\n\nALTER TABLE missing ADD COLUMN x int;\n", "DROP TABLE t3;",
                       "three");
  project.add_revision("d4d4d4d4d4d4", {"c3c3c3c3c3c3"}, "CREATE TABLE t4 (id int);", "DROP TABLE t4;", "four");

  const auto result = project.run({"upgrade"});
  EXPECT_EQ(result.exit_code, 1);
  // Header (4 lines), a blank line and the marker put the upgrade SQL at line 7.
  EXPECT_NE(result.err.find("revision c3c3c3c3c3c3 (upgrade) failed at migrations/versions/c3c3c3c3c3c3_three.sql:9"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("SQLSTATE 42P01, class 42 (programming error)"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("relation \"missing\" does not exist"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("rolled back: the database is at base (nothing applied)"), std::string::npos) << result.err;
  // Not even the version tables remain.
  Database db = project.database().connect();
  EXPECT_TRUE(db.query("SELECT 1 FROM pg_class WHERE relname IN ('t1', 't3', 'schemadiff_version', "
                       "'schemadiff_history')")
                  .empty());

  // Per-revision transactions keep what committed before the failure.
  const auto per_revision = project.run({"upgrade", "--transaction-per-revision"});
  EXPECT_EQ(per_revision.exit_code, 1);
  EXPECT_NE(per_revision.err.find("stopped: the database is at b2b2b2b2b2b2"), std::string::npos) << per_revision.err;
  EXPECT_EQ(project.version_rows(), Names{"b2b2b2b2b2b2"});
}

TEST(EngineUpgrade, IntegrityErrorsAreNamedAsSuch) {
  EngineProject project("integrity");
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int PRIMARY KEY);\nINSERT INTO t1 VALUES (1), (1);",
                       "DROP TABLE t1;", "dup");
  const auto result = project.run({"upgrade"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("SQLSTATE 23505, class 23 (integrity error)"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("a1a1a1a1a1a1_dup.sql:8"), std::string::npos) << result.err;
}

TEST(EngineUpgrade, SecondRunWaitsForTheLockThenFails) {
  EngineProject project("lock");
  add_linear_history(project);
  Database holder = project.database().connect();
  holder.execute(fmt::format("SELECT pg_advisory_lock({})", VersionTables{}.lock_key()));
  const auto result = project.run({"upgrade", "--lock-timeout", "0.5"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("another schemadiff run holds the migration lock"), std::string::npos) << result.err;
  EXPECT_TRUE(project.tables().empty());
  holder.execute(fmt::format("SELECT pg_advisory_unlock({})", VersionTables{}.lock_key()));
  EXPECT_EQ(project.run({"upgrade", "--lock-timeout", "0.5"}).exit_code, 0);
}

// Two real runs: the first (a separate process) holds the lock while its revision sleeps.
TEST(EngineUpgrade, ConcurrentUpgradesNeverInterleave) {
  EngineProject project("concurrent");
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int);\nSELECT pg_sleep(3);", "DROP TABLE t1;", "slow");
  const std::string command =
      fmt::format("cd '{}' && '{}' upgrade --lock-timeout 10 >/dev/null 2>&1", project.dir(), SCHEMADIFF_BINARY);
  FILE* first = ::popen(command.c_str(), "r");
  ASSERT_NE(first, nullptr);
  Database db = project.database().connect();
  bool locked = false;
  for (int attempt = 0; attempt < 100 && !locked; ++attempt) {
    locked = !db.query(
                    "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())")
                  .empty();
    if (!locked) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ASSERT_TRUE(locked);
  const auto second = project.run({"upgrade", "--lock-timeout", "0.5"});
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("another schemadiff run holds the migration lock"), std::string::npos) << second.err;
  const int status = ::pclose(first);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  EXPECT_EQ(project.version_rows(), Names{"a1a1a1a1a1a1"});
  // Once the first run is done, a second one finds nothing left to do.
  const auto again = project.run({"upgrade", "--lock-timeout", "0.5"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("Nothing to do"), std::string::npos) << again.out;
}

TEST(EngineUpgrade, NoTransactionStatementsRunOutsideTheTransaction) {
  EngineProject project("notx");
  project.add_revision(
      "a1a1a1a1a1a1", {},
      "CREATE TABLE t1 (id int);\n-- schemadiff:no-transaction\nCREATE INDEX CONCURRENTLY t1_id ON t1 (id);\n",
      "DROP TABLE t1;", "concurrently");
  const auto result = project.run({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Database db = project.database().connect();
  EXPECT_FALSE(db.query("SELECT 1 FROM pg_class WHERE relname = 't1_id'").empty());
}

TEST(EngineUpgrade, MultipleHeadsAreRefusedForHead) {
  EngineProject project("heads");
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int);", "DROP TABLE t1;", "base");
  project.add_revision("b2b2b2b2b2b2", {"a1a1a1a1a1a1"}, "CREATE TABLE t2 (id int);", "DROP TABLE t2;", "left");
  project.add_revision("c3c3c3c3c3c3", {"a1a1a1a1a1a1"}, "CREATE TABLE t3 (id int);", "DROP TABLE t3;", "right");
  const auto result = project.run({"upgrade"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("b2b2b2b2b2b2, c3c3c3c3c3c3"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("merge heads"), std::string::npos) << result.err;
  EXPECT_TRUE(project.tables().empty());
}

}  // namespace
}  // namespace schemadiff::testing
