// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel with_constraints() {
  SchemaModel model;
  Table cameras = table("cameras", {column("id"), column("name", "text")});
  add(cameras, primary_key("cameras_pkey", {"id"}));
  put(model, cameras);
  Table events = table("events", {column("id"), column("camera_id")});
  add(events, foreign_key("events_camera_id_fkey", {"camera_id"}, "cameras", {"id"}));
  add(events, check("events_id_check", "id > 0"));
  put(model, events);
  return model;
}

Constraint& constraint_of(SchemaModel& model, const std::string& table_name, const std::string& name) {
  return table_of(model, table_name).constraints.at(name);
}

TEST(DiffConstraints, AddAndDrop) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  Constraint named = check("cameras_name_check", "name <> ''");
  named.comment = "not empty";
  add(table_of(to, "cameras"), named);
  auto operations = diff(from, to);
  EXPECT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, AddConstraint{qn("cameras"), named}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::constraint, "cameras", "cameras_name_check"), std::nullopt, "not empty"}));
  operations = diff(to, from);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropConstraint{qn("cameras"), named}));
}

TEST(DiffConstraints, ForeignKeyOnDeleteIsDropAndAdd) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  Constraint& fk = constraint_of(to, "events", "events_camera_id_fkey");
  std::get<ForeignKey>(fk.kind).on_delete = ForeignKeyAction::cascade;
  fk.definition += " ON DELETE CASCADE";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, DropConstraint{qn("events"), from.tables.at(qn("events")).constraints.at("events_camera_id_fkey")}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), fk}));
}

TEST(DiffConstraints, CheckExpressionSameName) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  constraint_of(to, "events", "events_id_check") = check("events_id_check", "id >= 0");
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_EQ(count_of<DropConstraint>(operations), 1U);
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), constraint_of(to, "events", "events_id_check")}));
}

TEST(DiffConstraints, Deferrability) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  Constraint& fk = constraint_of(to, "events", "events_camera_id_fkey");
  fk.deferrable = true;
  fk.definition += " DEFERRABLE";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropConstraint>(operations), 1U);
  EXPECT_EQ(count_of<AddConstraint>(operations), 1U);
}

TEST(DiffConstraints, NotValidToValidIsValidate) {
  SchemaModel from = with_constraints();
  Constraint& loose = constraint_of(from, "events", "events_id_check");
  loose.validation = Validation::not_valid;
  loose.definition += " NOT VALID";
  const SchemaModel to = with_constraints();
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, ValidateConstraint{qn("events"), to.tables.at(qn("events")).constraints.at("events_id_check")}));
  // The other way round needs the constraint added again NOT VALID.
  operations = diff(to, from);
  EXPECT_EQ(count_of<DropConstraint>(operations), 1U);
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), loose}));
}

TEST(DiffConstraints, NotValidWithNewExpressionIsDropAndAdd) {
  SchemaModel from = with_constraints();
  Constraint& loose = constraint_of(from, "events", "events_id_check");
  loose.validation = Validation::not_valid;
  loose.definition += " NOT VALID";
  SchemaModel to = with_constraints();
  constraint_of(to, "events", "events_id_check") = check("events_id_check", "id > 1");
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<ValidateConstraint>(operations), 0U);
  EXPECT_EQ(count_of<DropConstraint>(operations), 1U);
  EXPECT_EQ(count_of<AddConstraint>(operations), 1U);
}

TEST(DiffConstraints, CommentOnly) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  constraint_of(to, "events", "events_id_check").comment = "positive";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::constraint, "events", "events_id_check"), std::nullopt, "positive"}));
}

TEST(DiffConstraints, RecreatedKeyTakesReferencingForeignKeys) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  constraint_of(to, "cameras", "cameras_pkey").deferrable = true;
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropConstraint>(operations), 2U);
  EXPECT_EQ(count_of<AddConstraint>(operations), 2U);
  EXPECT_TRUE(has(operations, DropConstraint{qn("events"), from.tables.at(qn("events")).constraints.at("events_camera_id_fkey")}));
}

TEST(DiffConstraints, ReTypedKeyColumnTakesReferencingForeignKeys) {
  const SchemaModel from = with_constraints();
  SchemaModel to = from;
  column_of(to, "cameras", "id").type = "bigint";
  column_of(to, "events", "camera_id").type = "bigint";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<AlterColumn>(operations), 2U);
  EXPECT_TRUE(has(operations, DropConstraint{qn("cameras"), from.tables.at(qn("cameras")).constraints.at("cameras_pkey")}));
  EXPECT_TRUE(has(operations, AddConstraint{qn("events"), to.tables.at(qn("events")).constraints.at("events_camera_id_fkey")}));
  EXPECT_EQ(count_of<DropConstraint>(operations), 2U);
  EXPECT_EQ(count_of<AddConstraint>(operations), 2U);
}

}  // namespace
}  // namespace schemadiff::diff_test
