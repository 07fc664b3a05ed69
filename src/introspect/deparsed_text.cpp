// SPDX-License-Identifier: MIT
#include "introspect/deparsed_text.hpp"

#include <fmt/format.h>

#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

constexpr std::string_view k_when = " WHEN (";
constexpr std::string_view k_check = "CHECK (";

bool is_quote(char c) { return c == '"' || c == '\''; }

// Position just past the quoted text that starts at `pos`.
std::size_t skip_quoted(std::string_view text, std::size_t pos) {
  const char quote = text[pos];
  ++pos;
  while (pos < text.size()) {
    if (text[pos] == quote) {
      if (pos + 1 < text.size() && text[pos + 1] == quote) {
        pos += 2;
        continue;
      }
      return pos + 1;
    }
    ++pos;
  }
  return pos;
}

// Position of the parenthesis closing the one at `open`, or npos.
std::size_t matching_paren(std::string_view text, std::size_t open) {
  int depth = 0;
  std::size_t pos = open;
  while (pos < text.size()) {
    const char c = text[pos];
    if (is_quote(c)) {
      pos = skip_quoted(text, pos);
      continue;
    }
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
      if (depth == 0) {
        return pos;
      }
    }
    ++pos;
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<std::string> trigger_when_condition(std::string_view definition) {
  std::size_t pos = 0;
  while (pos < definition.size()) {
    if (is_quote(definition[pos])) {
      pos = skip_quoted(definition, pos);
      continue;
    }
    if (definition.compare(pos, k_when.size(), k_when) == 0) {
      break;
    }
    ++pos;
  }
  if (pos >= definition.size()) {
    return std::nullopt;
  }
  const std::size_t open = pos + k_when.size() - 1;
  const std::size_t close = matching_paren(definition, open);
  if (close == std::string_view::npos) {
    throw Error(fmt::format("unbalanced parentheses in the WHEN clause of: {}", definition));
  }
  return std::string(definition.substr(open + 1, close - open - 1));
}

std::string check_expression(std::string_view definition) {
  if (definition.rfind(k_check, 0) != 0) {
    throw Error(fmt::format("not a CHECK constraint definition: {}", definition));
  }
  const std::size_t open = k_check.size() - 1;
  const std::size_t close = matching_paren(definition, open);
  if (close == std::string_view::npos) {
    throw Error(fmt::format("unbalanced parentheses in: {}", definition));
  }
  return std::string(definition.substr(open + 1, close - open - 1));
}

}  // namespace schemadiff::introspection
