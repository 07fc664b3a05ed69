// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

TEST(DiffGeneral, SameModelGivesNothing) {
  const SchemaModel model = sample_model();
  EXPECT_TRUE(diff(model, model).empty());
  EXPECT_TRUE(diff(SchemaModel{}, SchemaModel{}).empty());
}

TEST(DiffGeneral, SameInputSameOutput) {
  SchemaModel to = sample_model();
  table_of(to, "cameras").columns[2].type = "character varying(20)";
  to.enums.at(qn("mood")).labels = {"happy", "ok"};
  const SchemaModel from = sample_model();
  const auto first = diff(from, to);
  const auto second = diff(from, to);
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, second);
  EXPECT_EQ(diff(SchemaModel{}, from), diff(SchemaModel{}, from));
  EXPECT_EQ(diff(from, SchemaModel{}), diff(from, SchemaModel{}));
}

TEST(DiffGeneral, OrderedByKindThenIdentity) {
  const auto operations = diff(SchemaModel{}, sample_model());
  ASSERT_FALSE(operations.empty());
  EXPECT_TRUE(std::holds_alternative<CreateSchema>(operations.front()));
  const auto tables = all_of<CreateTable>(operations);
  ASSERT_EQ(tables.size(), 2U);
  EXPECT_EQ(tables[0].table.name, qn("cameras"));
  EXPECT_EQ(tables[1].table.name, qn("events"));
  // Every create of an earlier kind comes before any of a later kind.
  std::size_t last_table = 0;
  std::size_t first_view = operations.size();
  for (std::size_t i = 0; i < operations.size(); ++i) {
    if (std::holds_alternative<CreateTable>(operations[i])) {
      last_table = i;
    }
    if (std::holds_alternative<CreateView>(operations[i]) && first_view == operations.size()) {
      first_view = i;
    }
  }
  EXPECT_LT(last_table, first_view);
}

TEST(DiffGeneral, CreatingEverything) {
  const SchemaModel to = sample_model();
  const auto operations = diff(SchemaModel{}, to);
  EXPECT_EQ(count_of<CreateSchema>(operations), 1U);
  EXPECT_EQ(count_of<CreateExtension>(operations), 1U);
  EXPECT_EQ(count_of<CreateEnum>(operations), 1U);
  EXPECT_EQ(count_of<CreateTable>(operations), 2U);
  EXPECT_EQ(count_of<CreateIndex>(operations), 2U);
  EXPECT_EQ(count_of<CreateView>(operations), 1U);
  EXPECT_EQ(count_of<CreateMaterializedView>(operations), 1U);
  EXPECT_EQ(count_of<CreateRoutine>(operations), 1U);
  EXPECT_EQ(count_of<CreateTrigger>(operations), 1U);
  EXPECT_EQ(count_of<DropTable>(operations) + count_of<DropIndex>(operations), 0U);
  // Comments: schema, extension, enum, sequence, table, column, constraint, index, view,
  // function, trigger.
  const auto comments = all_of<SetComment>(operations);
  EXPECT_EQ(comments.size(), 11U);
  for (const SetComment& comment : comments) {
    EXPECT_FALSE(comment.from.has_value());
    EXPECT_TRUE(comment.to.has_value());
  }
}

TEST(DiffGeneral, DroppingEverything) {
  const SchemaModel from = sample_model();
  const auto operations = diff(from, SchemaModel{});
  EXPECT_EQ(count_of<DropSchema>(operations), 1U);
  EXPECT_EQ(count_of<DropExtension>(operations), 1U);
  EXPECT_EQ(count_of<DropEnum>(operations), 1U);
  EXPECT_EQ(count_of<DropTable>(operations), 2U);
  EXPECT_EQ(count_of<DropView>(operations), 1U);
  EXPECT_EQ(count_of<DropMaterializedView>(operations), 1U);
  EXPECT_EQ(count_of<DropRoutine>(operations), 1U);
  // These go with their table, materialized view or owning column.
  EXPECT_EQ(count_of<DropIndex>(operations), 0U);
  EXPECT_EQ(count_of<DropConstraint>(operations), 0U);
  EXPECT_EQ(count_of<DropTrigger>(operations), 0U);
  EXPECT_EQ(count_of<DropSequence>(operations), 0U);
  EXPECT_EQ(count_of<SetComment>(operations), 0U);
  EXPECT_EQ(count_of<CreateView>(operations) + count_of<CreateIndex>(operations), 0U);
}

TEST(DiffGeneral, EachOperationOnce) {
  // The view is reached by the natural diff (new definition) and by the expansion (a
  // column it reads is re-typed): it is dropped and created exactly once.
  const SchemaModel from = sample_model();
  SchemaModel to = sample_model();
  column_of(to, "cameras", "name").type = "character varying(50)";
  View& summary = to.views.at(qn("camera_summary"));
  summary.columns = {{"id", "integer"}, {"name", "character varying(50)"}};
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropView>(operations), 1U);
  EXPECT_EQ(count_of<CreateView>(operations), 1U);
  EXPECT_EQ(count_of<ReplaceView>(operations), 0U);
  const auto again = diff(from, to);
  EXPECT_EQ(operations, again);
}

}  // namespace
}  // namespace schemadiff::diff_test
