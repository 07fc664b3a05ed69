// SPDX-License-Identifier: MIT
// Where declared models run: model files are arbitrary SQL, so `diff` applies them on an
// embedded throwaway server unless a server for scratch databases is named (--dev-url or
// dev_url), never on the server of the database being compared.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "support/cli_runner.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

using testing::run_cli;

std::set<std::string> database_names() {
  Database admin = Database::connect(testing::server_url());
  std::set<std::string> names;
  const ResultSet result = admin.query("SELECT datname FROM pg_catalog.pg_database");
  for (const auto& row : result.rows()) {
    names.insert(*row.at(0));
  }
  return names;
}

std::string data_directory() {
  Database admin = Database::connect(testing::server_url());
  const ResultSet result = admin.query("SHOW data_directory");
  return *result.rows().at(0).at(0);
}

bool role_exists(const std::string& role) {
  Database admin = Database::connect(testing::server_url());
  return !admin.query("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", {role}).empty();
}

class ScratchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(m_models);
    // The table's comment says which cluster ran the model files.
    write("01_where.sql",
          "CREATE TABLE where_applied (id integer);\n"
          "DO $$ BEGIN EXECUTE format('COMMENT ON TABLE where_applied IS %L', "
          "current_setting('data_directory')); END $$;\n");
  }
  void TearDown() override {
    std::filesystem::remove_all(m_models);
    Database::connect(testing::server_url()).execute("DROP ROLE IF EXISTS " + m_role);
  }

  void write(const std::string& name, const std::string& text) const { std::ofstream(m_models / name) << text; }

  testing::TestDatabase m_live{"scratchcli"};
  std::filesystem::path m_models =
      std::filesystem::temp_directory_path() / ("schemadiff-scratchcli-" + m_live.name());
  std::string m_role = m_live.name() + "_role";
};

TEST_F(ScratchCli, ModelsNeverRunOnTheServerOfTheDatabaseSide) {
  // A role is cluster-wide: it would outlive a scratch database on the live server.
  write("02_role.sql", "CREATE ROLE " + m_role + ";\n");
  const std::set<std::string> before = database_names();

  const auto result = run_cli({"diff", "--from", m_live.url(), "--to", m_models.string()});

  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("COMMENT ON TABLE \"public\".\"where_applied\" IS '"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("'" + data_directory() + "'"), std::string::npos) << result.out;
  EXPECT_FALSE(role_exists(m_role));
  EXPECT_EQ(database_names(), before);
}

TEST_F(ScratchCli, DevUrlNamesTheServerForModels) {
  const auto result =
      run_cli({"diff", "--from", m_live.url(), "--to", m_models.string(), "--dev-url", testing::server_url()});

  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("COMMENT ON TABLE \"public\".\"where_applied\" IS '" + data_directory() + "'"),
            std::string::npos)
      << result.out;
}

TEST_F(ScratchCli, DevUrlOfTheConfigNamesTheServerForModels) {
  const auto dir = m_models / "project";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "schemadiff.toml") << "dev_url = \"" << testing::server_url() << "\"\n";
  testing::ScopedCurrentDir in_project(dir.string());

  const auto result = run_cli({"diff", "--from", m_live.url(), "--to", m_models.string()});

  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("IS '" + data_directory() + "'"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace schemadiff
