// SPDX-License-Identifier: MIT
#include "diff/sql_rewrite.hpp"

#include <cstddef>
#include <vector>

#include "schemadiff/sql/quote.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff::diff_detail {
namespace {

using sql::Token;

// The tokens of deparsed text, comments left out (the deparser prints none).
std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> tokens = sql::scan(text, "SQL text being renamed");
  std::erase_if(tokens, [](const Token& token) { return token.kind == Token::Kind::comment; });
  return tokens;
}

// How the deparser spells a name: bare exactly when PostgreSQL's quote_ident() leaves it
// bare, else double-quoted. A double-quoted spelling of a name that needs no quotes means
// the same name, so it is accepted too.
class Spelling {
 public:
  explicit Spelling(std::string_view name) : m_bare(quote_ident_if_needed(name)), m_quoted(quote_ident(name)) {}

  bool matches(std::string_view text, const Token& token) const {
    if (!token.is_word()) {
      return false;
    }
    const std::string_view spelled = token.text(text);
    return spelled == m_bare || spelled == m_quoted;
  }

 private:
  std::string m_bare;
  std::string m_quoted;
};

// Scanning costs far more than a search, and most texts do not mention the name at all:
// quoting only surrounds a name with quote characters and doubles them inside it.
bool may_mention(std::string_view text, std::string_view name, std::string_view quotes) {
  return name.find_first_of(quotes) != std::string_view::npos || text.find(name) != std::string_view::npos;
}

bool is_punctuation(const std::vector<Token>& tokens, std::size_t index, char c) {
  return index < tokens.size() && tokens[index].is_punctuation(c);
}

bool is_typecast(std::string_view text, const std::vector<Token>& tokens, std::size_t index) {
  return index < tokens.size() && tokens[index].text(text) == "::";
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

// A string constant (as the deparser prints it: '...', or E'...' for backslashes) whose
// value is `value`.
bool is_literal(std::string_view text, const Token& token, const std::string& value) {
  return token.kind == Token::Kind::string && sql::string_value(token.text(text)) == value;
}

// Each word of `text` that spells `old_name` where `at(tokens, index)` holds, respelled
// as `new_name`.
template <typename Where>
std::string rename_words(std::string_view text, const std::string& old_name, const std::string& new_name, Where at) {
  if (!may_mention(text, old_name, "\"")) {
    return std::string(text);
  }
  const std::vector<Token> tokens = tokens_of(text);
  const Spelling name(old_name);
  const std::string spelled = quote_ident_if_needed(new_name);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (name.matches(text, tokens[i]) && at(tokens, i)) {
      replacements.push_back({tokens[i].start, tokens[i].end, spelled});
    }
  }
  return apply(text, replacements);
}

// Each string constant of value `old_value` cast (`'...'::type`) to a type whose name starts
// at the token after `::` and that `is_type(tokens, index)` accepts, given `new_value`.
template <typename IsType>
std::string rewrite_cast_literals(std::string_view text, const std::string& old_value, const std::string& new_value,
                                  IsType is_type) {
  if (!may_mention(text, old_value, "'")) {
    return std::string(text);
  }
  const std::vector<Token> tokens = tokens_of(text);
  const std::string literal = quote_literal(new_value);
  std::vector<Replacement> replacements;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (is_literal(text, tokens[i], old_value) && is_typecast(text, tokens, i + 1) && is_type(tokens, i + 2)) {
      replacements.push_back({tokens[i].start, tokens[i].end, literal});
    }
  }
  return apply(text, replacements);
}

}  // namespace

std::string rewrite_qualified_name(std::string_view text, const QualifiedName& old_name, const std::string& new_name) {
  const Spelling schema(old_name.schema);
  return rename_words(text, old_name.name, new_name, [&](const std::vector<Token>& tokens, std::size_t i) {
    return i >= 2 && after_dot(tokens, i) && before_dot(tokens, i - 2) && !after_dot(tokens, i - 2) &&
           schema.matches(text, tokens[i - 2]);
  });
}

std::string rewrite_qualifier(std::string_view text, const std::string& old_name, const std::string& new_name) {
  return rename_words(text, old_name, new_name, [](const std::vector<Token>& tokens, std::size_t i) {
    return !after_dot(tokens, i) && before_dot(tokens, i);
  });
}

std::string rewrite_identifier(std::string_view text, const std::string& old_name, const std::string& new_name) {
  return rename_words(text, old_name, new_name, [](const std::vector<Token>& tokens, std::size_t i) {
    return !after_dot(tokens, i) && !before_dot(tokens, i) && !is_punctuation(tokens, i + 1, '(');
  });
}

std::string rewrite_enum_literal(std::string_view text, const QualifiedName& type, const std::string& old_label,
                                 const std::string& new_label) {
  const Spelling schema(type.schema);
  const Spelling name(type.name);
  return rewrite_cast_literals(text, old_label, new_label, [&](const std::vector<Token>& tokens, std::size_t i) {
    return i + 2 < tokens.size() && schema.matches(text, tokens[i]) && before_dot(tokens, i) &&
           after_dot(tokens, i + 2) && name.matches(text, tokens[i + 2]);
  });
}

std::string rewrite_regclass_literal(std::string_view text, const QualifiedName& old_name, const std::string& new_name) {
  const Spelling regclass("regclass");
  const std::string schema = quote_ident_if_needed(old_name.schema) + ".";
  const auto is_regclass = [&](const std::vector<Token>& tokens, std::size_t i) {
    return regclass.matches(text, tokens[i]);
  };
  return rewrite_cast_literals(text, schema + quote_ident_if_needed(old_name.name),
                               schema + quote_ident_if_needed(new_name), is_regclass);
}

}  // namespace schemadiff::diff_detail
