// SPDX-License-Identifier: MIT
#include "diff/sql_rewrite.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace schemadiff::diff_detail {
namespace {

enum class TokenKind { identifier, quoted_identifier, literal, punctuation, other };

struct Token {
  TokenKind kind = TokenKind::other;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string value;  ///< identifier without quotes, literal without quotes and escapes
};

bool is_identifier_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_identifier_char(char c) { return is_identifier_start(c) || (c >= '0' && c <= '9') || c == '$'; }

// `quote` closes the token unless doubled; with `backslash` (E'' literals) a backslash
// escapes the next character too.
std::size_t scan_quoted(std::string_view text, std::size_t pos, char quote, bool backslash, std::string& value) {
  ++pos;
  while (pos < text.size()) {
    const char c = text[pos];
    if (backslash && c == '\\' && pos + 1 < text.size()) {
      value += text.substr(pos, 2);
      pos += 2;
      continue;
    }
    if (c == quote) {
      if (pos + 1 < text.size() && text[pos + 1] == quote) {
        value += quote;
        pos += 2;
        continue;
      }
      return pos + 1;
    }
    value += c;
    ++pos;
  }
  return pos;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    Token token;
    token.start = pos;
    if (c == '\'' || ((c == 'E' || c == 'e') && pos + 1 < text.size() && text[pos + 1] == '\'')) {
      const bool escapes = c != '\'';
      token.kind = TokenKind::literal;
      pos = scan_quoted(text, escapes ? pos + 1 : pos, '\'', escapes, token.value);
    } else if (c == '"') {
      token.kind = TokenKind::quoted_identifier;
      pos = scan_quoted(text, pos, '"', false, token.value);
    } else if (is_identifier_start(c)) {
      token.kind = TokenKind::identifier;
      while (pos < text.size() && is_identifier_char(text[pos])) {
        ++pos;
      }
      token.value = std::string(text.substr(token.start, pos - token.start));
    } else if (c >= '0' && c <= '9') {
      // Numbers, including 1e5 and 0x1F: never identifiers.
      while (pos < text.size() && (is_identifier_char(text[pos]) || text[pos] == '.')) {
        ++pos;
      }
    } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++pos;
      continue;
    } else {
      token.kind = TokenKind::punctuation;
      token.value = std::string(1, c);
      ++pos;
    }
    token.end = pos;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool is_name(const Token& token, const std::string& name) {
  return (token.kind == TokenKind::identifier || token.kind == TokenKind::quoted_identifier) && token.value == name;
}

bool is_punctuation(const std::vector<Token>& tokens, std::size_t index, char c) {
  return index < tokens.size() && tokens[index].kind == TokenKind::punctuation && tokens[index].value[0] == c;
}

bool adjacent(const Token& a, const Token& b) { return a.end == b.start; }

struct Replacement {
  std::size_t start;
  std::size_t end;
  std::string text;
};

std::string apply(std::string_view text, const std::vector<Replacement>& replacements) {
  std::string result;
  std::size_t pos = 0;
  for (const Replacement& r : replacements) {
    result += text.substr(pos, r.start - pos);
    result += r.text;
    pos = r.end;
  }
  result += text.substr(pos);
  return result;
}

bool after_dot(const std::vector<Token>& tokens, std::size_t index) {
  return index > 0 && is_punctuation(tokens, index - 1, '.') && adjacent(tokens[index - 1], tokens[index]);
}

bool before_dot(const std::vector<Token>& tokens, std::size_t index) {
  return is_punctuation(tokens, index + 1, '.') && adjacent(tokens[index], tokens[index + 1]);
}

}  // namespace

std::string rewrite_qualified_name(std::string_view text, const QualifiedName& old_name, const std::string& new_name) {
  const std::vector<Token> tokens = tokenize(text);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (is_name(tokens[i], old_name.schema) && !after_dot(tokens, i) && before_dot(tokens, i) &&
        adjacent(tokens[i + 1], tokens[i + 2]) && is_name(tokens[i + 2], old_name.name)) {
      replacements.push_back({tokens[i + 2].start, tokens[i + 2].end, quote_ident_if_needed(new_name)});
      i += 2;
    }
  }
  return apply(text, replacements);
}

std::string rewrite_qualifier(std::string_view text, const std::string& old_name, const std::string& new_name) {
  const std::vector<Token> tokens = tokenize(text);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_name(tokens[i], old_name) && !after_dot(tokens, i) && before_dot(tokens, i)) {
      replacements.push_back({tokens[i].start, tokens[i].end, quote_ident_if_needed(new_name)});
    }
  }
  return apply(text, replacements);
}

std::string rewrite_identifier(std::string_view text, const std::string& old_name, const std::string& new_name) {
  const std::vector<Token> tokens = tokenize(text);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_name(tokens[i], old_name) && !after_dot(tokens, i) && !before_dot(tokens, i) &&
        !is_punctuation(tokens, i + 1, '(')) {
      replacements.push_back({tokens[i].start, tokens[i].end, quote_ident_if_needed(new_name)});
    }
  }
  return apply(text, replacements);
}

std::string rewrite_enum_literal(std::string_view text, const QualifiedName& type, const std::string& old_label,
                                 const std::string& new_label) {
  const std::vector<Token> tokens = tokenize(text);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i + 5 < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::literal && tokens[i].value == old_label && is_punctuation(tokens, i + 1, ':') &&
        is_punctuation(tokens, i + 2, ':') && is_name(tokens[i + 3], type.schema) &&
        is_punctuation(tokens, i + 4, '.') && is_name(tokens[i + 5], type.name)) {
      std::string literal = "'";
      for (const char c : new_label) {
        literal += c;
        if (c == '\'') {
          literal += '\'';
        }
      }
      literal += '\'';
      replacements.push_back({tokens[i].start, tokens[i].end, literal});
    }
  }
  return apply(text, replacements);
}

std::string rewrite_regclass_literal(std::string_view text, const QualifiedName& old_name, const std::string& new_name) {
  const std::vector<Token> tokens = tokenize(text);
  std::vector<Replacement> replacements;
  const std::string old_text = quote_ident_if_needed(old_name.schema) + "." + quote_ident_if_needed(old_name.name);
  for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::literal && tokens[i].value == old_text && is_punctuation(tokens, i + 1, ':') &&
        is_punctuation(tokens, i + 2, ':') && is_name(tokens[i + 3], "regclass")) {
      std::string literal = "'";
      for (const char c : quote_ident_if_needed(old_name.schema) + "." + quote_ident_if_needed(new_name)) {
        literal += c;
        if (c == '\'') {
          literal += '\'';
        }
      }
      literal += '\'';
      replacements.push_back({tokens[i].start, tokens[i].end, literal});
    }
  }
  return apply(text, replacements);
}

}  // namespace schemadiff::diff_detail
