// SPDX-License-Identifier: MIT
// Introspection of fixtures/introspect/user_types: collations, domains, composite and
// range types, field by field, with the dependencies that point at them.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

QualifiedName cat(const std::string& name) { return {"catalog", name}; }

class IntrospectUserTypes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    m_database = std::make_unique<testing::TestDatabase>("introspect_user_types");
    m_database->execute(testing::read_file(testing::fixture_path("introspect/user_types/schema.sql")));
    Database db = m_database->connect();
    m_model = std::make_unique<SchemaModel>(introspect(db));
  }
  static void TearDownTestSuite() {
    m_model.reset();
    m_database.reset();
  }

  static const SchemaModel& model() { return *m_model; }

  static bool depends(const ObjectRef& dependent, const ObjectRef& referenced) {
    const auto& list = model().dependencies;
    return std::find(list.begin(), list.end(), Dependency{dependent, referenced}) != list.end();
  }

 private:
  static inline std::unique_ptr<testing::TestDatabase> m_database;
  static inline std::unique_ptr<SchemaModel> m_model;
};

TEST_F(IntrospectUserTypes, Collations) {
  ASSERT_EQ(model().collations.size(), 2U);
  EXPECT_EQ(model().collations.at(cat("case_insensitive")),
            (Collation{cat("case_insensitive"), "icu", "und-u-ks-level2", std::nullopt, std::nullopt, false,
                       "Ignores case"}));
  EXPECT_EQ(model().collations.at(cat("Byte Order")),
            (Collation{cat("Byte Order"), "libc", std::nullopt, "C", "C", true, std::nullopt}));
}

TEST_F(IntrospectUserTypes, Domains) {
  // earthdistance's earth domain belongs to the extension.
  ASSERT_EQ(model().domains.size(), 2U);
  const Domain& price = model().domains.at(cat("price"));
  EXPECT_EQ(price.base_type, "numeric(10,2)");
  EXPECT_EQ(price.collation, std::nullopt);
  EXPECT_EQ(price.default_expr, "0");
  EXPECT_TRUE(price.not_null);
  EXPECT_EQ(price.comment, "A price in cents precision");
  ASSERT_EQ(price.constraints.size(), 2U);
  EXPECT_EQ(price.constraints.at("price_non_negative"),
            (DomainConstraint{"price_non_negative", "CHECK ((VALUE >= (0)::numeric))", Validation::validated,
                              "No refunds here"}));
  EXPECT_EQ(price.constraints.at("price_reasonable"),
            (DomainConstraint{"price_reasonable", "CHECK ((VALUE < (1000000)::numeric))", Validation::not_valid,
                              std::nullopt}));
  EXPECT_EQ(model().domains.at(cat("product_name")),
            (Domain{cat("product_name"), "character varying(80)", "catalog.case_insensitive", std::nullopt, false,
                    {}, std::nullopt}));
}

TEST_F(IntrospectUserTypes, CompositeTypes) {
  ASSERT_EQ(model().composite_types.size(), 1U);
  EXPECT_EQ(model().composite_types.at(cat("dimensions")),
            (CompositeType{cat("dimensions"),
                           {CompositeAttribute{"width", "catalog.price", std::nullopt},
                            CompositeAttribute{"height", "numeric", std::nullopt},
                            CompositeAttribute{"label", "text", "catalog.\"Byte Order\""}},
                           "Width and height"}));
}

TEST_F(IntrospectUserTypes, RangeTypes) {
  ASSERT_EQ(model().range_types.size(), 2U);
  EXPECT_EQ(model().range_types.at(cat("pricerange")),
            (RangeType{cat("pricerange"), "numeric", std::nullopt, std::nullopt, std::nullopt,
                       "catalog.price_diff", std::nullopt, "Price bands"}));
  EXPECT_EQ(model().range_types.at(cat("name_range")),
            (RangeType{cat("name_range"), "text", "pg_catalog.text_pattern_ops", "catalog.\"Byte Order\"",
                       std::nullopt, std::nullopt, cat("name_ranges"), std::nullopt}));
}

TEST_F(IntrospectUserTypes, RangeConstructorsAreNotRoutines) {
  for (const auto& [name, routine] : model().routines) {
    EXPECT_TRUE(name.name.name == "price_diff" || name.name.name == "area") << display_name(name);
  }
}

TEST_F(IntrospectUserTypes, ColumnsKeepTypeAndCollationText) {
  const Table& products = model().tables.at(cat("products"));
  std::vector<std::string> types;
  for (const Column& column : products.columns) {
    types.push_back(column.type + (column.collation ? " COLLATE " + *column.collation : ""));
  }
  EXPECT_EQ(types, (std::vector<std::string>{"integer", "catalog.product_name", "catalog.price", "catalog.price[]",
                                             "catalog.dimensions", "catalog.pricerange", "catalog.pricemultirange",
                                             "text COLLATE catalog.\"Byte Order\""}));
}

TEST_F(IntrospectUserTypes, DependenciesOnTheNewKinds) {
  const auto column = [](const std::string& name) { return ObjectRef{ObjectKind::column, cat("products"), name}; };
  const ObjectRef price{ObjectKind::domain, cat("price"), ""};
  const ObjectRef product_name{ObjectKind::domain, cat("product_name"), ""};
  const ObjectRef dimensions{ObjectKind::composite_type, cat("dimensions"), ""};
  const ObjectRef pricerange{ObjectKind::range_type, cat("pricerange"), ""};
  const ObjectRef byte_order{ObjectKind::collation, cat("Byte Order"), ""};
  const ObjectRef case_insensitive{ObjectKind::collation, cat("case_insensitive"), ""};
  EXPECT_TRUE(depends(column("name"), product_name));
  EXPECT_TRUE(depends(column("price"), price));
  EXPECT_TRUE(depends(column("previous_prices"), price));
  EXPECT_TRUE(depends(column("size"), dimensions));
  EXPECT_TRUE(depends(column("band"), pricerange));
  EXPECT_TRUE(depends(column("bands"), pricerange));
  EXPECT_TRUE(depends(column("sort_key"), byte_order));
  EXPECT_TRUE(depends(product_name, case_insensitive));
  EXPECT_TRUE(depends(dimensions, price));
  EXPECT_TRUE(depends(dimensions, byte_order));
  EXPECT_TRUE(depends(pricerange, ObjectRef{ObjectKind::routine, cat("price_diff"), "a numeric, b numeric"}));
  EXPECT_TRUE(depends(ObjectRef{ObjectKind::routine, cat("area"), "d catalog.dimensions"}, dimensions));
  // A domain's CHECK stands for the domain: no dependency of the domain on itself.
  for (const Dependency& dependency : model().dependencies) {
    EXPECT_NE(dependency.dependent.kind, ObjectKind::domain_constraint);
    EXPECT_NE(dependency.dependent, dependency.referenced);
  }
}

}  // namespace
}  // namespace schemadiff
