// SPDX-License-Identifier: MIT
// The decoder of PostgreSQL's text array format (pure; lives in the integration binary
// because that is the one linking the introspect stage).
#include "introspect/text_array.hpp"

#include <gtest/gtest.h>

#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

using Elements = std::vector<std::optional<std::string>>;

TEST(IntrospectTextArray, EmptyArray) { EXPECT_EQ(decode_text_array("{}"), Elements{}); }

TEST(IntrospectTextArray, UnquotedElements) {
  EXPECT_EQ(decode_text_array("{info,warning,critical}"),
            (Elements{"info", "warning", "critical"}));
}

TEST(IntrospectTextArray, QuotedElementsWithEscapes) {
  EXPECT_EQ(decode_text_array(R"({"false alarm","say \"hi\"","back\\slash","a,b","{x}",""})"),
            (Elements{"false alarm", "say \"hi\"", "back\\slash", "a,b", "{x}", ""}));
}

TEST(IntrospectTextArray, NullOnlyWhenUnquoted) {
  EXPECT_EQ(decode_text_array(R"({NULL,"NULL",null})"), (Elements{std::nullopt, "NULL", "null"}));
}

TEST(IntrospectTextArray, SkipsDimensionDecoration) {
  EXPECT_EQ(decode_text_array("[0:2]={1,2,3}"), (Elements{"1", "2", "3"}));
}

TEST(IntrospectTextArray, StorageParameters) {
  EXPECT_EQ(decode_string_array("{fillfactor=70,autovacuum_enabled=false}"),
            (std::vector<std::string>{"fillfactor=70", "autovacuum_enabled=false"}));
}

TEST(IntrospectTextArray, StringArrayRejectsNull) {
  EXPECT_THROW(decode_string_array("{a,NULL}"), Error);
}

TEST(IntrospectTextArray, RejectsMalformedText) {
  for (const char* text :
       {"", "a,b", "{a,b", "{\"a}", "{a}x", "{{1,2},{3,4}}", "{a,,b}", "[1:2]{a}", "{a\"b}"}) {
    EXPECT_THROW(decode_text_array(text), Error) << text;
  }
}

}  // namespace
}  // namespace schemadiff::introspection
