// SPDX-License-Identifier: MIT
// `schemadiff inspect` as a user runs it: URL resolution, output formats, and every
// error a user can make, each one line on stderr with the documented exit code.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/cli_runner.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

using testing::run_cli;
using testing::ScopedEnv;

int line_count(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

class InspectCli : public ::testing::Test {
 protected:
  // No URL from the environment of whoever runs the tests.
  ScopedEnv m_no_url{"SCHEMADIFF_DATABASE_URL", nullptr};
  ScopedEnv m_no_database_url{"DATABASE_URL", nullptr};
};

TEST_F(InspectCli, VersionAndHelp) {
  const auto version = run_cli({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("schemadiff 0."), std::string::npos) << version.out;

  const auto help = run_cli({"inspect", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos) << help.out;
}

TEST_F(InspectCli, UnknownFlagIsAUsageError) {
  const auto result = run_cli({"inspect", "--no-such-flag"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("--no-such-flag"), std::string::npos) << result.err;
}

TEST_F(InspectCli, NoCommandIsAUsageError) {
  EXPECT_EQ(run_cli({}).exit_code, 64);
}

TEST_F(InspectCli, PrintsTextAndJson) {
  testing::TestDatabase db("inspect_cli");
  db.execute("CREATE TABLE cameras (id text PRIMARY KEY, name text NOT NULL)");
  const auto text = run_cli({"inspect", "--url", db.url()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("cameras"), std::string::npos) << text.out;

  const auto json = run_cli({"inspect", "--url", db.url(), "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"tables\""), std::string::npos) << json.out;
  EXPECT_EQ(json.out, run_cli({"inspect", "--url", db.url(), "--format", "json"}).out)
      << "two inspects of the same database must be byte-identical";
}

TEST_F(InspectCli, UrlFromEnvironmentThenConfigFile) {
  testing::TestDatabase db("inspect_env");
  db.execute("CREATE TABLE from_env (id integer)");
  {
    ScopedEnv env("DATABASE_URL", db.url().c_str());
    const auto result = run_cli({"inspect"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("from_env"), std::string::npos);
  }
  {
    // SCHEMADIFF_DATABASE_URL wins over DATABASE_URL.
    ScopedEnv env("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/nothing");
    ScopedEnv ours("SCHEMADIFF_DATABASE_URL", db.url().c_str());
    EXPECT_EQ(run_cli({"inspect"}).exit_code, 0);
  }
  const auto dir = std::filesystem::temp_directory_path() / ("schemadiff-cli-" + db.name());
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "schemadiff.toml") << "url = \"" << db.url() << "\"\n";
  {
    testing::ScopedCurrentDir cwd(dir.string());
    const auto result = run_cli({"inspect"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("from_env"), std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST_F(InspectCli, SqlAlchemyUrlIsAccepted) {
  testing::TestDatabase db("inspect_sqla");
  std::string url = db.url();
  ASSERT_EQ(url.rfind("postgresql://", 0), 0u) << url;
  url.replace(0, std::string("postgresql").size(), "postgresql+asyncpg");
  const auto result = run_cli({"inspect", "--url", url});
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(InspectCli, BadUrlIsOneLineAndExitOne) {
  const auto result = run_cli({"inspect", "--url", "mysql://localhost/app"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(line_count(result.err), 1) << result.err;
  EXPECT_NE(result.err.find("unsupported scheme"), std::string::npos) << result.err;
}

TEST_F(InspectCli, UnreachableServerIsOneLineAndExitOne) {
  // Port 1 on loopback: nothing listens there.
  const auto result = run_cli({"inspect", "--url", "postgresql://nobody:secret@127.0.0.1:1/app"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(line_count(result.err), 1) << result.err;
  EXPECT_NE(result.err.find("cannot connect to postgresql://nobody:***@127.0.0.1:1/app"), std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.find("secret"), std::string::npos) << "the password must not be printed";
}

TEST_F(InspectCli, UnknownDatabaseIsOneLineAndExitOne) {
  testing::TestDatabase db("inspect_nodb");
  const auto result = run_cli({"inspect", "--url", testing::server_url("no_such_database_here")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(line_count(result.err), 1) << result.err;
  EXPECT_NE(result.err.find("does not exist"), std::string::npos) << result.err;
}

TEST_F(InspectCli, MissingPrivilegeIsOneLineAndExitOne) {
  testing::TestDatabase db("inspect_priv");
  db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sd_no_connect') THEN "
             "CREATE ROLE sd_no_connect LOGIN PASSWORD 'sd-pw'; END IF; END $$");
  db.execute("REVOKE CONNECT ON DATABASE " + db.name() + " FROM PUBLIC");
  std::string url = db.url();
  const auto scheme_end = url.find("://") + 3;
  const auto at = url.find('@', scheme_end);
  ASSERT_NE(at, std::string::npos) << "the harness URL names a user: " << url;
  url.replace(scheme_end, at - scheme_end, "sd_no_connect:sd-pw");
  const auto result = run_cli({"inspect", "--url", url});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(line_count(result.err), 1) << result.err;
  EXPECT_NE(result.err.find("permission denied"), std::string::npos) << result.err;
}

TEST_F(InspectCli, UnknownSchemaIsOneLineAndExitOne) {
  testing::TestDatabase db("inspect_schema");
  const auto result = run_cli({"inspect", "--url", db.url(), "--schema", "no_such_schema"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(line_count(result.err), 1) << result.err;
  EXPECT_NE(result.err.find("schema \"no_such_schema\" does not exist"), std::string::npos) << result.err;
}

TEST_F(InspectCli, BadConfigFileNamesTheFile) {
  const auto dir = std::filesystem::temp_directory_path() / "schemadiff-cli-badconfig";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "schemadiff.toml") << "urll = \"postgresql:///x\"\n";
  testing::ScopedCurrentDir cwd(dir.string());
  const auto result = run_cli({"inspect"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("schemadiff.toml: unknown key \"urll\""), std::string::npos) << result.err;
  std::filesystem::remove_all(dir);
}

TEST_F(InspectCli, DeclaredModelsThroughTheEmbeddedServer) {
  const auto result = run_cli({"inspect", "--models", testing::fixture_path("../schema_models"), "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"camera_zones\""), std::string::npos);
}

}  // namespace
}  // namespace schemadiff
