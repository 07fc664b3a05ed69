// SPDX-License-Identifier: MIT
#include "schemadiff/sql/tokens.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "schemadiff/error.hpp"

namespace schemadiff::sql {
namespace {

std::vector<std::string> texts(std::string_view sql) {
  std::vector<std::string> result;
  for (const Token& token : scan(sql, "test.sql")) {
    result.emplace_back(token.text(sql));
  }
  return result;
}

TEST(SqlTokens, QuotedTextIsOneToken) {
  EXPECT_EQ(texts("SELECT 'a;b' AS \"x;\" -- c;\n/* d; */ $q$e;$q$;"),
            (std::vector<std::string>{"SELECT", "'a;b'", "AS", "\"x;\"", "-- c;", "/* d; */", "$q$e;$q$", ";"}));
}

TEST(SqlTokens, KindsAndKeywordClasses) {
  const std::string sql = "select name, \"Time\", time from t.x::int4(";
  const std::vector<Token> tokens = scan(sql, "test.sql");
  ASSERT_EQ(tokens.size(), 13U);
  EXPECT_EQ(tokens[0].kind, Token::Kind::keyword);
  EXPECT_EQ(tokens[0].keyword, KeywordKind::reserved);
  EXPECT_EQ(tokens[1].kind, Token::Kind::keyword);
  EXPECT_EQ(tokens[1].keyword, KeywordKind::unreserved);
  EXPECT_TRUE(tokens[1].is_word());
  EXPECT_TRUE(tokens[2].is_punctuation(','));
  EXPECT_EQ(tokens[3].kind, Token::Kind::identifier);
  EXPECT_EQ(tokens[5].keyword, KeywordKind::column_name);
  EXPECT_EQ(tokens[7].kind, Token::Kind::identifier);
  EXPECT_TRUE(tokens[8].is_punctuation('.'));
  EXPECT_EQ(tokens[10].kind, Token::Kind::other);
  EXPECT_EQ(tokens[10].text(sql), "::");
  EXPECT_TRUE(tokens[12].is_punctuation('('));
  EXPECT_TRUE(is_keyword(sql, tokens[6], "FROM"));
  EXPECT_FALSE(is_keyword(sql, tokens[3], "time"));
}

TEST(SqlTokens, OffsetsAreBytes) {
  const std::string sql = "'ñ' x";
  const std::vector<Token> tokens = scan(sql, "test.sql");
  ASSERT_EQ(tokens.size(), 2U);
  EXPECT_EQ(tokens[1].start, 5U);
  EXPECT_EQ(tokens[1].text(sql), "x");
}

TEST(SqlTokens, NamesAndStringValues) {
  EXPECT_EQ(identifier_name("Users"), "users");
  EXPECT_EQ(identifier_name("\"Users\""), "Users");
  EXPECT_EQ(identifier_name("\"a\"\"b\""), "a\"b");
  // Only ASCII letters fold, as in PostgreSQL under a multi-byte encoding.
  EXPECT_EQ(identifier_name("ÉTÉ"), "ÉtÉ");
  EXPECT_EQ(string_value("'it''s'"), "it's");
  EXPECT_EQ(string_value("E'a\\nb'"), "a\\nb");
}

TEST(SqlTokens, AnUnterminatedQuoteIsAnErrorWithItsPlace) {
  try {
    scan("SELECT 1;\nSELECT 'ñ', 'open", "models/a.sql");
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.path(), "models/a.sql:2:13");
    EXPECT_NE(std::string(e.what()).find("unterminated quoted string"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace schemadiff::sql
