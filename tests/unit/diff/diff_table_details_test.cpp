// SPDX-License-Identifier: MIT
// Replica identities, INHERITS parents and partition indexes attached by PostgreSQL.
#include <gtest/gtest.h>

#include "schemadiff/plan/plan.hpp"
#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

ReplicaIdentity using_index(std::string name) { return {ReplicaIdentityKind::index, std::move(name)}; }

TEST(DiffReplicaIdentity, ChangedInPlace) {
  SchemaModel from;
  put(from, table("cameras", {column("id")}));
  SchemaModel to = from;
  table_of(to, "cameras").replica_identity.kind = ReplicaIdentityKind::full;
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetReplicaIdentity{qn("cameras"), {}, {ReplicaIdentityKind::full, {}}}));
  EXPECT_TRUE(has(diff(to, from), SetReplicaIdentity{qn("cameras"), {ReplicaIdentityKind::full, {}}, {}}));
}

TEST(DiffReplicaIdentity, NewTableGetsItsIdentityAfterCreation) {
  SchemaModel to;
  Table cameras = table("cameras", {column("id")});
  cameras.replica_identity.kind = ReplicaIdentityKind::nothing;
  put(to, cameras);
  const auto operations = diff(SchemaModel{}, to);
  EXPECT_EQ(count_of<CreateTable>(operations), 1U);
  EXPECT_TRUE(has(operations, SetReplicaIdentity{qn("cameras"), {}, {ReplicaIdentityKind::nothing, {}}}));
}

TEST(DiffReplicaIdentity, DroppedTableNeedsNoReset) {
  SchemaModel from;
  Table cameras = table("cameras", {column("id")});
  cameras.replica_identity.kind = ReplicaIdentityKind::full;
  put(from, cameras);
  EXPECT_EQ(count_of<SetReplicaIdentity>(diff(from, SchemaModel{})), 0U);
}

TEST(DiffReplicaIdentity, IndexRebuiltIsNamedAgain) {
  SchemaModel from;
  Table cameras = table("cameras", {column("id"), column("serial", "text")});
  cameras.replica_identity = using_index("cameras_serial_idx");
  put(from, cameras);
  Index serial = index("cameras_serial_idx", "cameras", {"serial"});
  serial.uniqueness = IndexUniqueness::unique;
  put(from, serial);
  SchemaModel to = from;
  to.indexes.at(qn("cameras_serial_idx")).predicate = "(serial <> ''::text)";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropIndex>(operations), 1U);
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
  EXPECT_TRUE(has(operations, SetReplicaIdentity{qn("cameras"), using_index("cameras_serial_idx"),
                                                 using_index("cameras_serial_idx")}));
}

TEST(DiffReplicaIdentity, ResetBeforeItsIndexIsDropped) {
  SchemaModel from;
  Table cameras = table("cameras", {column("id"), column("serial", "text")});
  cameras.replica_identity = using_index("cameras_serial_idx");
  put(from, cameras);
  Index serial = index("cameras_serial_idx", "cameras", {"serial"});
  serial.uniqueness = IndexUniqueness::unique;
  put(from, serial);
  SchemaModel to = from;
  to.indexes.clear();
  table_of(to, "cameras").replica_identity = {};
  const Plan planned = plan(diff(from, to), from, to);
  ASSERT_EQ(planned.steps.size(), 2U);
  EXPECT_TRUE(std::holds_alternative<SetReplicaIdentity>(planned.steps[0].operation));
  EXPECT_TRUE(std::holds_alternative<DropIndex>(planned.steps[1].operation));
  const Plan back = plan(diff(to, from), to, from);
  ASSERT_EQ(back.steps.size(), 2U);
  EXPECT_TRUE(std::holds_alternative<CreateIndex>(back.steps[0].operation));
  EXPECT_TRUE(std::holds_alternative<SetReplicaIdentity>(back.steps[1].operation));
}

SchemaModel parent_and_child() {
  SchemaModel model;
  Table events = table("events", {column("id", "bigint"), column("at", "timestamp with time zone")});
  events.columns[0].not_null = true;
  put(model, events);
  Table motion = table("motion_events", {column("score", "real")});
  motion.inherits = {qn("events")};
  put(model, motion);
  return model;
}

TEST(DiffInheritance, ColumnAddedToParentOnly) {
  const SchemaModel from = parent_and_child();
  SchemaModel to = from;
  table_of(to, "events").columns.push_back(column("note", "text"));
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AddColumn{qn("events"), column("note", "text")}));
}

TEST(DiffInheritance, InheritTakesOverMatchingColumns) {
  SchemaModel from = parent_and_child();
  Table& motion = table_of(from, "motion_events");
  motion.inherits.clear();
  Column id = column("id", "bigint");
  id.not_null = true;
  motion.columns = {id, column("at", "timestamp with time zone"), column("score", "real")};
  const SchemaModel to = parent_and_child();
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AddInherit{qn("motion_events"), qn("events")}));
}

TEST(DiffInheritance, InheritAddsWhatTheChildLacksFirst) {
  SchemaModel from = parent_and_child();
  Table& motion = table_of(from, "motion_events");
  motion.inherits.clear();
  motion.columns = {column("id", "bigint"), column("score", "real")};
  SchemaModel to = parent_and_child();
  add(table_of(to, "events"), check("events_id_check", "(id > 0)"));
  const Plan planned = plan(diff(from, to), from, to);
  const auto operations = diff(from, to);
  Column id_not_null = column("id", "bigint");
  id_not_null.not_null = true;
  EXPECT_TRUE(has(operations, AlterColumn{qn("motion_events"), column("id", "bigint"), id_not_null,
                                          ColumnChange{.not_null = true}}));
  EXPECT_TRUE(has(operations, AddColumn{qn("motion_events"), column("at", "timestamp with time zone")}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("motion_events"), check("events_id_check", "(id > 0)")}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), check("events_id_check", "(id > 0)")}));
  EXPECT_TRUE(has(operations, AddInherit{qn("motion_events"), qn("events")}));
  ASSERT_FALSE(planned.steps.empty());
  EXPECT_TRUE(std::holds_alternative<AddInherit>(planned.steps.back().operation));
}

TEST(DiffInheritance, NoInheritKeepsTheColumns) {
  const SchemaModel from = parent_and_child();
  SchemaModel to = from;
  Table& motion = table_of(to, "motion_events");
  motion.inherits.clear();
  Column id = column("id", "bigint");
  id.not_null = true;
  motion.columns = {id, column("at", "timestamp with time zone"), column("score", "real")};
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropInherit{qn("motion_events"), qn("events")}));
}

TEST(DiffInheritance, ParentDroppedAfterNoInherit) {
  SchemaModel from = parent_and_child();
  SchemaModel to = from;
  to.tables.erase(qn("events"));
  table_of(to, "motion_events").inherits.clear();
  const Plan planned = plan(diff(from, to), from, to);
  // NO INHERIT, the two columns it left dropped from the child, then the parent.
  ASSERT_EQ(planned.steps.size(), 4U);
  EXPECT_TRUE(std::holds_alternative<DropInherit>(planned.steps.front().operation));
  EXPECT_TRUE(std::holds_alternative<DropTable>(planned.steps.back().operation));
}

TEST(DiffInheritance, ChildDroppedBeforeParent) {
  const SchemaModel from = parent_and_child();
  const Plan planned = plan(diff(from, SchemaModel{}), from, SchemaModel{});
  ASSERT_EQ(planned.steps.size(), 2U);
  EXPECT_EQ(std::get<DropTable>(planned.steps[0].operation).table.name, qn("motion_events"));
  EXPECT_EQ(std::get<DropTable>(planned.steps[1].operation).table.name, qn("events"));
  const Plan back = plan(diff(SchemaModel{}, from), SchemaModel{}, from);
  ASSERT_EQ(back.steps.size(), 2U);
  EXPECT_EQ(std::get<CreateTable>(back.steps[0].operation).table.name, qn("events"));
  EXPECT_EQ(std::get<CreateTable>(back.steps[1].operation).table.name, qn("motion_events"));
}

SchemaModel partition_with_index() {
  SchemaModel model;
  Table parent = table("recordings", {column("camera_id"), column("at", "date")});
  parent.partition_key = "RANGE (at)";
  put(model, parent);
  Table partition = parent;
  partition.name = qn("recordings_2026");
  partition.partition_key.reset();
  partition.partition_of = PartitionOf{qn("recordings"), "DEFAULT"};
  put(model, partition);
  put(model, index("recordings_2026_camera_idx", "recordings_2026", {"camera_id"}));
  return model;
}

TEST(DiffAttachedIndexes, PartitionIndexIsAttachedNotDropped) {
  const SchemaModel from = partition_with_index();
  SchemaModel to = from;
  to.indexes.clear();
  put(to, index("recordings_camera_idx", "recordings", {"camera_id"}));
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
}

TEST(DiffAttachedIndexes, IndexOfAnotherShapeIsDropped) {
  const SchemaModel from = partition_with_index();
  SchemaModel to = from;
  to.indexes.clear();
  put(to, index("recordings_at_idx", "recordings", {"at"}));
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<CreateIndex>(operations), 1U);
  EXPECT_EQ(count_of<DropIndex>(operations), 1U);
}

TEST(DiffAttachedIndexes, ExistingParentIndexAttachesNothing) {
  SchemaModel from = partition_with_index();
  put(from, index("recordings_camera_idx", "recordings", {"camera_id"}));
  SchemaModel to = from;
  to.indexes.erase(qn("recordings_2026_camera_idx"));
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<DropIndex>(operations), 1U);
}

}  // namespace
}  // namespace schemadiff::diff_test
