// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel with_trigger() {
  SchemaModel model;
  put(model, table("t", {column("id"), column("status", "text")}));
  put(model, function("f", "", "trigger", "..."));
  put(model, trigger("t", "t_f", "f"));
  return model;
}

Trigger& the_trigger(SchemaModel& model) { return model.triggers.begin()->second; }

TEST(DiffTriggers, CreateAndDrop) {
  SchemaModel from = with_trigger();
  from.triggers.clear();
  SchemaModel to = with_trigger();
  the_trigger(to).comment = "fires";
  auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, CreateTrigger{the_trigger(to)}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::trigger, "t", "t_f"), std::nullopt, "fires"}));
  operations = diff(to, from);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropTrigger{the_trigger(to)}));
}

TEST(DiffTriggers, AnyChangeIsDropAndCreate) {
  SchemaModel from = with_trigger();
  SchemaModel to = from;
  Trigger& changed = the_trigger(to);
  changed.events.push_back(TriggerEvent{TriggerEventKind::update, {"status"}});
  changed.when = "(new.status = 'x'::text)";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, DropTrigger{the_trigger(from)}));
  EXPECT_TRUE(has(operations, CreateTrigger{changed}));
}

TEST(DiffTriggers, CommentOnly) {
  SchemaModel from = with_trigger();
  the_trigger(from).comment = "old";
  SchemaModel to = from;
  the_trigger(to).comment = "new";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::trigger, "t", "t_f"), "old", "new"}));
}

TEST(DiffTriggers, UpdateOfReTypedColumnIsRecreated) {
  SchemaModel from = with_trigger();
  the_trigger(from).events = {TriggerEvent{TriggerEventKind::update, {"status"}}};
  SchemaModel to = from;
  column_of(to, "t", "status").type = "character varying(8)";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropTrigger>(operations), 1U);
  EXPECT_EQ(count_of<CreateTrigger>(operations), 1U);
}

TEST(DiffTriggers, TriggerOfDroppedTableIsNotDroppedSeparately) {
  const SchemaModel from = with_trigger();
  SchemaModel to = from;
  to.tables.clear();
  to.triggers.clear();
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<DropTable>(operations), 1U);
}

}  // namespace
}  // namespace schemadiff::diff_test
