// SPDX-License-Identifier: MIT
#include "schemadiff/sql/tokens.hpp"

#include <pg_query.h>

#include <cstdint>
#include <memory>

#include "schemadiff/error.hpp"
#include "sql/syntax_error.hpp"

namespace schemadiff::sql {
namespace {

// libpg_query returns scan results as a protobuf message (pg_query.proto: ScanResult,
// ScanToken). It is small and fixed, so it is read here directly rather than through the
// protobuf-c runtime, whose headers Debian's libpg-query-dev does not pull in.
constexpr std::uint64_t k_field_tokens = 2;
constexpr std::uint64_t k_token_start = 1;
constexpr std::uint64_t k_token_end = 2;
constexpr std::uint64_t k_token_kind = 4;
constexpr std::uint64_t k_token_keyword = 5;

// Token numbers of pg_query.proto's `Token` enum; below 256 a token is its character.
constexpr std::uint64_t k_ident = 258;
constexpr std::uint64_t k_uident = 259;
constexpr std::uint64_t k_sconst = 261;
constexpr std::uint64_t k_usconst = 262;
constexpr std::uint64_t k_sql_comment = 275;
constexpr std::uint64_t k_c_comment = 276;

class Reader {
 public:
  Reader(const char* data, std::size_t size) : m_data(reinterpret_cast<const unsigned char*>(data)), m_size(size) {}

  bool done() const { return m_pos >= m_size; }

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; m_pos < m_size && shift < 64; shift += 7) {
      const unsigned char byte = m_data[m_pos++];
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        return value;
      }
    }
    throw Error("scanning SQL: malformed scanner output");
  }

  Reader sub(std::size_t length) {
    if (length > m_size - m_pos) {
      throw Error("scanning SQL: malformed scanner output");
    }
    Reader inner(reinterpret_cast<const char*>(m_data + m_pos), length);
    m_pos += length;
    return inner;
  }

  void skip(std::uint64_t wire_type) {
    switch (wire_type) {
      case 0: varint(); return;
      case 1: sub(8); return;
      case 2: sub(varint()); return;
      case 5: sub(4); return;
      default: throw Error("scanning SQL: malformed scanner output");
    }
  }

 private:
  const unsigned char* m_data;
  std::size_t m_size;
  std::size_t m_pos = 0;
};

KeywordKind keyword_kind(std::uint64_t value) {
  switch (value) {
    case 1: return KeywordKind::unreserved;
    case 2: return KeywordKind::column_name;
    case 3: return KeywordKind::type_function_name;
    case 4: return KeywordKind::reserved;
    default: return KeywordKind::none;
  }
}

Token read_token(Reader reader, std::string_view sql) {
  Token token;
  std::uint64_t kind = 0;
  std::uint64_t keyword = 0;
  while (!reader.done()) {
    const std::uint64_t key = reader.varint();
    const std::uint64_t field = key >> 3;
    const std::uint64_t wire_type = key & 7;
    if (wire_type != 0) {
      reader.skip(wire_type);
      continue;
    }
    const std::uint64_t value = reader.varint();
    if (field == k_token_start) {
      token.start = static_cast<std::size_t>(value);
    } else if (field == k_token_end) {
      token.end = static_cast<std::size_t>(value);
    } else if (field == k_token_kind) {
      kind = value;
    } else if (field == k_token_keyword) {
      keyword = value;
    }
  }
  if (token.end > sql.size() || token.start > token.end) {
    throw Error("scanning SQL: malformed scanner output");
  }
  if (kind == k_ident || kind == k_uident) {
    token.kind = Token::Kind::identifier;
  } else if (keyword != 0) {
    token.kind = Token::Kind::keyword;
    token.keyword = keyword_kind(keyword);
  } else if (kind == k_sconst || kind == k_usconst) {
    token.kind = Token::Kind::string;
  } else if (kind == k_sql_comment || kind == k_c_comment) {
    token.kind = Token::Kind::comment;
  } else if (kind < 256 && token.end == token.start + 1) {
    token.kind = Token::Kind::punctuation;
    token.punctuation = sql[token.start];
  }
  return token;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The text between the quotes that open and close `text`, a doubled quote read as one.
std::string undoubled(std::string_view text, char quote) {
  std::string value;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    value += text[i];
    if (text[i] == quote) {
      ++i;
    }
  }
  return value;
}

}  // namespace

std::vector<Token> scan(std::string_view sql, const std::string& source) {
  const std::string input(sql);
  PgQueryScanResult result = pg_query_scan(input.c_str());
  const std::unique_ptr<PgQueryScanResult, void (*)(PgQueryScanResult*)> guard(
      &result, [](PgQueryScanResult* r) { pg_query_free_scan_result(*r); });
  if (result.error != nullptr) {
    sql_detail::throw_syntax_error(input, *result.error, source);
  }
  std::vector<Token> tokens;
  Reader reader(result.pbuf.data, result.pbuf.len);
  while (!reader.done()) {
    const std::uint64_t key = reader.varint();
    if ((key >> 3) == k_field_tokens && (key & 7) == 2) {
      tokens.push_back(read_token(reader.sub(reader.varint()), input));
    } else {
      reader.skip(key & 7);
    }
  }
  return tokens;
}

bool is_keyword(std::string_view sql, const Token& token, std::string_view word) {
  if (token.kind != Token::Kind::keyword || token.end - token.start != word.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(sql[token.start + i]) != ascii_lower(word[i])) {
      return false;
    }
  }
  return true;
}

std::string identifier_name(std::string_view text) {
  if (!text.empty() && text.front() == '"') {
    return undoubled(text, '"');
  }
  std::string name(text);
  for (char& c : name) {
    c = ascii_lower(c);
  }
  return name;
}

std::string string_value(std::string_view text) {
  if (!text.empty() && (text.front() == 'E' || text.front() == 'e')) {
    text.remove_prefix(1);
  }
  return undoubled(text, '\'');
}

}  // namespace schemadiff::sql
