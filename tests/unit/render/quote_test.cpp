// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

TEST(RenderQuote, IdentifiersAreAlwaysDoubleQuoted) {
  EXPECT_EQ(quote_ident("users"), "\"users\"");
  EXPECT_EQ(quote_ident("Mixed Case"), "\"Mixed Case\"");
  EXPECT_EQ(quote_ident("select"), "\"select\"");
  EXPECT_EQ(quote_ident("a \"quoted\" name"), "\"a \"\"quoted\"\" name\"");
  EXPECT_EQ(quote_ident("café_ñ"), "\"café_ñ\"");
  EXPECT_EQ(quote_ident(""), "\"\"");
}

TEST(RenderQuote, QualifiedNamesQuoteBothParts) {
  EXPECT_EQ(quote_qualified({"public", "users"}), "\"public\".\"users\"");
  EXPECT_EQ(quote_qualified({"My Schema", "a.b"}), "\"My Schema\".\"a.b\"");
}

TEST(RenderQuote, LiteralsDoubleSingleQuotesAndKeepBackslashes) {
  EXPECT_EQ(quote_literal("plain"), "'plain'");
  EXPECT_EQ(quote_literal("it's"), "'it''s'");
  EXPECT_EQ(quote_literal("say \"hi\""), "'say \"hi\"'");
  // standard_conforming_strings is on: a backslash is an ordinary character.
  EXPECT_EQ(quote_literal("C:\\path"), "'C:\\path'");
  EXPECT_EQ(quote_literal(""), "''");
  EXPECT_EQ(quote_literal("line\nbreak"), "'line\nbreak'");
}

}  // namespace
}  // namespace schemadiff
