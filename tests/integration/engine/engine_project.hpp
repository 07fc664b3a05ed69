// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "schemadiff/model/schema_model.hpp"
#include "support/cli_runner.hpp"
#include "support/test_database.hpp"

namespace schemadiff::testing {

/// A throwaway project directory (schemadiff.toml pointing at its own test database, the
/// shared test server as dev_url, schema_models/ and migrations/versions/), removed at the
/// end. Commands run in-process with the project as the current directory.
class EngineProject {
 public:
  explicit EngineProject(std::string_view hint);
  ~EngineProject();
  EngineProject(const EngineProject&) = delete;
  EngineProject& operator=(const EngineProject&) = delete;

  const std::string& dir() const { return m_dir; }
  TestDatabase& database() { return *m_database; }
  std::string versions_dir() const { return m_dir + "/migrations/versions"; }

  /// Writes a revision file by hand; returns its path.
  std::string add_revision(const std::string& id, const std::vector<std::string>& revises, const std::string& upgrade,
                           const std::string& downgrade, const std::string& message = "step");
  /// Replaces the declared models with one file of `sql`.
  void set_models(const std::string& sql);
  /// Runs `schemadiff args...` in the project directory.
  CliResult run(const std::vector<std::string>& args);
  /// Number of revision files.
  std::size_t revision_count() const;
  /// The user tables of the database (schema.name), sorted, without the version tables.
  std::vector<std::string> tables();
  /// Rows of the version table, sorted; empty if the table does not exist.
  std::vector<std::string> version_rows();

 private:
  std::string m_dir;
  std::unique_ptr<TestDatabase> m_database;
  ScopedEnv m_url_env{"SCHEMADIFF_DATABASE_URL", nullptr};
  ScopedEnv m_database_url_env{"DATABASE_URL", nullptr};
};

/// The model of a database as the engine compares it (version tables removed).
SchemaModel inspect_without_version_tables(const std::string& url);

}  // namespace schemadiff::testing
