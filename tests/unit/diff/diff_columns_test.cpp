// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel one_table() {
  SchemaModel model;
  put(model, table("t", {column("id"), column("name", "text")}));
  return model;
}

AlterColumn only_alter(const std::vector<Operation>& operations) {
  EXPECT_EQ(operations.size(), 1U);
  const auto alters = all_of<AlterColumn>(operations);
  EXPECT_EQ(alters.size(), 1U);
  return alters.empty() ? AlterColumn{} : alters.front();
}

TEST(DiffColumns, AddAndDrop) {
  const SchemaModel from = one_table();
  SchemaModel to = one_table();
  table_of(to, "t").columns.push_back(column("extra", "text"));
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AddColumn{qn("t"), column("extra", "text")}));
  operations = diff(to, from);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropColumn{qn("t"), column("extra", "text")}));
}

TEST(DiffColumns, AddedColumnWithComment) {
  const SchemaModel from = one_table();
  SchemaModel to = one_table();
  Column extra = column("extra", "text");
  extra.comment = "more";
  table_of(to, "t").columns.push_back(extra);
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, AddColumn{qn("t"), extra}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "t", "extra"), std::nullopt, "more"}));
}

TEST(DiffColumns, Type) {
  SchemaModel to = one_table();
  column_of(to, "t", "name").type = "character varying(10)";
  const AlterColumn alter = only_alter(diff(one_table(), to));
  EXPECT_EQ(alter.table, qn("t"));
  EXPECT_EQ(alter.from.type, "text");
  EXPECT_EQ(alter.to.type, "character varying(10)");
  EXPECT_EQ(alter.change, (ColumnChange{true, false, false, false}));
}

TEST(DiffColumns, Collation) {
  SchemaModel to = one_table();
  column_of(to, "t", "name").collation = "\"C\"";
  EXPECT_EQ(only_alter(diff(one_table(), to)).change, (ColumnChange{true, false, false, false}));
}

TEST(DiffColumns, NotNull) {
  SchemaModel to = one_table();
  column_of(to, "t", "name").not_null = true;
  EXPECT_EQ(only_alter(diff(one_table(), to)).change, (ColumnChange{false, true, false, false}));
  EXPECT_EQ(only_alter(diff(to, one_table())).change, (ColumnChange{false, true, false, false}));
}

TEST(DiffColumns, Default) {
  SchemaModel to = one_table();
  column_of(to, "t", "name").default_expr = "'x'::text";
  EXPECT_EQ(only_alter(diff(one_table(), to)).change, (ColumnChange{false, false, true, false}));
}

TEST(DiffColumns, IdentityAdded) {
  SchemaModel to = one_table();
  column_of(to, "t", "id").identity = Identity{IdentityKind::always, {}};
  column_of(to, "t", "id").not_null = true;
  const AlterColumn alter = only_alter(diff(one_table(), to));
  EXPECT_EQ(alter.change, (ColumnChange{false, true, false, true}));
  EXPECT_TRUE(alter.to.identity.has_value());
}

TEST(DiffColumns, IdentityOptions) {
  SchemaModel from = one_table();
  column_of(from, "t", "id").identity = Identity{IdentityKind::by_default, {}};
  SchemaModel to = from;
  column_of(to, "t", "id").identity->options.increment = 10;
  EXPECT_EQ(only_alter(diff(from, to)).change, (ColumnChange{false, false, false, true}));
}

TEST(DiffColumns, GeneratedExpressionIsDropAndAdd) {
  SchemaModel from = one_table();
  Column area = column("area");
  area.generated = "(id * 2)";
  table_of(from, "t").columns.push_back(area);
  SchemaModel to = from;
  column_of(to, "t", "area").generated = "(id * 3)";
  column_of(to, "t", "area").comment = "twice";
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropColumn{qn("t"), area}));
  EXPECT_TRUE(has(operations, AddColumn{qn("t"), column_of(to, "t", "area")}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "t", "area"), std::nullopt, "twice"}));
  EXPECT_EQ(count_of<AlterColumn>(operations), 0U);
}

TEST(DiffColumns, CommentOnly) {
  SchemaModel to = one_table();
  column_of(to, "t", "name").comment = "the name";
  const auto operations = diff(one_table(), to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "t", "name"), std::nullopt, "the name"}));
}

TEST(DiffColumns, TypeChangeRecreatesDependents) {
  SchemaModel from = one_table();
  put(from, index("t_name_idx", "t", {"name"}));
  add(table_of(from, "t"), check("t_name_check", "length(name) > 0"));
  put(from, view("v", "SELECT name FROM public.t;", {{"name", "text"}}));
  put(from, view("w", "SELECT name FROM public.v;", {{"name", "text"}}));
  put(from, index("t_id_idx", "t", {"id"}));
  depends(from, view_ref_of("v"), ref(ObjectKind::column, "t", "name"));
  depends(from, view_ref_of("w"), ref(ObjectKind::column, "v", "name"));
  depends(from, view_ref_of("w"), view_ref_of("v"));
  depends(from, ref(ObjectKind::constraint, "t", "t_name_check"), ref(ObjectKind::column, "t", "name"));
  SchemaModel to = from;
  column_of(to, "t", "name").type = "character varying(10)";
  to.views.at(qn("v")).columns = {{"name", "character varying"}};
  to.views.at(qn("w")).columns = {{"name", "character varying"}};
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<AlterColumn>(operations), 1U);
  EXPECT_TRUE(has(operations, DropIndex{from.indexes.at(qn("t_name_idx"))}));
  EXPECT_TRUE(has(operations, CreateIndex{to.indexes.at(qn("t_name_idx"))}));
  EXPECT_TRUE(has(operations, DropConstraint{qn("t"), table_of(from, "t").constraints.at("t_name_check")}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("t"), table_of(to, "t").constraints.at("t_name_check")}));
  EXPECT_EQ(count_of<DropView>(operations), 2U);
  EXPECT_EQ(count_of<CreateView>(operations), 2U);
  // The index on the other column is left alone.
  EXPECT_EQ(count_of<DropIndex>(operations), 1U);
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
}

TEST(DiffColumns, DroppedColumnTakesDependentsNotInTarget) {
  SchemaModel from = one_table();
  put(from, view("v", "SELECT id, name FROM public.t;", {{"id", "integer"}, {"name", "text"}}));
  depends(from, view_ref_of("v"), ref(ObjectKind::column, "t", "name"));
  SchemaModel to = one_table();
  table_of(to, "t").columns.pop_back();
  put(to, view("v", "SELECT id FROM public.t;", {{"id", "integer"}}));
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropColumn>(operations), 1U);
  EXPECT_TRUE(has(operations, DropView{from.views.at(qn("v"))}));
  EXPECT_TRUE(has(operations, CreateView{to.views.at(qn("v"))}));
}

TEST(DiffColumns, GeneratedColumnReadingReTypedColumnIsAddedAgain) {
  SchemaModel from;
  Table t = table("t", {column("w"), column("h"), column("area")});
  t.columns[2].generated = "(w * h)";
  t.columns[2].comment = "size";
  put(from, t);
  put(from, index("t_area_idx", "t", {"area"}));
  depends(from, ref(ObjectKind::column, "t", "area"), ref(ObjectKind::column, "t", "w"));
  depends(from, ref(ObjectKind::column, "t", "area"), ref(ObjectKind::column, "t", "h"));
  SchemaModel to = from;
  column_of(to, "t", "w").type = "bigint";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<AlterColumn>(operations), 1U);
  EXPECT_TRUE(has(operations, DropColumn{qn("t"), t.columns[2]}));
  EXPECT_TRUE(has(operations, AddColumn{qn("t"), t.columns[2]}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "t", "area"), std::nullopt, "size"}));
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
  EXPECT_EQ(count_of<DropIndex>(operations), 1U);
}

}  // namespace
}  // namespace schemadiff::diff_test
