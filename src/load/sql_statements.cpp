// SPDX-License-Identifier: MIT
// The one home of libpg_query.
#include "schemadiff/load/sql_statements.hpp"

#include <fmt/format.h>
#include <pg_query.h>

#include <memory>

#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The parser's statement locations start right after the previous semicolon; a person
// thinks of a statement as starting at its first keyword, after blanks and comments.
std::size_t skip_blanks_and_comments(std::string_view sql, std::size_t pos, std::size_t end) {
  while (pos < end) {
    const char c = sql[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++pos;
    } else if (sql.substr(pos, 2) == "--") {
      const auto eol = sql.find('\n', pos);
      pos = eol == std::string_view::npos ? end : eol + 1;
    } else if (sql.substr(pos, 2) == "/*") {
      const auto close = sql.find("*/", pos + 2);
      pos = close == std::string_view::npos ? end : close + 2;
    } else {
      break;
    }
  }
  return pos;
}

// PostgreSQL's cursor positions count characters from 1; we index bytes.
std::size_t byte_offset_of_character(std::string_view text, int character_position) {
  std::size_t offset = 0;
  for (int seen = 1; offset < text.size() && seen < character_position; ++seen) {
    ++offset;
    while (offset < text.size() && is_continuation_byte(text[offset])) {
      ++offset;
    }
  }
  return offset;
}

}  // namespace

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if (!is_continuation_byte(text[i])) {
      ++column;
    }
  }
  return {line, column};
}

std::vector<SqlStatement> split_sql_statements(std::string_view sql, const std::string& file) {
  const std::string input(sql);
  PgQuerySplitResult result = pg_query_split_with_parser(input.c_str());
  const std::unique_ptr<PgQuerySplitResult, void (*)(PgQuerySplitResult*)> guard(
      &result, [](PgQuerySplitResult* r) { pg_query_free_split_result(*r); });
  if (result.error != nullptr) {
    const std::size_t offset =
        result.error->cursorpos > 0 ? byte_offset_of_character(input, result.error->cursorpos) : 0;
    const auto [line, column] = line_and_column(input, offset);
    throw ModelError(fmt::format("{}:{}:{}", file, line, column),
                     fmt::format("{} (SQLSTATE 42601)", result.error->message));
  }
  std::vector<SqlStatement> statements;
  statements.reserve(static_cast<std::size_t>(result.n_stmts));
  for (int i = 0; i < result.n_stmts; ++i) {
    const auto* stmt = result.stmts[i];
    const auto location = static_cast<std::size_t>(stmt->stmt_location);
    // A statement's length is 0 when it runs to the end of the input.
    const std::size_t end = stmt->stmt_len == 0 ? input.size() : location + static_cast<std::size_t>(stmt->stmt_len);
    const std::size_t start = skip_blanks_and_comments(input, location, end);
    if (start >= end) {
      continue;
    }
    const auto [line, column] = line_and_column(input, start);
    statements.push_back({input.substr(start, end - start), line, column});
  }
  return statements;
}

}  // namespace schemadiff
