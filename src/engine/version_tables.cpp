// SPDX-License-Identifier: MIT
#include "schemadiff/engine/version_tables.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "schemadiff/pg/database.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/revision/revision.hpp"

namespace schemadiff {
namespace {

bool table_exists(Database& db, const std::string& schema, const std::string& table) {
  const auto rows = db.query(
      "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
      "WHERE n.nspname = $1 AND c.relname = $2",
      {schema, table});
  return !rows.empty();
}

}  // namespace

VersionTables VersionTables::from_setting(const std::string& setting) {
  VersionTables tables;
  if (setting.empty()) {
    return tables;
  }
  const auto dot = setting.find('.');
  tables.version = dot == std::string::npos ? setting : setting.substr(dot + 1);
  if (dot != std::string::npos) {
    tables.schema = setting.substr(0, dot);
  }
  const std::string suffix = "_version";
  if (tables.version.size() > suffix.size() && tables.version.ends_with(suffix)) {
    tables.history = tables.version.substr(0, tables.version.size() - suffix.size()) + "_history";
  } else {
    tables.history = tables.version + "_history";
  }
  return tables;
}

std::string VersionTables::qualified_version() const { return quote_qualified({schema, version}); }

std::string VersionTables::qualified_history() const { return quote_qualified({schema, history}); }

long long VersionTables::lock_key() const {
  const std::string hex = checksum_of("schemadiff:" + schema + "." + version);
  return static_cast<long long>(std::stoull(hex, nullptr, 16));
}

std::vector<std::string> create_version_tables_sql(const VersionTables& tables) {
  std::vector<std::string> statements;
  if (tables.schema != "public") {
    statements.push_back(fmt::format("CREATE SCHEMA IF NOT EXISTS {}", quote_ident(tables.schema)));
  }
  for (auto& statement : std::vector<std::string>{
           fmt::format("CREATE TABLE IF NOT EXISTS {} (version_num text NOT NULL PRIMARY KEY)",
                       tables.qualified_version()),
           fmt::format("CREATE TABLE IF NOT EXISTS {} (revision text NOT NULL, direction text NOT NULL, checksum text, "
                       "applied_at timestamptz NOT NULL DEFAULT clock_timestamp(), duration_ms bigint)",
                       tables.qualified_history()),
       }) {
    statements.push_back(std::move(statement));
  }
  return statements;
}

std::vector<std::string> version_update_sql(const VersionTables& tables, const RevisionSet& before,
                                            const RevisionSet& after) {
  std::vector<std::string> statements;
  for (const auto& id : before) {
    if (!after.contains(id)) {
      statements.push_back(
          fmt::format("DELETE FROM {} WHERE version_num = {}", tables.qualified_version(), quote_literal(id)));
    }
  }
  for (const auto& id : after) {
    if (!before.contains(id)) {
      statements.push_back(
          fmt::format("INSERT INTO {} (version_num) VALUES ({})", tables.qualified_version(), quote_literal(id)));
    }
  }
  return statements;
}

std::string history_insert_sql(const VersionTables& tables, const std::string& revision, const std::string& direction,
                               const std::string& checksum, std::optional<long long> duration_ms) {
  return fmt::format("INSERT INTO {} (revision, direction, checksum, duration_ms) VALUES ({}, {}, {}, {})",
                     tables.qualified_history(), quote_literal(revision), quote_literal(direction),
                     quote_literal(checksum), duration_ms ? std::to_string(*duration_ms) : "NULL");
}

RevisionSet read_version_rows(Database& db, const VersionTables& tables) {
  if (!table_exists(db, tables.schema, tables.version)) {
    return {};
  }
  RevisionSet rows;
  const ResultSet result = db.query(fmt::format("SELECT version_num FROM {}", tables.qualified_version()));
  for (const auto& row : result.rows()) {
    rows.insert(row.at(0).value_or(""));
  }
  return rows;
}

std::vector<AppliedRecord> read_applied_history(Database& db, const VersionTables& tables) {
  if (!table_exists(db, tables.schema, tables.history)) {
    return {};
  }
  std::vector<AppliedRecord> records;
  const auto rows =
      db.query(fmt::format("SELECT revision, direction, coalesce(checksum, ''), "
                           "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), duration_ms "
                           "FROM {} ORDER BY applied_at, revision",
                           tables.qualified_history()));
  for (const auto& row : rows.rows()) {
    AppliedRecord record{row.at(0).value_or(""), row.at(1).value_or(""), row.at(2).value_or(""), row.at(3).value_or(""),
                         std::nullopt};
    if (row.at(4)) {
      record.duration_ms = std::stoll(*row.at(4));
    }
    records.push_back(std::move(record));
  }
  return records;
}

std::map<std::string, std::string> applied_checksums(const std::vector<AppliedRecord>& history) {
  std::map<std::string, std::string> result;
  for (const auto& record : history) {
    if (record.direction == "downgrade") {
      result.erase(record.revision);
    } else {
      result[record.revision] = record.checksum;
    }
  }
  return result;
}

void strip_version_tables(SchemaModel& model, const VersionTables& tables) {
  const QualifiedName version{tables.schema, tables.version};
  const QualifiedName history{tables.schema, tables.history};
  const auto is_bookkeeping = [&](const QualifiedName& name) { return name == version || name == history; };
  model.tables.erase(version);
  model.tables.erase(history);
  std::erase_if(model.indexes, [&](const auto& entry) { return is_bookkeeping(entry.second.table); });
  std::erase_if(model.triggers, [&](const auto& entry) { return is_bookkeeping(entry.second.name.owner); });
  std::erase_if(model.dependencies, [&](const Dependency& dependency) {
    return is_bookkeeping(dependency.dependent.name) || is_bookkeeping(dependency.referenced.name);
  });
  std::erase_if(model.policies, [&](const auto& entry) { return is_bookkeeping(entry.first.owner); });
  std::erase_if(model.privileges, [&](const auto& entry) { return is_bookkeeping(entry.first.name); });
  std::erase_if(model.owners, [&](const auto& entry) { return is_bookkeeping(entry.first.name); });
  // A schema of its own for the bookkeeping (created by the first run) is bookkeeping too,
  // as long as nothing else lives in it.
  const auto in_schema = [&](const auto& objects) {
    return std::any_of(objects.begin(), objects.end(),
                       [&](const auto& entry) { return entry.first.schema == tables.schema; });
  };
  if (tables.schema != "public" && !in_schema(model.tables) && !in_schema(model.views) &&
      !in_schema(model.materialized_views) && !in_schema(model.sequences) && !in_schema(model.enums)) {
    model.schemas.erase(tables.schema);
    const ObjectRef schema{ObjectKind::schema, {"", tables.schema}, ""};
    model.privileges.erase(schema);
    model.owners.erase(schema);
  }
}

std::map<std::string, std::string> changed_applied_revisions(const RevisionGraph& graph, const RevisionSet& applied,
                                                             const std::vector<AppliedRecord>& history) {
  std::map<std::string, std::string> changed;
  for (const auto& [id, checksum] : applied_checksums(history)) {
    if (!applied.contains(id) || !graph.contains(id) || checksum.empty()) {
      continue;
    }
    if (graph.get(id).checksum != checksum) {
      changed[id] = checksum;
    }
  }
  return changed;
}

}  // namespace schemadiff
