// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Every reading of SQL text goes through PostgreSQL's own lexer (libpg_query's scanner):
// quoted identifiers, string constants of every form (E'', U&'', dollar quotes) and
// comments are then recognised exactly as the server recognises them.
namespace schemadiff::sql {

/// The keyword classes of PostgreSQL's grammar (kwlist.h). Only an unreserved keyword
/// can be used bare wherever a name is expected.
enum class KeywordKind { none, unreserved, column_name, type_function_name, reserved };

/// One token, comments included.
struct Token {
  enum class Kind {
    identifier,   ///< a bare name that is no keyword, or any double-quoted name
    keyword,      ///< a bare word of the keyword list, of class `keyword`
    string,       ///< a string constant, quotes included
    comment,      ///< `-- ...` (without the line break) or `/* ... */`
    punctuation,  ///< a single-character token: ( ) , ; . [ ] and one-character operators
    other,        ///< numbers, parameters, multi-character operators such as `::`
  };
  Kind kind = Kind::other;
  std::size_t start = 0;  ///< byte offsets into the scanned text
  std::size_t end = 0;
  KeywordKind keyword = KeywordKind::none;  ///< for Kind::keyword
  char punctuation = 0;                     ///< the character, for Kind::punctuation

  std::string_view text(std::string_view sql) const { return sql.substr(start, end - start); }
  bool is_punctuation(char c) const { return kind == Kind::punctuation && punctuation == c; }
  /// A bare or quoted name: an identifier, or a keyword (which names something wherever
  /// the grammar allows that class of keyword).
  bool is_word() const { return kind == Kind::identifier || kind == Kind::keyword; }
};

/// The tokens of `sql` in order. A lexical error (an unterminated quoted string,
/// identifier or comment) is a ModelError at `source:line:column`.
std::vector<Token> scan(std::string_view sql, const std::string& source);

/// A keyword `word` spelled in any case (`on`, `ON`): keywords are case-insensitive.
bool is_keyword(std::string_view sql, const Token& token, std::string_view word);

/// A word token's name as PostgreSQL reads it: the text between double quotes with `""`
/// undoubled, or the bare word with ASCII letters folded to lower case.
std::string identifier_name(std::string_view token_text);

/// A plain string constant's value ('it''s' -> it's; a leading E is dropped, backslash
/// escapes are kept as written).
std::string string_value(std::string_view token_text);

}  // namespace schemadiff::sql
