// SPDX-License-Identifier: MIT
#include "sql/syntax_error.hpp"

#include <fmt/format.h>

#include "schemadiff/error.hpp"
#include "schemadiff/sql/position.hpp"

namespace schemadiff::sql_detail {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

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

void throw_syntax_error(std::string_view sql, const PgQueryError& error, const std::string& source) {
  const std::size_t offset = error.cursorpos > 0 ? byte_offset_of_character(sql, error.cursorpos) : 0;
  const auto [line, column] = line_and_column(sql, offset);
  throw ModelError(fmt::format("{}:{}:{}", source, line, column), fmt::format("{} (SQLSTATE 42601)", error.message));
}

}  // namespace schemadiff::sql_detail
