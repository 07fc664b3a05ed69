// SPDX-License-Identifier: MIT
#include "schemadiff/sql/statements.hpp"

#include <pg_query.h>

#include <memory>

#include "schemadiff/sql/position.hpp"
#include "schemadiff/sql/tokens.hpp"
#include "sql/syntax_error.hpp"

namespace schemadiff {

std::vector<SqlStatement> split_sql_statements(std::string_view sql, const std::string& file) {
  const std::string input(sql);
  PgQuerySplitResult result = pg_query_split_with_parser(input.c_str());
  const std::unique_ptr<PgQuerySplitResult, void (*)(PgQuerySplitResult*)> guard(
      &result, [](PgQuerySplitResult* r) { pg_query_free_split_result(*r); });
  if (result.error != nullptr) {
    sql_detail::throw_syntax_error(input, *result.error, file);
  }
  // The parser's statement locations start right after the previous semicolon; a person
  // thinks of a statement as starting at its first keyword, after blanks and comments.
  const std::vector<sql::Token> tokens = sql::scan(input, file);
  std::size_t next_token = 0;
  std::vector<SqlStatement> statements;
  statements.reserve(static_cast<std::size_t>(result.n_stmts));
  for (int i = 0; i < result.n_stmts; ++i) {
    const auto* stmt = result.stmts[i];
    const auto location = static_cast<std::size_t>(stmt->stmt_location);
    // A statement's length is 0 when it runs to the end of the input.
    const std::size_t end = stmt->stmt_len == 0 ? input.size() : location + static_cast<std::size_t>(stmt->stmt_len);
    while (next_token < tokens.size() &&
           (tokens[next_token].start < location || tokens[next_token].kind == sql::Token::Kind::comment)) {
      ++next_token;
    }
    if (next_token == tokens.size() || tokens[next_token].start >= end) {
      continue;
    }
    const std::size_t start = tokens[next_token].start;
    const auto [line, column] = line_and_column(input, start);
    statements.push_back({input.substr(start, end - start), line, column});
  }
  return statements;
}

}  // namespace schemadiff
