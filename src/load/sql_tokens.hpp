// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace schemadiff::load_detail {

/// One token of PostgreSQL's own lexer (libpg_query's scanner), comments included.
struct SqlToken {
  enum class Kind { identifier, keyword, string, comment, punctuation, other };
  Kind kind = Kind::other;
  std::size_t start = 0;  ///< byte offsets into the scanned text
  std::size_t end = 0;
  char punctuation = 0;   ///< the character, for Kind::punctuation
};

/// Tokens of `sql` in order. A lexical error (an unterminated quote) is a ModelError at
/// `file:line:column`.
std::vector<SqlToken> scan_sql(std::string_view sql, const std::string& file);

/// An identifier token's name as PostgreSQL reads it: unquoted and case-folded, or the
/// text between double quotes.
std::string identifier_name(std::string_view token_text);

/// A string constant's value ('it''s' -> it's).
std::string string_value(std::string_view token_text);

}  // namespace schemadiff::load_detail
