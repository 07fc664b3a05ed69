// SPDX-License-Identifier: MIT
// `schemadiff diff` with and without --with-privileges, and the warnings for objects of
// kinds schemadiff does not manage.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/cli_runner.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

using testing::run_cli;

constexpr const char* k_role = R"(DO $$ BEGIN CREATE ROLE sd_sec_cli_reader;
  EXCEPTION WHEN duplicate_object THEN NULL; END $$;)";

class SecurityCli : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto* db : {&m_from, &m_to}) {
      db->execute(k_role);
      db->execute("CREATE TABLE accounts (id integer PRIMARY KEY, email text)");
    }
    m_to.execute("GRANT SELECT (email) ON accounts TO sd_sec_cli_reader");
  }

  testing::TestDatabase m_from{"securitycli_from"};
  testing::TestDatabase m_to{"securitycli_to"};
};

TEST_F(SecurityCli, ColumnGrantOnlyWithThePrivilegesFlag) {
  const auto plain = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url()});
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out, "");

  const auto upgrade = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url(), "--with-privileges"});
  EXPECT_EQ(upgrade.exit_code, 2) << upgrade.err;
  EXPECT_EQ(upgrade.out,
            "-- schemadiff:step lock=none tx=yes\n"
            "GRANT SELECT (\"email\") ON TABLE \"public\".\"accounts\" TO \"sd_sec_cli_reader\";\n");

  const auto downgrade =
      run_cli({"diff", "--from", m_from.url(), "--to", m_to.url(), "--with-privileges", "--downgrade"});
  EXPECT_EQ(downgrade.exit_code, 2) << downgrade.err;
  EXPECT_EQ(downgrade.out,
            "-- schemadiff:step lock=none tx=yes\n"
            "REVOKE SELECT (\"email\") ON TABLE \"public\".\"accounts\" FROM \"sd_sec_cli_reader\";\n");
}

TEST_F(SecurityCli, ConfigKeyTurnsPrivilegesOn) {
  const auto dir = std::filesystem::temp_directory_path() / ("schemadiff-securitycli-" + m_from.name());
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "schemadiff.toml") << "with_privileges = true\n";
  {
    testing::ScopedCurrentDir in_project(dir.string());
    const auto result = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url()});
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_NE(result.out.find("GRANT SELECT (\"email\")"), std::string::npos) << result.out;
    std::ofstream(dir / "schemadiff.toml") << "with_privileges = maybe\n";
    const auto bad = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url()});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("with_privileges\" must be true or false"), std::string::npos) << bad.err;
  }
  std::filesystem::remove_all(dir);
}

TEST_F(SecurityCli, UnmanagedObjectsAreNamedWithoutChangingTheExitCode) {
  m_to.execute(R"(
    CREATE FUNCTION audit_ddl_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
    CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl_fn();
    CREATE FOREIGN DATA WRAPPER sd_dummy_fdw;
    CREATE SERVER sd_dummy_server FOREIGN DATA WRAPPER sd_dummy_fdw;
    CREATE FOREIGN TABLE remote_accounts (id integer) SERVER sd_dummy_server;
  )");
  m_from.execute("CREATE FUNCTION audit_ddl_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$");
  const auto same = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url()});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_EQ(same.out, "");
  EXPECT_NE(same.err.find("warning: event trigger audit_ddl is not managed by schemadiff; it is left out of the "
                          "comparison\n"),
            std::string::npos)
      << same.err;
  EXPECT_NE(same.err.find("warning: foreign table public.remote_accounts is not managed by schemadiff"),
            std::string::npos)
      << same.err;
  EXPECT_NE(same.err.find("warning: foreign-data wrapper sd_dummy_fdw is not managed"), std::string::npos) << same.err;
  EXPECT_NE(same.err.find("warning: foreign server sd_dummy_server is not managed"), std::string::npos) << same.err;

  m_to.execute("CREATE TABLE extra (id integer)");
  const auto changed = run_cli({"diff", "--from", m_from.url(), "--to", m_to.url()});
  EXPECT_EQ(changed.exit_code, 2) << changed.err;
  EXPECT_NE(changed.err.find("event trigger audit_ddl"), std::string::npos) << changed.err;
}

}  // namespace
}  // namespace schemadiff
