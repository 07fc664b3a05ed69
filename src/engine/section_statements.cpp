// SPDX-License-Identifier: MIT
#include <algorithm>

#include "schemadiff/engine/runner.hpp"
#include "schemadiff/load/sql_statements.hpp"

namespace schemadiff {

std::vector<RevisionStatement> section_statements(const Revision& revision, Direction direction) {
  const RevisionSection& section = direction == Direction::upgrade ? revision.upgrade : revision.downgrade;
  // Blank lines in front keep the parser's line numbers equal to the file's.
  const std::string padded = std::string(section.first_line - 1, '\n') + section.sql;
  std::vector<RevisionStatement> statements;
  std::size_t previous_end = 0;  // file line where the previous statement ends
  const auto between = [&](std::size_t marker, std::size_t start) { return marker > previous_end && marker < start; };
  for (auto& statement : split_sql_statements(padded, revision.path)) {
    RevisionStatement result{std::move(statement.text), statement.line, TxMode::transactional, std::nullopt};
    for (const StepLine& step : section.step_lines) {
      if (between(step.line, result.line)) {
        result.facts = step.facts;  // the last one before the statement
      }
    }
    const bool marked = std::any_of(section.no_transaction_lines.begin(), section.no_transaction_lines.end(),
                                    [&](std::size_t marker) { return between(marker, result.line); });
    if (marked || (result.facts && result.facts->tx == TxMode::outside_transaction)) {
      result.tx = TxMode::outside_transaction;
    }
    previous_end = result.line + static_cast<std::size_t>(std::count(result.sql.begin(), result.sql.end(), '\n'));
    statements.push_back(std::move(result));
  }
  return statements;
}

std::string sqlstate_category(const std::string& sqlstate) {
  const std::string cls = sqlstate.substr(0, 2);
  if (cls == "23") {
    return "integrity";
  }
  if (cls == "22") {
    return "data";
  }
  if (cls == "42" || cls == "3D" || cls == "3F" || cls == "2B" || cls == "0A") {
    return "programming";
  }
  if (cls == "08" || cls == "40" || cls == "53" || cls == "54" || cls == "55" || cls == "57" || cls == "58" ||
      cls == "F0" || cls == "HV") {
    return "operational";
  }
  if (cls == "XX") {
    return "internal";
  }
  return "other";
}

}  // namespace schemadiff
