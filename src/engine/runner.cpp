// SPDX-License-Identifier: MIT
#include "schemadiff/engine/runner.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string_view>

#include "schemadiff/interrupt.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/pg/transaction.hpp"

namespace schemadiff {
namespace {

// The database layer appends " (SQLSTATE xxxxx)"; our message names it separately.
std::string server_message(const DatabaseError& e) {
  std::string message = e.what();
  const std::string suffix = fmt::format(" (SQLSTATE {})", e.sqlstate());
  if (!e.sqlstate().empty() && message.ends_with(suffix)) {
    message.resize(message.size() - suffix.size());
  }
  return message;
}

[[noreturn]] void throw_migration_error(const Revision& revision, const MigrationStep& step, std::size_t line,
                                        const DatabaseError& e) {
  const std::string sqlstate = e.sqlstate().empty() ? "XX000" : e.sqlstate();
  throw MigrationError(fmt::format("revision {} ({}) failed at {}:{}: SQLSTATE {}, class {} ({} error): {}",
                                   revision.id, to_string(step.direction), revision.path, line, sqlstate,
                                   sqlstate.substr(0, 2), sqlstate_category(sqlstate), server_message(e)),
                       revision.id, sqlstate);
}

// Generated SQL is written for these session settings, whatever the server, database or
// role sets: with standard_conforming_strings off, '\d' in a default, a comment or a CHECK
// regex would silently lose its backslash. The search_path is left as configured: every
// generated name is schema-qualified and PostgreSQL searches pg_catalog first unless the
// path names it, while hand-written statements may rely on the path the database sets.
constexpr std::array<std::string_view, 2> k_session_settings = {
    "SET standard_conforming_strings = on",
    "SET client_encoding = 'UTF8'",
};


}  // namespace

std::vector<RevisionTiming> run_steps(Database& db, const RevisionGraph& graph, const VersionTables& tables,
                                      const RevisionSet& applied, const std::vector<MigrationStep>& steps,
                                      TransactionMode mode, const RunCallbacks& callbacks) {
  std::vector<RevisionTiming> timings;
  if (steps.empty()) {
    return timings;
  }
  for (const std::string_view setting : k_session_settings) {
    db.execute(setting);
  }
  // Reopened after each commit; one still open when an error leaves is rolled back.
  std::optional<Transaction> transaction(std::in_place, db);
  for (const auto& sql : create_version_tables_sql(tables)) {
    db.execute(sql);
  }
  RevisionSet current = applied;
  for (std::size_t index = 0; index < steps.size(); ++index) {
    throw_if_interrupted();
    const MigrationStep& step = steps[index];
    const Revision& revision = graph.get(step.revision);
    if (callbacks.starting) {
      callbacks.starting(step, index, steps.size());
    }
    const auto started = std::chrono::steady_clock::now();
    for (const auto& statement : section_statements(revision, step.direction)) {
      throw_if_interrupted();
      try {
        if (statement.tx == TxMode::outside_transaction) {
          // PostgreSQL refuses these inside a transaction block: what ran so far is
          // committed, the statement runs alone, and the run continues in a new transaction.
          transaction->commit();
          db.execute(statement.sql);
          transaction.emplace(db);
        } else {
          db.execute(statement.sql);
        }
      } catch (const DatabaseError& e) {
        transaction.reset();
        throw_migration_error(revision, step, statement.line, e);
      }
    }
    const RevisionSet after = apply_steps(current, {step});
    for (const auto& sql : version_update_sql(tables, graph.heads_of(current), graph.heads_of(after))) {
      db.execute(sql);
    }
    const auto duration =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    db.execute(history_insert_sql(tables, revision.id, to_string(step.direction), revision.checksum, duration.count()));
    current = after;
    timings.push_back({step, duration});
    if (mode == TransactionMode::per_revision && index + 1 < steps.size()) {
      transaction->commit();
      transaction.emplace(db);
    }
  }
  transaction->commit();
  return timings;
}

std::string offline_script(const RevisionGraph& graph, const VersionTables& tables, const RevisionSet& applied,
                           const std::vector<MigrationStep>& steps, TransactionMode mode) {
  std::string script;
  if (steps.empty()) {
    return "-- nothing to do\n";
  }
  for (const std::string_view setting : k_session_settings) {
    script += std::string(setting) + ";\n";
  }
  script += "BEGIN;\n\n";
  for (const auto& sql : create_version_tables_sql(tables)) {
    script += sql + ";\n";
  }
  RevisionSet current = applied;
  for (std::size_t index = 0; index < steps.size(); ++index) {
    const MigrationStep& step = steps[index];
    const Revision& revision = graph.get(step.revision);
    script += fmt::format("\n-- {} {}: {}\n", to_string(step.direction), revision.id, revision.message);
    for (const auto& statement : section_statements(revision, step.direction)) {
      if (statement.tx == TxMode::outside_transaction) {
        script += fmt::format("COMMIT;\n{};\nBEGIN;\n", statement.sql);
      } else {
        script += statement.sql + ";\n";
      }
    }
    const RevisionSet after = apply_steps(current, {step});
    for (const auto& sql : version_update_sql(tables, graph.heads_of(current), graph.heads_of(after))) {
      script += sql + ";\n";
    }
    script +=
        history_insert_sql(tables, revision.id, to_string(step.direction), revision.checksum, std::nullopt) + ";\n";
    current = after;
    if (mode == TransactionMode::per_revision && index + 1 < steps.size()) {
      script += "\nCOMMIT;\nBEGIN;\n";
    }
  }
  script += "\nCOMMIT;\n";
  return script;
}

void stamp_versions(Database& db, const RevisionGraph& graph, const VersionTables& tables, const RevisionSet& targets,
                    StampMode mode) {
  Transaction transaction(db);
  for (const auto& sql : create_version_tables_sql(tables)) {
    db.execute(sql);
  }
  const RevisionSet before = read_version_rows(db, tables);
  RevisionSet after;
  if (mode == StampMode::replace_related) {
    for (const auto& row : before) {
      bool related = !graph.contains(row);
      for (const auto& target : targets) {
        related = related || graph.ancestors({target}).contains(row) || graph.descendants(target).contains(row);
      }
      if (!related) {
        after.insert(row);
      }
    }
    if (targets.empty()) {
      after.clear();
    }
  }
  after.insert(targets.begin(), targets.end());
  after = graph.heads_of(after);
  for (const auto& sql : version_update_sql(tables, before, after)) {
    db.execute(sql);
  }
  for (const auto& target : targets) {
    db.execute(history_insert_sql(tables, target, "stamp", graph.get(target).checksum, std::nullopt));
  }
  transaction.commit();
}

}  // namespace schemadiff
