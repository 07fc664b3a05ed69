// SPDX-License-Identifier: MIT
#include "introspect/deparsed_text.hpp"

#include <fmt/format.h>

#include <vector>

#include "schemadiff/error.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff::introspection {
namespace {

using sql::Token;

// Index of the token closing the parenthesis at `open`, or tokens.size().
std::size_t matching_paren(const std::vector<Token>& tokens, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < tokens.size(); ++i) {
    if (tokens[i].is_punctuation('(')) {
      ++depth;
    } else if (tokens[i].is_punctuation(')') && --depth == 0) {
      return i;
    }
  }
  return tokens.size();
}

// The text inside the parentheses opened at tokens[open].
std::optional<std::string> parenthesized(std::string_view text, const std::vector<Token>& tokens, std::size_t open) {
  const std::size_t close = matching_paren(tokens, open);
  if (close == tokens.size()) {
    return std::nullopt;
  }
  return std::string(text.substr(tokens[open].end, tokens[close].start - tokens[open].end));
}

}  // namespace

std::optional<std::string> trigger_when_condition(std::string_view definition) {
  const std::vector<Token> tokens = sql::scan(definition, "trigger definition");
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (sql::is_keyword(definition, tokens[i], "when") && tokens[i + 1].is_punctuation('(')) {
      auto condition = parenthesized(definition, tokens, i + 1);
      if (!condition) {
        throw Error(fmt::format("unbalanced parentheses in the WHEN clause of: {}", definition));
      }
      return condition;
    }
  }
  return std::nullopt;
}

std::string check_expression(std::string_view definition) {
  const std::vector<Token> tokens = sql::scan(definition, "constraint definition");
  if (tokens.size() < 2 || tokens[0].start != 0 || !sql::is_keyword(definition, tokens[0], "check") ||
      !tokens[1].is_punctuation('(')) {
    throw Error(fmt::format("not a CHECK constraint definition: {}", definition));
  }
  auto expression = parenthesized(definition, tokens, 1);
  if (!expression) {
    throw Error(fmt::format("unbalanced parentheses in: {}", definition));
  }
  return *std::move(expression);
}

}  // namespace schemadiff::introspection
