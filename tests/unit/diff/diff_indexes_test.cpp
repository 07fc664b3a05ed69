// SPDX-License-Identifier: MIT
#include <functional>

#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel indexed() {
  SchemaModel model;
  put(model, table("t", {column("a"), column("b"), column("c", "text")}));
  put(model, table("u", {column("a"), column("b"), column("c", "text")}));
  put(model, index("t_a_idx", "t", {"a"}));
  return model;
}

struct Facet {
  const char* name;
  std::function<void(Index&)> change;
};

class DiffIndexFacets : public testing::TestWithParam<Facet> {};

TEST_P(DiffIndexFacets, AnyFacetIsDropAndCreate) {
  const SchemaModel from = indexed();
  SchemaModel to = from;
  GetParam().change(to.indexes.at(qn("t_a_idx")));
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, DropIndex{from.indexes.at(qn("t_a_idx"))}));
  EXPECT_TRUE(has(operations, CreateIndex{to.indexes.at(qn("t_a_idx"))}));
}

INSTANTIATE_TEST_SUITE_P(
    DiffIndexes, DiffIndexFacets,
    testing::Values(
        Facet{"method", [](Index& i) { i.method = "hash"; }},
        Facet{"key_column", [](Index& i) { i.keys[0].expression = "b"; }},
        Facet{"extra_key", [](Index& i) { i.keys.push_back(i.keys[0]); i.keys[1].expression = "b"; }},
        Facet{"expression", [](Index& i) { i.keys[0] = IndexKey{"(a + 1)", true, std::nullopt, std::nullopt, SortOrder::asc, NullsOrder::last}; }},
        Facet{"opclass", [](Index& i) { i.keys[0].opclass = "public.int4_ops"; }},
        Facet{"collation", [](Index& i) { i.keys[0].collation = "\"C\""; }},
        Facet{"order", [](Index& i) { i.keys[0].order = SortOrder::desc; }},
        Facet{"nulls", [](Index& i) { i.keys[0].nulls = NullsOrder::first; }},
        Facet{"predicate", [](Index& i) { i.predicate = "(b > 0)"; }},
        Facet{"include", [](Index& i) { i.include = {"c"}; }},
        Facet{"uniqueness", [](Index& i) { i.uniqueness = IndexUniqueness::unique; }},
        Facet{"nulls_not_distinct", [](Index& i) { i.nulls_not_distinct = true; }},
        Facet{"storage_parameters", [](Index& i) { i.storage_parameters = {"fillfactor=80"}; }},
        Facet{"table", [](Index& i) { i.table = qn("u"); }},
        Facet{"definition", [](Index& i) { i.definition += " "; }}),
    [](const testing::TestParamInfo<Facet>& info) { return std::string(info.param.name); });

TEST(DiffIndexes, CreateAndDrop) {
  const SchemaModel from = indexed();
  SchemaModel to = from;
  Index b_idx = index("t_b_idx", "t", {"b"});
  b_idx.comment = "by b";
  put(to, b_idx);
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, CreateIndex{b_idx}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::index, "t_b_idx"), std::nullopt, "by b"}));
  operations = diff(to, from);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropIndex{b_idx}));
}

TEST(DiffIndexes, CommentOnly) {
  const SchemaModel from = indexed();
  SchemaModel to = from;
  to.indexes.at(qn("t_a_idx")).comment = "by a";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::index, "t_a_idx"), std::nullopt, "by a"}));
}

TEST(DiffIndexes, RecreatedWithComment) {
  SchemaModel from = indexed();
  from.indexes.at(qn("t_a_idx")).comment = "old";
  SchemaModel to = from;
  to.indexes.at(qn("t_a_idx")).method = "hash";
  to.indexes.at(qn("t_a_idx")).comment = "new";
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::index, "t_a_idx"), std::nullopt, "new"}));
  EXPECT_EQ(operations.size(), 3U);
}

}  // namespace
}  // namespace schemadiff::diff_test
