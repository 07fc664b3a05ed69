// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace schemadiff {

/// One statement of a model file, with where it starts (1-based, columns in characters).
struct SqlStatement {
  std::string text;
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Splits SQL into statements with PostgreSQL's own parser (libpg_query), so dollar
/// quotes, comments and semicolons inside strings are handled as the server would.
/// A statement starts at its first token, after blanks and comments.
/// A syntax error is a ModelError at `file:line:column`.
std::vector<SqlStatement> split_sql_statements(std::string_view sql, const std::string& file);

}  // namespace schemadiff
