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
  std::size_t previous_line = 0;
  for (auto& statement : split_sql_statements(padded, revision.path)) {
    const bool marked =
        std::any_of(section.no_transaction_lines.begin(), section.no_transaction_lines.end(),
                    [&](std::size_t marker) { return marker > previous_line && marker < statement.line; });
    previous_line = statement.line;
    statements.push_back(
        {std::move(statement.text), statement.line, marked ? TxMode::outside_transaction : TxMode::transactional});
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
