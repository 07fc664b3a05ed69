// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "integration/engine/engine_project.hpp"
#include "support/test_database.hpp"

namespace schemadiff::testing {
namespace {

const char* const k_models_v1 =
    "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, nickname text);\n"
    "CREATE INDEX users_email ON users (email);\n";
const char* const k_models_v2 =
    "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n"
    "CREATE INDEX users_email ON users (email);\n"
    "CREATE TABLE orders (id int PRIMARY KEY, total numeric(10, 2));\n";

std::string only_revision_file_named(const std::string& dir, const std::string& id) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with(id)) {
      return read_file(entry.path().string());
    }
  }
  return {};
}

TEST(EngineAutogenerate, ThenUpgradeThenAutogenerateAgainFindsNoChanges) {
  EngineProject project("autogen");
  project.set_models(k_models_v1);

  auto result = project.run({"autogenerate", "-m", "initial", "--rev-id", "a1a1a1a1a1a1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.revision_count(), 1u);
  const std::string text = only_revision_file_named(project.versions_dir(), "a1a1a1a1a1a1");
  EXPECT_NE(text.find("CREATE TABLE \"public\".\"users\""), std::string::npos) << text;
  EXPECT_NE(text.find("-- schemadiff:downgrade\n"
                      "-- schemadiff:step hazards=deletes_data,access_exclusive_lock lock=access_exclusive tx=yes\n"
                      "DROP"), std::string::npos) << text;

  result = project.run({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  result = project.run({"autogenerate", "-m", "nothing"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "No changes detected\n");
  EXPECT_EQ(project.revision_count(), 1u);

  // A change that deletes data is called out in the file and on stderr.
  project.set_models(k_models_v2);
  result = project.run({"revision", "--autogenerate", "-m", "orders", "--rev-id", "b2b2b2b2b2b2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("warning: deletes data: ALTER TABLE \"public\".\"users\" DROP COLUMN \"nickname\""),
            std::string::npos)
      << result.err;
  const std::string second = only_revision_file_named(project.versions_dir(), "b2b2b2b2b2b2");
  EXPECT_NE(second.find("-- WARNING: the upgrade deletes data:\n--   ALTER TABLE"), std::string::npos) << second;

  // Not at head: refused, naming what is missing.
  result = project.run({"autogenerate", "-m", "too early"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("not at head: 1 revision(s) not applied (b2b2b2b2b2b2)"), std::string::npos) << result.err;

  // The history alone says the same as the database would after upgrading.
  result = project.run({"autogenerate", "--from", "history", "-m", "nothing"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "No changes detected\n");

  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  EXPECT_EQ(project.run({"autogenerate", "-m", "nothing"}).out, "No changes detected\n");
  // The generated downgrades go back to where we started.
  ASSERT_EQ(project.run({"downgrade", "base"}).exit_code, 0);
  EXPECT_TRUE(project.tables().empty());
}

TEST(EngineAutogenerate, VersionTablesInTheirOwnSchemaAreLeftOutOfTheComparison) {
  EngineProject project("own_schema");
  project.set_models(k_models_v1);
  const std::vector<std::string> table = {"--version-table", "ops.deploy_version"};
  auto with_table = [&](std::vector<std::string> args) {
    args.insert(args.end(), table.begin(), table.end());
    return project.run(args);
  };
  ASSERT_EQ(with_table({"autogenerate", "-m", "initial"}).exit_code, 0);
  auto result = with_table({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Database db = project.database().connect();
  EXPECT_EQ(db.query("SELECT count(*) FROM ops.deploy_version").rows().at(0).at(0), "1");
  EXPECT_EQ(db.query("SELECT count(*) FROM ops.deploy_history").rows().at(0).at(0), "1");
  result = with_table({"autogenerate", "-m", "nothing"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "No changes detected\n");
  result = with_table({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  // The default table was never created.
  EXPECT_TRUE(project.version_rows().empty());
}

}  // namespace
}  // namespace schemadiff::testing
