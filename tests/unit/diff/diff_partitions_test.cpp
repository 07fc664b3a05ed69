// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

Table partition(const std::string& name, const Table& parent, std::string bound) {
  Table result = parent;
  result.name = qn(name);
  result.partition_key.reset();
  result.constraints.clear();
  result.comment.reset();
  result.partition_of = PartitionOf{parent.name, std::move(bound)};
  return result;
}

SchemaModel partitioned() {
  SchemaModel model;
  Table parent = table("recordings", {column("id"), column("at", "date")});
  parent.partition_key = "RANGE (at)";
  put(model, parent);
  put(model, partition("recordings_2026", parent, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"));
  put(model, partition("recordings_2027", parent, "FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')"));
  return model;
}

TEST(DiffPartitions, Detach) {
  const SchemaModel from = partitioned();
  SchemaModel to = from;
  table_of(to, "recordings_2026").partition_of.reset();
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DetachPartition{qn("recordings_2026"), *from.tables.at(qn("recordings_2026")).partition_of}));
}

TEST(DiffPartitions, Attach) {
  SchemaModel from = partitioned();
  table_of(from, "recordings_2026").partition_of.reset();
  const SchemaModel to = partitioned();
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AttachPartition{qn("recordings_2026"), *to.tables.at(qn("recordings_2026")).partition_of}));
}

TEST(DiffPartitions, NewBoundIsDetachAndAttach) {
  const SchemaModel from = partitioned();
  SchemaModel to = from;
  table_of(to, "recordings_2027").partition_of->bound = "DEFAULT";
  const auto operations = diff(from, to);
  EXPECT_EQ(operations.size(), 2U);
  EXPECT_EQ(count_of<DetachPartition>(operations), 1U);
  EXPECT_TRUE(has(operations, AttachPartition{qn("recordings_2027"), PartitionOf{qn("recordings"), "DEFAULT"}}));
}

TEST(DiffPartitions, ColumnAddedToParentOnly) {
  const SchemaModel from = partitioned();
  SchemaModel to = from;
  for (auto& [name, t] : to.tables) {
    t.columns.push_back(column("size", "bigint"));
  }
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AddColumn{qn("recordings"), column("size", "bigint")}));
  operations = diff(to, from);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropColumn{qn("recordings"), column("size", "bigint")}));
}

TEST(DiffPartitions, InheritedFacetsFollowTheParent) {
  const SchemaModel from = partitioned();
  SchemaModel to = from;
  for (auto& [name, t] : to.tables) {
    t.columns[1].type = "timestamp with time zone";
    t.columns[1].not_null = true;
  }
  // A default set on one partition alone is its own.
  column_of(to, "recordings_2027", "id").default_expr = "0";
  const auto operations = diff(from, to);
  const auto alters = all_of<AlterColumn>(operations);
  ASSERT_EQ(alters.size(), 2U);
  EXPECT_EQ(alters[0].table, qn("recordings"));
  EXPECT_EQ(alters[0].change, (ColumnChange{true, true, false, false}));
  EXPECT_EQ(alters[1].table, qn("recordings_2027"));
  EXPECT_EQ(alters[1].change, (ColumnChange{false, false, true, false}));
}

TEST(DiffPartitions, NewPartitionAddsItsConstraintsSeparately) {
  const SchemaModel from = partitioned();
  SchemaModel to = from;
  Table p = partition("recordings_2028", to.tables.at(qn("recordings")), "FOR VALUES FROM ('2028-01-01') TO ('2029-01-01')");
  add(p, check("recordings_2028_id_check", "id > 0"));
  put(to, p);
  const auto operations = diff(from, to);
  const auto creates = all_of<CreateTable>(operations);
  ASSERT_EQ(creates.size(), 1U);
  EXPECT_TRUE(creates[0].table.constraints.empty());
  EXPECT_TRUE(creates[0].table.partition_of.has_value());
  EXPECT_TRUE(has(operations, AddConstraint{qn("recordings_2028"), p.constraints.at("recordings_2028_id_check")}));
}

TEST(DiffPartitions, NewPartitionKeyRecreatesPartitions) {
  const SchemaModel from = partitioned();
  SchemaModel to = from;
  table_of(to, "recordings").partition_key = "RANGE (id)";
  for (auto& [name, t] : to.tables) {
    if (t.partition_of) {
      t.partition_of->bound = "DEFAULT";
    }
  }
  to.tables.erase(qn("recordings_2027"));
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropTable>(operations), 3U);
  EXPECT_EQ(count_of<CreateTable>(operations), 2U);
  EXPECT_EQ(count_of<AttachPartition>(operations) + count_of<DetachPartition>(operations), 0U);
  EXPECT_TRUE(has(operations, CreateTable{to.tables.at(qn("recordings_2026"))}));
}

TEST(DiffPartitions, ParentIndexIsNotRepeatedOnPartitions) {
  SchemaModel from = partitioned();
  SchemaModel to = from;
  put(to, index("recordings_at_idx", "recordings", {"at"}));
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
}

TEST(DiffPartitions, DetachedPartitionOutlivesItsDroppedParent) {
  SchemaModel from = partitioned();
  put(from, view("v", "SELECT id FROM public.recordings_2026;", {{"id", "integer"}}));
  depends(from, view_ref_of("v"), ref(ObjectKind::column, "recordings_2026", "id"));
  SchemaModel to = from;
  to.tables.erase(qn("recordings"));
  to.tables.erase(qn("recordings_2027"));
  table_of(to, "recordings_2026").partition_of.reset();
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropTable>(operations), 2U);
  EXPECT_EQ(count_of<DetachPartition>(operations), 1U);
  // The partition's columns survive the detach: the view on them stays.
  EXPECT_EQ(count_of<DropView>(operations), 0U);
  EXPECT_EQ(operations.size(), 3U);
}

TEST(DiffPartitions, ReTypedParentColumnRecreatesWhatReadsPartitions) {
  SchemaModel from = partitioned();
  put(from, index("recordings_2026_id_idx", "recordings_2026", {"id"}));
  const SchemaModel before = from;
  SchemaModel to = from;
  for (auto& [name, t] : to.tables) {
    t.columns[0].type = "bigint";
  }
  const auto operations = diff(before, to);
  EXPECT_EQ(count_of<AlterColumn>(operations), 1U);
  EXPECT_TRUE(has(operations, DropIndex{from.indexes.at(qn("recordings_2026_id_idx"))}));
  EXPECT_TRUE(has(operations, CreateIndex{to.indexes.at(qn("recordings_2026_id_idx"))}));
}

}  // namespace
}  // namespace schemadiff::diff_test
