// SPDX-License-Identifier: MIT
#include "schemadiff/sql/quote.hpp"

#include <gtest/gtest.h>

namespace schemadiff {
namespace {

TEST(SqlQuote, IdentifiersAreAlwaysDoubleQuoted) {
  EXPECT_EQ(quote_ident("users"), "\"users\"");
  EXPECT_EQ(quote_ident("Mixed Case"), "\"Mixed Case\"");
  EXPECT_EQ(quote_ident("select"), "\"select\"");
  EXPECT_EQ(quote_ident("a \"quoted\" name"), "\"a \"\"quoted\"\" name\"");
  EXPECT_EQ(quote_ident("café_ñ"), "\"café_ñ\"");
  EXPECT_EQ(quote_ident(""), "\"\"");
}

TEST(SqlQuote, PlainNamesAndUnreservedKeywordsStayBare) {
  EXPECT_EQ(quote_ident_if_needed("users"), "users");
  EXPECT_EQ(quote_ident_if_needed("_private2"), "_private2");
  // Unreserved keywords are valid bare names wherever a name goes.
  EXPECT_EQ(quote_ident_if_needed("name"), "name");
  EXPECT_EQ(quote_ident_if_needed("version"), "version");
  EXPECT_EQ(quote_ident_if_needed("off"), "off");
}

TEST(SqlQuote, KeywordsThatAreNotUnreservedAreQuoted) {
  // Column-name keywords, missing from hand-written reserved-word lists.
  EXPECT_EQ(quote_ident_if_needed("time"), "\"time\"");
  EXPECT_EQ(quote_ident_if_needed("position"), "\"position\"");
  EXPECT_EQ(quote_ident_if_needed("values"), "\"values\"");
  EXPECT_EQ(quote_ident_if_needed("none"), "\"none\"");
  // Type/function-name and reserved keywords.
  EXPECT_EQ(quote_ident_if_needed("left"), "\"left\"");
  EXPECT_EQ(quote_ident_if_needed("user"), "\"user\"");
  EXPECT_EQ(quote_ident_if_needed("select"), "\"select\"");
}

TEST(SqlQuote, NamesThatAreNotLowerCaseAsciiWordsAreQuoted) {
  EXPECT_EQ(quote_ident_if_needed("Users"), "\"Users\"");
  EXPECT_EQ(quote_ident_if_needed("two words"), "\"two words\"");
  EXPECT_EQ(quote_ident_if_needed("it\"s"), "\"it\"\"s\"");
  EXPECT_EQ(quote_ident_if_needed("1st"), "\"1st\"");
  EXPECT_EQ(quote_ident_if_needed("price$"), "\"price$\"");
  EXPECT_EQ(quote_ident_if_needed("café"), "\"café\"");
  EXPECT_EQ(quote_ident_if_needed(""), "\"\"");
}

TEST(SqlQuote, LiteralsDoubleSingleQuotesAndKeepBackslashes) {
  EXPECT_EQ(quote_literal("plain"), "'plain'");
  EXPECT_EQ(quote_literal("it's"), "'it''s'");
  EXPECT_EQ(quote_literal("say \"hi\""), "'say \"hi\"'");
  // standard_conforming_strings is on: a backslash is an ordinary character.
  EXPECT_EQ(quote_literal("C:\\path"), "'C:\\path'");
  EXPECT_EQ(quote_literal(""), "''");
  EXPECT_EQ(quote_literal("line\nbreak"), "'line\nbreak'");
  EXPECT_EQ(quote_literal("ñandú"), "'ñandú'");
}

}  // namespace
}  // namespace schemadiff
