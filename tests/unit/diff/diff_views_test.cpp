// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel with_views() {
  SchemaModel model;
  put(model, table("t", {column("id"), column("name", "text")}));
  put(model, view("v", "SELECT id FROM public.t;", {{"id", "integer"}}));
  put(model, view("w", "SELECT id FROM public.v;", {{"id", "integer"}}));
  depends(model, view_ref_of("v"), ref(ObjectKind::column, "t", "id"));
  depends(model, view_ref_of("w"), ref(ObjectKind::column, "v", "id"));
  depends(model, view_ref_of("w"), view_ref_of("v"));
  return model;
}

SchemaModel with_materialized_view() {
  SchemaModel model;
  put(model, table("t", {column("id"), column("name", "text")}));
  model.materialized_views.emplace(qn("m"), view("m", "SELECT id FROM public.t;", {{"id", "integer"}}));
  Index m_idx = index("m_id_idx", "m", {"id"});
  m_idx.comment = "by id";
  put(model, m_idx);
  depends(model, ref(ObjectKind::materialized_view, "m"), ref(ObjectKind::column, "t", "id"));
  return model;
}

TEST(DiffViews, AppendedColumnIsReplace) {
  const SchemaModel from = with_views();
  SchemaModel to = from;
  View& v = to.views.at(qn("v"));
  v.definition = "SELECT id, name FROM public.t;";
  v.columns.push_back({"name", "text"});
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, ReplaceView{from.views.at(qn("v")), v}));
}

TEST(DiffViews, NewDefinitionSameColumnsIsReplace) {
  const SchemaModel from = with_views();
  SchemaModel to = from;
  to.views.at(qn("v")).definition = "SELECT id FROM public.t WHERE id > 0;";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<ReplaceView>(operations), 1U);
}

TEST(DiffViews, ChangedColumnsAreDropAndCreateWithDependents) {
  const SchemaModel from = with_views();
  SchemaModel to = from;
  View& v = to.views.at(qn("v"));
  v.definition = "SELECT id::bigint AS id FROM public.t;";
  v.columns = {{"id", "bigint"}};
  v.comment = "wider";
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropView{from.views.at(qn("v"))}));
  EXPECT_TRUE(has(operations, CreateView{v}));
  EXPECT_TRUE(has(operations, DropView{from.views.at(qn("w"))}));
  EXPECT_TRUE(has(operations, CreateView{to.views.at(qn("w"))}));
  EXPECT_TRUE(has(operations, SetComment{view_ref_of("v"), std::nullopt, "wider"}));
  EXPECT_EQ(operations.size(), 5U);
}

TEST(DiffViews, RenamedColumnIsDropAndCreate) {
  const SchemaModel from = with_views();
  SchemaModel to = from;
  to.views.at(qn("w")).columns = {{"key", "integer"}};
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropView>(operations), 1U);
  EXPECT_EQ(count_of<CreateView>(operations), 1U);
}

TEST(DiffViews, DroppedViewTakesDependentViews) {
  const SchemaModel from = with_views();
  SchemaModel to = from;
  to.views.erase(qn("v"));
  to.views.at(qn("w")).definition = "SELECT id FROM public.t;";
  to.dependencies.clear();
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropView{from.views.at(qn("v"))}));
  EXPECT_TRUE(has(operations, DropView{from.views.at(qn("w"))}));
  EXPECT_TRUE(has(operations, CreateView{to.views.at(qn("w"))}));
  EXPECT_EQ(count_of<ReplaceView>(operations), 0U);
  EXPECT_EQ(operations.size(), 3U);
}

TEST(DiffViews, CreateAndDropWithComment) {
  const SchemaModel from = with_views();
  SchemaModel to = from;
  View x = view("x", "SELECT 1 AS one;", {{"one", "integer"}});
  x.comment = "one";
  put(to, x);
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, CreateView{x}));
  EXPECT_TRUE(has(operations, SetComment{view_ref_of("x"), std::nullopt, "one"}));
  operations = diff(to, from);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropView{x}));
}

TEST(DiffViews, TriggerOnRecreatedViewComesBack) {
  SchemaModel from = with_views();
  put(from, function("f", "", "trigger", "..."));
  Trigger instead = trigger("w", "w_insert", "f");
  instead.timing = TriggerTiming::instead_of;
  instead.level = TriggerLevel::row;
  put(from, instead);
  SchemaModel to = from;
  to.views.at(qn("w")).columns = {{"key", "integer"}};
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropTrigger>(operations), 0U);
  EXPECT_TRUE(has(operations, CreateTrigger{instead}));
}

TEST(DiffMaterializedViews, RedefinedWithItsIndexes) {
  const SchemaModel from = with_materialized_view();
  SchemaModel to = from;
  to.materialized_views.at(qn("m")).definition = "SELECT id FROM public.t WHERE id > 0;";
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropMaterializedView{from.materialized_views.at(qn("m"))}));
  EXPECT_TRUE(has(operations, CreateMaterializedView{to.materialized_views.at(qn("m"))}));
  EXPECT_TRUE(has(operations, CreateIndex{to.indexes.at(qn("m_id_idx"))}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::index, "m_id_idx"), std::nullopt, "by id"}));
  EXPECT_EQ(count_of<DropIndex>(operations), 0U);
  EXPECT_EQ(operations.size(), 4U);
}

TEST(DiffMaterializedViews, ReadColumnReTyped) {
  const SchemaModel from = with_materialized_view();
  SchemaModel to = from;
  column_of(to, "t", "id").type = "bigint";
  to.materialized_views.at(qn("m")).columns = {{"id", "bigint"}};
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<AlterColumn>(operations), 1U);
  EXPECT_EQ(count_of<DropMaterializedView>(operations), 1U);
  EXPECT_EQ(count_of<CreateMaterializedView>(operations), 1U);
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
  EXPECT_EQ(count_of<DropIndex>(operations), 0U);
}

TEST(DiffMaterializedViews, CommentOnly) {
  const SchemaModel from = with_materialized_view();
  SchemaModel to = from;
  to.materialized_views.at(qn("m")).comment = "counts";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::materialized_view, "m"), std::nullopt, "counts"}));
}

}  // namespace
}  // namespace schemadiff::diff_test
