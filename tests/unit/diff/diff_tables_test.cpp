// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel cameras_and_events() {
  SchemaModel model;
  Table cameras = table("cameras", {column("id"), column("name", "text")});
  add(cameras, primary_key("cameras_pkey", {"id"}));
  add(cameras, check("cameras_name_check", "name <> ''"));
  put(model, cameras);
  Table events = table("events", {column("id"), column("camera_id")});
  add(events, primary_key("events_pkey", {"id"}));
  add(events, foreign_key("events_camera_id_fkey", {"camera_id"}, "cameras", {"id"}));
  Constraint positive = check("events_id_check", "id > 0");
  positive.validation = Validation::not_valid;
  positive.definition += " NOT VALID";
  add(events, positive);
  put(model, events);
  return model;
}

TEST(DiffTables, CreateSplitsForeignKeysAndNotValid) {
  const SchemaModel to = cameras_and_events();
  const auto operations = diff(SchemaModel{}, to);
  const auto creates = all_of<CreateTable>(operations);
  ASSERT_EQ(creates.size(), 2U);
  EXPECT_EQ(creates[0].table, to.tables.at(qn("cameras")));
  const Table& events = creates[1].table;
  ASSERT_EQ(events.constraints.size(), 1U);
  EXPECT_TRUE(events.constraints.contains("events_pkey"));
  const Table& events_to = to.tables.at(qn("events"));
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), events_to.constraints.at("events_camera_id_fkey")}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), events_to.constraints.at("events_id_check")}));
  EXPECT_EQ(count_of<AddConstraint>(operations), 2U);
  EXPECT_EQ(count_of<SetComment>(operations), 0U);
}

TEST(DiffTables, CreateWithComments) {
  SchemaModel to;
  Table t = table("t", {column("id")});
  t.comment = "a table";
  t.columns[0].comment = "an id";
  Constraint key = primary_key("t_pkey", {"id"});
  key.comment = "a key";
  add(t, key);
  put(to, t);
  const auto operations = diff(SchemaModel{}, to);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::table, "t"), std::nullopt, "a table"}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "t", "id"), std::nullopt, "an id"}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::constraint, "t", "t_pkey"), std::nullopt, "a key"}));
}

TEST(DiffTables, Drop) {
  const SchemaModel from = cameras_and_events();
  const auto operations = diff(from, SchemaModel{});
  EXPECT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, DropTable{from.tables.at(qn("cameras"))}));
  EXPECT_TRUE(has(operations, DropTable{from.tables.at(qn("events"))}));
}

TEST(DiffTables, DroppedTableKeepsItsIndexesAndTriggers) {
  SchemaModel from = cameras_and_events();
  put(from, index("events_camera_idx", "events", {"camera_id"}));
  put(from, function("f", "", "trigger", "..."));
  put(from, trigger("events", "events_f", "f"));
  SchemaModel to = cameras_and_events();
  to.tables.erase(qn("events"));
  put(to, function("f", "", "trigger", "..."));
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropTable{from.tables.at(qn("events"))}));
}

TEST(DiffTables, DroppedTableReferencedBySurvivingTable) {
  // events survives without its foreign key: the key is dropped on its own, before the
  // table it points at (the planner's part).
  const SchemaModel from = cameras_and_events();
  SchemaModel to = cameras_and_events();
  to.tables.erase(qn("cameras"));
  table_of(to, "events").constraints.erase("events_camera_id_fkey");
  const auto operations = diff(from, to);
  const Table& events = from.tables.at(qn("events"));
  EXPECT_TRUE(has(operations, DropConstraint{qn("events"), events.constraints.at("events_camera_id_fkey")}));
  EXPECT_TRUE(has(operations, DropTable{from.tables.at(qn("cameras"))}));
  EXPECT_EQ(operations.size(), 2U);
}

TEST(DiffTables, ForeignKeyToRecreatedTableIsDroppedAndAdded) {
  SchemaModel from = cameras_and_events();
  table_of(from, "cameras").partition_key = "HASH (id)";
  SchemaModel to = cameras_and_events();
  table_of(to, "cameras").partition_key = "RANGE (id)";
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropTable{from.tables.at(qn("cameras"))}));
  EXPECT_EQ(count_of<CreateTable>(operations), 1U);
  const Constraint& fk = to.tables.at(qn("events")).constraints.at("events_camera_id_fkey");
  EXPECT_TRUE(has(operations, DropConstraint{qn("events"), fk}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), fk}));
  // The recreated table's own constraints travel in its CreateTable.
  EXPECT_EQ(count_of<DropConstraint>(operations), 1U);
  EXPECT_EQ(count_of<AddConstraint>(operations), 1U);
}

TEST(DiffTables, RecreatedTableGetsItsIndexesTriggersAndCommentsBack) {
  SchemaModel from;
  Table t = table("t", {column("id"), column("at", "date")});
  t.partition_key = "RANGE (id)";
  t.comment = "old";
  put(from, t);
  Index at_idx = index("t_at_idx", "t", {"at"});
  at_idx.comment = "by date";
  put(from, at_idx);
  put(from, function("f", "", "trigger", "..."));
  put(from, trigger("t", "t_f", "f"));
  SchemaModel to = from;
  table_of(to, "t").partition_key = "RANGE (at)";
  table_of(to, "t").comment = "new";
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropTable{from.tables.at(qn("t"))}));
  EXPECT_TRUE(has(operations, CreateTable{to.tables.at(qn("t"))}));
  EXPECT_TRUE(has(operations, CreateIndex{at_idx}));
  EXPECT_TRUE(has(operations, CreateTrigger{to.triggers.begin()->second}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::table, "t"), std::nullopt, "new"}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::index, "t_at_idx"), std::nullopt, "by date"}));
  EXPECT_EQ(count_of<DropIndex>(operations) + count_of<DropTrigger>(operations), 0U);
  EXPECT_EQ(operations.size(), 6U);
}

TEST(DiffTables, Persistence) {
  const SchemaModel from = cameras_and_events();
  SchemaModel to = from;
  table_of(to, "cameras").persistence = Persistence::unlogged;
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetPersistence{qn("cameras"), Persistence::unlogged}));
}

TEST(DiffTables, StorageParameters) {
  SchemaModel from = cameras_and_events();
  table_of(from, "cameras").storage_parameters = {"fillfactor=70", "autovacuum_enabled=false"};
  SchemaModel to = from;
  table_of(to, "cameras").storage_parameters = {"fillfactor=80"};
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetStorageParameters{qn("cameras"), {"fillfactor=70", "autovacuum_enabled=false"},
                                                   {"fillfactor=80"}}));
  // Only the order differs: no change.
  table_of(to, "cameras").storage_parameters = {"autovacuum_enabled=false", "fillfactor=70"};
  EXPECT_TRUE(diff(from, to).empty());
}

TEST(DiffTables, CommentChanged) {
  SchemaModel from = cameras_and_events();
  table_of(from, "cameras").comment = "old";
  SchemaModel to = from;
  table_of(to, "cameras").comment = "new";
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::table, "cameras"), "old", "new"}));
  table_of(to, "cameras").comment.reset();
  operations = diff(from, to);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::table, "cameras"), "old", std::nullopt}));
}

}  // namespace
}  // namespace schemadiff::diff_test
