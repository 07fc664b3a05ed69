// SPDX-License-Identifier: MIT
// Diff and plan of collations, domains, composite and range types on hand-made models
// (no dependency list: the planner goes by the type and collation names columns carry).
#include <gtest/gtest.h>

#include <algorithm>

#include "schemadiff/plan/plan.hpp"
#include "unit/diff/diff_test_support.hpp"
#include "unit/plan/plan_test_support.hpp"

namespace schemadiff {
namespace {

using namespace diff_test;

Domain domain(const std::string& name, std::string base_type) {
  return Domain{qn(name), std::move(base_type), std::nullopt, std::nullopt, false, {}, std::nullopt};
}

DomainConstraint check_of(std::string name, std::string definition, Validation validation = Validation::validated) {
  return DomainConstraint{std::move(name), std::move(definition), validation, std::nullopt};
}

std::vector<std::string> planned(const SchemaModel& from, const SchemaModel& to) {
  return plan_test::keys_of(plan(diff(from, to), from, to));
}

TEST(DiffDomains, CreatedBeforeTheTableAndDroppedAfter) {
  SchemaModel from;
  SchemaModel to;
  to.domains[qn("qty")] = domain("qty", "integer");
  put(to, table("lines", {column("n", "public.qty[]")}));
  EXPECT_EQ(planned(from, to), (std::vector<std::string>{"domain:public.qty:create", "table:public.lines:create"}));
  EXPECT_EQ(planned(to, from), (std::vector<std::string>{"table:public.lines:drop", "domain:public.qty:drop"}));
}

TEST(DiffDomains, InPlaceChanges) {
  SchemaModel from;
  Domain before = domain("qty", "integer");
  before.constraints["positive"] = check_of("positive", "CHECK ((VALUE > 0))");
  before.constraints["small"] = check_of("small", "CHECK ((VALUE < 10))", Validation::not_valid);
  from.domains[before.name] = before;
  SchemaModel to;
  Domain after = before;
  after.default_expr = "1";
  after.not_null = true;
  after.constraints["positive"] = check_of("positive", "CHECK ((VALUE >= 0))");
  after.constraints["small"].validation = Validation::validated;
  after.comment = "how many";
  to.domains[after.name] = after;
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, AlterDomain{before, after}));
  EXPECT_TRUE(has(operations, DropDomainConstraint{qn("qty"), before.constraints.at("positive")}));
  EXPECT_TRUE(has(operations, AddDomainConstraint{qn("qty"), after.constraints.at("positive")}));
  EXPECT_TRUE(has(operations, ValidateDomainConstraint{qn("qty"), after.constraints.at("small")}));
  EXPECT_TRUE(has(operations, SetComment{ObjectRef{ObjectKind::domain, qn("qty"), ""}, std::nullopt, "how many"}));
  EXPECT_EQ(operations.size(), 5U);
  const auto keys = planned(from, to);
  EXPECT_LT(std::find(keys.begin(), keys.end(), "domain_constraint:public.qty.positive:drop"),
            std::find(keys.begin(), keys.end(), "domain_constraint:public.qty.positive:add"));
}

TEST(DiffDomains, BaseTypeChangeReplacesWithTheColumns) {
  SchemaModel from;
  from.domains[qn("amount")] = domain("amount", "numeric(10,2)");
  put(from, table("invoices", {column("id"), column("total", "public.amount")}));
  put(from, index("invoices_total_idx", "invoices", {"total"}));
  SchemaModel to = from;
  to.domains[qn("amount")].base_type = "numeric(12,2)";
  const auto operations = diff(from, to);
  const auto replaces = all_of<ReplaceDomain>(operations);
  ASSERT_EQ(replaces.size(), 1U);
  ASSERT_EQ(replaces.front().columns.size(), 1U);
  EXPECT_EQ(replaces.front().columns.front().column.name, "total");
  const auto keys = planned(from, to);
  EXPECT_EQ(keys, (std::vector<std::string>{"index:public.invoices_total_idx:drop", "domain:public.amount:replace",
                                            "index:public.invoices_total_idx:create"}));
}

TEST(DiffDomains, ReplacementHazards) {
  SchemaModel from;
  from.domains[qn("amount")] = domain("amount", "numeric(10,2)");
  put(from, table("invoices", {column("total", "public.amount")}));
  SchemaModel wider = from;
  wider.domains[qn("amount")].base_type = "numeric(12,2)";
  SchemaModel narrower = from;
  narrower.domains[qn("amount")].base_type = "numeric(8,2)";
  const auto hazards_of = [&from](const SchemaModel& to) { return plan(diff(from, to), from, to).steps.at(0).facts.hazards; };
  EXPECT_EQ(hazards_of(wider), (std::vector<Hazard>{Hazard::rewrites_table, Hazard::access_exclusive_lock}));
  EXPECT_EQ(hazards_of(narrower),
            (std::vector<Hazard>{Hazard::deletes_data, Hazard::rewrites_table, Hazard::access_exclusive_lock}));
}

TEST(DiffCompositeTypes, AttributesAlteredInPlaceUnlessReordered) {
  SchemaModel from;
  from.composite_types[qn("pair")] = CompositeType{
      qn("pair"), {CompositeAttribute{"a", "integer", std::nullopt}, CompositeAttribute{"b", "text", std::nullopt}},
      std::nullopt};
  SchemaModel to = from;
  to.composite_types[qn("pair")].attributes.push_back(CompositeAttribute{"c", "text", std::nullopt});
  EXPECT_EQ(planned(from, to), (std::vector<std::string>{"composite_type:public.pair:alter"}));
  std::swap(to.composite_types[qn("pair")].attributes[0], to.composite_types[qn("pair")].attributes[1]);
  EXPECT_EQ(planned(from, to),
            (std::vector<std::string>{"composite_type:public.pair:drop", "composite_type:public.pair:create"}));
}

TEST(DiffRangeTypes, SubtypeChangeReplacesAndColumnsFollow) {
  SchemaModel from;
  from.range_types[qn("span")] = RangeType{qn("span"), "integer", std::nullopt, std::nullopt, std::nullopt,
                                           std::nullopt, std::nullopt, std::nullopt};
  put(from, table("batches", {column("serials", "public.span")}));
  SchemaModel to = from;
  to.range_types[qn("span")].subtype = "bigint";
  const auto operations = diff(from, to);
  const auto replaces = all_of<ReplaceRangeType>(operations);
  ASSERT_EQ(replaces.size(), 1U);
  EXPECT_EQ(replaces.front().columns.size(), 1U);
}

TEST(DiffCollations, ColumnUsingANewCollationWaitsForIt) {
  SchemaModel from;
  put(from, table("people", {column("name", "text")}));
  SchemaModel to = from;
  to.collations[qn("ci")] =
      Collation{qn("ci"), "icu", "und-u-ks-level2", std::nullopt, std::nullopt, false, std::nullopt};
  column_of(to, "people", "name").collation = "public.ci";
  EXPECT_EQ(planned(from, to),
            (std::vector<std::string>{"collation:public.ci:create", "column:public.people.name:alter"}));
  EXPECT_EQ(planned(to, from),
            (std::vector<std::string>{"column:public.people.name:alter", "collation:public.ci:drop"}));
}

}  // namespace
}  // namespace schemadiff
