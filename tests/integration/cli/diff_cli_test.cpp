// SPDX-License-Identifier: MIT
// `schemadiff diff` as a user runs it: sources of every kind, exit codes 0/2/1, the
// downgrade, JSON output with hazards, and the hazard summary on stderr.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/cli_runner.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

using testing::run_cli;

class DiffCli : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = std::filesystem::temp_directory_path() / ("schemadiff-diffcli-" + m_from.name());
    std::filesystem::create_directories(m_dir);
    m_from.execute("CREATE TABLE cameras (id text PRIMARY KEY, legacy text)");
    m_to.execute("CREATE TABLE cameras (id text PRIMARY KEY, name text NOT NULL DEFAULT 'x')");
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }

  std::string write(const std::string& name, const std::string& text) const {
    const auto path = (m_dir / name).string();
    std::ofstream(path) << text;
    return path;
  }

  testing::TestDatabase m_from{"diffcli_from"};
  testing::TestDatabase m_to{"diffcli_to"};
  std::filesystem::path m_dir;
};

TEST_F(DiffCli, NoDifferencesExitsZeroAndPrintsNothing) {
  const auto result = run_cli({"diff", "--from", m_from.url(), "--to", m_from.url()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST_F(DiffCli, DifferencesExitTwoWithSqlAndHazards) {
  const auto result = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url()});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("ALTER TABLE \"public\".\"cameras\" DROP COLUMN \"legacy\";"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("ADD COLUMN \"name\" text DEFAULT 'x'::text NOT NULL"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("hazard deletes_data"), std::string::npos) << result.err;
}

TEST_F(DiffCli, DowngradeIsTheReverse) {
  const auto result = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url(), "--downgrade"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("DROP COLUMN \"name\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("ADD COLUMN \"legacy\" text"), std::string::npos) << result.out;
}

TEST_F(DiffCli, JsonListsStatementsWithHazardsAndLocks) {
  const auto result = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url(), "--format", "json"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("\"statements\": ["), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"hazards\": [\n        \"deletes_data\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"lock\": \"access_exclusive\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"transactional\": true"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.back(), '\n');
}

TEST_F(DiffCli, SnapshotsAndDeclaredModelsAreSources) {
  const auto snapshot = run_cli({"inspect", "--url", m_to.url(), "--format", "json"});
  ASSERT_EQ(snapshot.exit_code, 0) << snapshot.err;
  const std::string json = write("to.json", snapshot.out);
  const std::string sql =
      write("to.sql", "CREATE TABLE cameras (id text PRIMARY KEY, name text NOT NULL DEFAULT 'x');\n");

  EXPECT_EQ(run_cli({"diff", "--from", m_to.url(), "--to", json}).exit_code, 0);
  EXPECT_EQ(run_cli({"diff", "--from", json, "--to", m_to.url()}).exit_code, 0);
  const auto declared = run_cli({"diff", "--from", m_to.url(), "--to", sql});
  EXPECT_EQ(declared.exit_code, 0) << declared.out << declared.err;
  EXPECT_EQ(run_cli({"diff", "--from", m_from.url(), "--to", json}).exit_code, 2);
}

TEST_F(DiffCli, BadSourcesAreOneLineErrors) {
  const std::string broken = write("broken.json", "{\"format\": \"schemadiff-model\", \"version\": 1, \"tablez\": []}");
  const auto result = run_cli({"diff", "--from", broken, "--to", m_to.url()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("broken.json"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("unknown key \"tablez\""), std::string::npos) << result.err;

  const std::string bad_sql = write("bad.sql", "CREATE TABLE t (id integer);\nCREATE TABLE u (id nosuchtype);\n");
  const auto sql_result = run_cli({"diff", "--from", m_from.url(), "--to", bad_sql});
  EXPECT_EQ(sql_result.exit_code, 1);
  EXPECT_NE(sql_result.err.find("bad.sql:2:1"), std::string::npos) << sql_result.err;
  EXPECT_NE(sql_result.err.find("SQLSTATE 42704"), std::string::npos) << sql_result.err;
  EXPECT_EQ(std::count(sql_result.err.begin(), sql_result.err.end(), '\n'), 1) << sql_result.err;

  EXPECT_EQ(run_cli({"diff", "--from", m_from.url()}).exit_code, 64);
}

}  // namespace
}  // namespace schemadiff
