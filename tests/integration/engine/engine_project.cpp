// SPDX-License-Identifier: MIT
#include "integration/engine/engine_project.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "schemadiff/engine/version_tables.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/revision/revision.hpp"

namespace schemadiff::testing {
namespace {

namespace fs = std::filesystem;

void write_text(const std::string& path, const std::string& text) {
  std::ofstream output(path, std::ios::binary | std::ios::trunc);
  output << text;
}

}  // namespace

EngineProject::EngineProject(std::string_view hint) : m_database(std::make_unique<TestDatabase>(hint)) {
  static int counter = 0;
  m_dir = (fs::temp_directory_path() / fmt::format("schemadiff_engine_{}_{}_{}", hint, ::getpid(), ++counter)).string();
  fs::remove_all(m_dir);
  fs::create_directories(m_dir + "/schema_models");
  fs::create_directories(versions_dir());
  write_text(m_dir + "/schemadiff.toml",
             fmt::format("url = \"{}\"\ndev_url = \"{}\"\n", m_database->url(), server_url("postgres")));
}

EngineProject::~EngineProject() {
  std::error_code ec;
  fs::remove_all(m_dir, ec);
}

std::string EngineProject::add_revision(const std::string& id, const std::vector<std::string>& revises,
                                        const std::string& upgrade, const std::string& downgrade,
                                        const std::string& message) {
  Revision revision;
  revision.id = id;
  revision.revises = revises;
  revision.message = message;
  revision.created = "2026-01-01T00:00:00Z";
  revision.upgrade.sql = upgrade;
  revision.downgrade.sql = downgrade;
  const std::string path = versions_dir() + "/" + revision_file_name(id, message);
  write_text(path, format_revision(revision));
  return path;
}

void EngineProject::set_models(const std::string& sql) { write_text(m_dir + "/schema_models/models.sql", sql); }

CliResult EngineProject::run(const std::vector<std::string>& args) {
  ScopedCurrentDir in_project(m_dir);
  return run_cli(args);
}

std::size_t EngineProject::revision_count() const {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(versions_dir())) {
    count += entry.path().extension() == ".sql" ? 1 : 0;
  }
  return count;
}

std::vector<std::string> EngineProject::tables() {
  Database db = m_database->connect();
  const ResultSet rows = db.query(
      "SELECT table_schema || '.' || table_name FROM information_schema.tables "
      "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
      "AND table_name NOT IN ('schemadiff_version', 'schemadiff_history') ORDER BY 1");
  std::vector<std::string> names;
  for (const auto& row : rows.rows()) {
    names.push_back(row.at(0).value_or(""));
  }
  return names;
}

std::vector<std::string> EngineProject::version_rows() {
  Database db = m_database->connect();
  const RevisionSet rows = read_version_rows(db, VersionTables{});
  return {rows.begin(), rows.end()};
}

SchemaModel inspect_without_version_tables(const std::string& url) {
  Database db = Database::connect(url);
  SchemaModel model = introspect(db);
  strip_version_tables(model, VersionTables{});
  return model;
}

}  // namespace schemadiff::testing
