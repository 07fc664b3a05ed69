// SPDX-License-Identifier: MIT
#include "schemadiff/sql/quote.hpp"

#include <algorithm>
#include <vector>

#include "schemadiff/sql/tokens.hpp"

namespace schemadiff {
namespace {

std::string quote_with(std::string_view text, char quote) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted += quote;
  for (const char c : text) {
    if (c == quote) {
      quoted += quote;
    }
    quoted += c;
  }
  quoted += quote;
  return quoted;
}

// The test of PostgreSQL's quote_identifier(): no upper case, no `$`, nothing beyond ASCII.
bool is_lower_case_word(std::string_view ident) {
  if (ident.empty() || !((ident[0] >= 'a' && ident[0] <= 'z') || ident[0] == '_')) {
    return false;
  }
  return std::all_of(ident.begin(), ident.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// The keyword class comes from the parser's own keyword list: scanning the bare word
// yields one token, a keyword token when the word is one.
bool is_usable_bare(std::string_view word) {
  const std::vector<sql::Token> tokens = sql::scan(word, "identifier");
  return tokens.size() == 1 &&
         (tokens[0].kind == sql::Token::Kind::identifier || tokens[0].keyword == sql::KeywordKind::unreserved);
}

}  // namespace

std::string quote_ident(std::string_view ident) { return quote_with(ident, '"'); }

std::string quote_ident_if_needed(std::string_view ident) {
  if (is_lower_case_word(ident) && is_usable_bare(ident)) {
    return std::string(ident);
  }
  return quote_ident(ident);
}

std::string quote_literal(std::string_view text) { return quote_with(text, '\''); }

}  // namespace schemadiff
