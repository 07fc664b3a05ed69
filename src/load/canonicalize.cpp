// SPDX-License-Identifier: MIT
#include "schemadiff/load/canonicalize.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "schemadiff/error.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/sql/quote.hpp"
#include "schemadiff/pg/transaction.hpp"

namespace schemadiff {
namespace {

constexpr std::string_view k_check_open = "CHECK (";
constexpr std::string_view k_where = " WHERE ";
constexpr std::string_view k_probe_prefix = "schemadiff_canon_";

// What to rewrite in `to` when a pair turns out to be the same expression.
using Target = std::variant<Constraint*, Index*>;

// One expression that differs between the two sides, with each side's table.
struct Candidate {
  const Table* from_table;
  const Table* to_table;
  std::string from_expression;
  std::string to_expression;
  Target target;
};

enum class Side { from, to };

std::string probe_name(std::size_t candidate, Side side) {
  return fmt::format("{}{}_{}", k_probe_prefix, candidate, side == Side::from ? "f" : "t");
}

std::vector<Candidate> check_candidates(const SchemaModel& from, SchemaModel& to) {
  std::vector<Candidate> candidates;
  for (auto& [table_name, to_table] : to.tables) {
    const auto from_table = from.tables.find(table_name);
    if (from_table == from.tables.end()) {
      continue;
    }
    for (auto& [constraint_name, to_constraint] : to_table.constraints) {
      const auto from_constraint = from_table->second.constraints.find(constraint_name);
      if (from_constraint == from_table->second.constraints.end()) {
        continue;
      }
      const auto* from_check = std::get_if<Check>(&from_constraint->second.kind);
      const auto* to_check = std::get_if<Check>(&to_constraint.kind);
      if (from_check == nullptr || to_check == nullptr || from_check->expression == to_check->expression) {
        continue;
      }
      candidates.push_back({.from_table = &from_table->second,
                            .to_table = &to_table,
                            .from_expression = from_check->expression,
                            .to_expression = to_check->expression,
                            .target = &to_constraint});
    }
  }
  return candidates;
}

// A predicate is reprinted as a CHECK expression: both go through the same deparser with
// the same flags, and a CHECK needs no index keys, which have their own quirks.
std::vector<Candidate> predicate_candidates(const SchemaModel& from, SchemaModel& to) {
  std::vector<Candidate> candidates;
  for (auto& [index_name, to_index] : to.indexes) {
    const auto from_index = from.indexes.find(index_name);
    if (from_index == from.indexes.end() || from_index->second.table != to_index.table ||
        !from_index->second.predicate || !to_index.predicate ||
        *from_index->second.predicate == *to_index.predicate) {
      continue;
    }
    // Indexes of materialized views have no table in the model to rebuild.
    const auto from_table = from.tables.find(from_index->second.table);
    const auto to_table = to.tables.find(to_index.table);
    if (from_table == from.tables.end() || to_table == to.tables.end()) {
      continue;
    }
    candidates.push_back({.from_table = &from_table->second,
                          .to_table = &to_table->second,
                          .from_expression = *from_index->second.predicate,
                          .to_expression = *to_index.predicate,
                          .target = &to_index});
  }
  return candidates;
}

// Only the columns the expression can refer to: a column of a type this database lacks
// (a new enum of the declared models, say) would otherwise sink the whole probe. A Var is
// printed by its name, quoted when needed, so a column whose name does not occur in the
// text is not used; keeping a few that are not used costs nothing.
std::string column_list(const Table& table, const std::string& expression, Database& db) {
  std::string list;
  for (const auto& column : table.columns) {
    if (expression.find(column.name) == std::string::npos &&
        expression.find(quote_ident_if_needed(column.name)) == std::string::npos) {
      continue;
    }
    if (!list.empty()) {
      list += ", ";
    }
    list += db.quote_name(column.name) + " " + column.type;
    if (column.collation) {
      list += " COLLATE " + *column.collation;
    }
  }
  return list;
}

// A sub-block per probe: its EXCEPTION clause is a subtransaction, so an expression the
// database cannot take (missing function or type) loses only that probe, and all probes
// still go to the server in one statement.
std::string probe_block(const std::string& name, const Table& table, const std::string& expression, Database& db) {
  const std::string table_sql = "pg_temp." + db.quote_name(name);
  const std::string create =
      fmt::format("CREATE TEMP TABLE {} ({}) ON COMMIT DROP", table_sql, column_list(table, expression, db));
  const std::string add = fmt::format("ALTER TABLE {} ADD CONSTRAINT probe CHECK ({})", table_sql, expression);
  return fmt::format("  BEGIN\n    EXECUTE {};\n    EXECUTE {};\n  EXCEPTION WHEN OTHERS THEN NULL;\n  END;\n",
                     quote_literal(create), quote_literal(add));
}

std::string do_statement(const std::string& body) {
  std::string tag = "$schemadiff$";
  for (int n = 0; body.find(tag) != std::string::npos; ++n) {
    tag = fmt::format("$schemadiff{}$", n);
  }
  return fmt::format("DO {}\nBEGIN\n{}END\n{}", tag, body, tag);
}

// The probes' expressions as the server prints them, by probe name.
std::map<std::string, std::string> reprint(const std::vector<Candidate>& candidates, Database& db) {
  std::string body;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    body += probe_block(probe_name(i, Side::from), *candidates[i].from_table, candidates[i].from_expression, db);
    body += probe_block(probe_name(i, Side::to), *candidates[i].to_table, candidates[i].to_expression, db);
  }
  // An empty search_path, as the introspector prints under, qualifies every name outside
  // pg_catalog. quote_literal only doubles quotes, which is escaping enough only with
  // standard_conforming_strings on. Both settings end with the transaction.
  const std::string sql = fmt::format(
      "SELECT pg_catalog.set_config('search_path', '', true);\n"
      "SELECT pg_catalog.set_config('standard_conforming_strings', 'on', true);\n"
      "{};\n"
      "SELECT c.relname, pg_catalog.pg_get_constraintdef(con.oid) AS definition\n"
      "FROM pg_catalog.pg_constraint con\n"
      "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid\n"
      "WHERE c.relnamespace = pg_catalog.pg_my_temp_schema()\n"
      "  AND c.relname LIKE 'schemadiff\\_canon\\_%'\n"
      "  AND con.contype = 'c'",
      do_statement(body));

  Transaction transaction(db);
  const ResultSet result = db.query(sql);
  transaction.rollback();

  std::map<std::string, std::string> printed;
  for (const auto& row : result.rows()) {
    if (!row.at(0) || !row.at(1)) {
      continue;
    }
    // A probe has neither NO INHERIT nor NOT VALID: its definition is `CHECK (expr)`.
    const std::string& definition = *row.at(1);
    if (!definition.starts_with(k_check_open) || !definition.ends_with(")")) {
      continue;
    }
    printed.emplace(*row.at(0),
                    definition.substr(k_check_open.size(), definition.size() - k_check_open.size() - 1));
  }
  return printed;
}

bool same_expression(const Candidate& candidate, const std::optional<std::string>& from_printed,
                     const std::optional<std::string>& to_printed) {
  if (from_printed && to_printed && *from_printed == *to_printed) {
    return true;
  }
  if (from_printed && *from_printed == candidate.to_expression) {
    return true;
  }
  return to_printed && *to_printed == candidate.from_expression;
}

// pg_get_constraintdef prints a CHECK as `CHECK (expr)` and then its options.
void rewrite(Constraint& constraint, const Candidate& candidate) {
  const std::string old_head = fmt::format("{}{})", k_check_open, candidate.to_expression);
  auto* check = std::get_if<Check>(&constraint.kind);
  if (check == nullptr || !constraint.definition.starts_with(old_head)) {
    return;
  }
  constraint.definition =
      fmt::format("{}{}){}", k_check_open, candidate.from_expression, constraint.definition.substr(old_head.size()));
  check->expression = candidate.from_expression;
}

// pg_get_indexdef ends a partial index's statement with ` WHERE predicate`.
void rewrite(Index& index, const Candidate& candidate) {
  const std::string old_tail = fmt::format("{}{}", k_where, candidate.to_expression);
  if (!index.definition.ends_with(old_tail)) {
    return;
  }
  index.definition = fmt::format("{}{}{}", index.definition.substr(0, index.definition.size() - old_tail.size()),
                                 k_where, candidate.from_expression);
  index.predicate = candidate.from_expression;
}

std::optional<std::string> lookup(const std::map<std::string, std::string>& printed, const std::string& name) {
  const auto found = printed.find(name);
  if (found == printed.end()) {
    return std::nullopt;
  }
  return found->second;
}

}  // namespace

void canonicalize_expressions(const SchemaModel& from, SchemaModel& to, Database& db) {
  std::vector<Candidate> candidates = check_candidates(from, to);
  std::vector<Candidate> predicates = predicate_candidates(from, to);
  candidates.insert(candidates.end(), predicates.begin(), predicates.end());
  if (candidates.empty()) {
    return;
  }
  const std::map<std::string, std::string> printed =
      with_context("reprinting expressions to compare them", [&] { return reprint(candidates, db); });
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& candidate = candidates[i];
    if (!same_expression(candidate, lookup(printed, probe_name(i, Side::from)),
                         lookup(printed, probe_name(i, Side::to)))) {
      continue;
    }
    std::visit([&](auto* target) { rewrite(*target, candidate); }, candidate.target);
  }
}

}  // namespace schemadiff
