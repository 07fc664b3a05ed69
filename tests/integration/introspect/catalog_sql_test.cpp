// SPDX-License-Identifier: MIT
// The version markers of introspection/*.sql, and that every embedded query is usable on
// every supported server version.
#include "introspect/catalog_sql.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>

#include "introspect/catalog_queries.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

constexpr std::string_view k_sql =
    "SELECT a,\n"
    "       b AS x,  -- pg>=15\n"
    "       c AS x,  -- pg<15\n"
    "       d  -- pg_depend is not a marker\n";

TEST(IntrospectCatalogSql, KeepsAtLeastLinesFromThatVersion) {
  EXPECT_EQ(apply_version_markers(k_sql, 150004),
            "SELECT a,\n"
            "       b AS x,  -- pg>=15\n"
            "\n"
            "       d  -- pg_depend is not a marker\n");
}

TEST(IntrospectCatalogSql, KeepsBelowLinesBeforeThatVersion) {
  EXPECT_EQ(apply_version_markers(k_sql, 140011),
            "SELECT a,\n"
            "\n"
            "       c AS x,  -- pg<15\n"
            "       d  -- pg_depend is not a marker\n");
}

TEST(IntrospectCatalogSql, MarkersAllowTrailingSpaceAndNoFinalNewline) {
  EXPECT_EQ(apply_version_markers("a  -- pg>=13   \nb -- pg<13", 120000), "\nb -- pg<13");
  EXPECT_EQ(apply_version_markers("a  -- pg>=13   \nb -- pg<13", 130000), "a  -- pg>=13   \n");
}

TEST(IntrospectCatalogSql, RejectsMalformedMarkers) {
  EXPECT_THROW(apply_version_markers("x -- pg>15", 150000), Error);
  EXPECT_THROW(apply_version_markers("x -- pg>=", 150000), Error);
  EXPECT_THROW(apply_version_markers("x -- pg<15.2", 150000), Error);
  EXPECT_THROW(apply_version_markers("x -- pg<=15", 150000), Error);
}

TEST(IntrospectCatalogSql, EveryQueryIsEmbeddedAndReadsOnEverySupportedVersion) {
  constexpr std::array k_names = {"schemas",  "extensions",  "enums",    "sequences",
                                  "tables",   "views",       "columns",  "constraints",
                                  "indexes",  "index_keys",  "routines", "triggers",
                                  "comments", "dependencies", "row_security", "policies",
                                  "policy_dependencies", "owners", "privileges", "unmanaged",
                                  "collations", "domains", "domain_constraints",
                                  "composite_types", "composite_attributes", "range_types"};
  for (const char* name : k_names) {
    ASSERT_TRUE(catalog_query_text(name).has_value()) << name;
    for (int major = 12; major <= 17; ++major) {
      const std::string sql = catalog_query(name, major * 10000);
      EXPECT_FALSE(sql.empty()) << name << " on " << major;
    }
  }
  EXPECT_THROW(catalog_query("no_such_query", 150000), Error);
}

TEST(IntrospectCatalogSql, VersionSpecificColumnsAppearOnce) {
  for (int major = 12; major <= 17; ++major) {
    const std::string sql = catalog_query("indexes", major * 10000);
    const auto first = sql.find("AS nulls_not_distinct");
    ASSERT_NE(first, std::string::npos) << major;
    EXPECT_EQ(sql.find("AS nulls_not_distinct", first + 1), std::string::npos) << major;
    EXPECT_EQ(sql.find("indnullsnotdistinct") != std::string::npos, major >= 15) << major;
  }
  EXPECT_EQ(catalog_query("triggers", 120000).find("t.tgparentid = 0"), std::string::npos);
  EXPECT_NE(catalog_query("triggers", 130000).find("t.tgparentid = 0"), std::string::npos);
}

}  // namespace
}  // namespace schemadiff::introspection
