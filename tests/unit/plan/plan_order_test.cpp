// SPDX-License-Identifier: MIT
// Creation and drop order: what an object needs comes first when building up, last when
// tearing down.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "schemadiff/plan/plan.hpp"
#include "unit/plan/plan_test_support.hpp"

namespace schemadiff {
namespace {

using namespace plan_test;

Constraint primary_key(const std::string& name, const std::string& column) {
  return Constraint{name, PrimaryKey{{column}, {}}, false, false, Validation::validated,
                    "PRIMARY KEY (" + column + ")", std::nullopt};
}

Constraint foreign_key(const std::string& name, const std::string& column, const std::string& target) {
  return Constraint{name, ForeignKey{{column}, pub(target), {"id"}}, false, false, Validation::validated,
                    "FOREIGN KEY (" + column + ") REFERENCES public." + target + "(id)", std::nullopt};
}

void add(SchemaModel& model, const Table& value) { model.tables[value.name] = value; }

std::size_t position(const std::vector<std::string>& keys, const std::string& key) {
  const auto found = std::find(keys.begin(), keys.end(), key);
  EXPECT_NE(found, keys.end()) << key << " not planned";
  return static_cast<std::size_t>(found - keys.begin());
}

// `before` runs before `after` in the plan.
::testing::AssertionResult runs_before(const Plan& plan, const std::string& before, const std::string& after) {
  const std::vector<std::string> keys = keys_of(plan);
  if (position(keys, before) < position(keys, after)) {
    return ::testing::AssertionSuccess();
  }
  std::string order;
  for (const std::string& key : keys) {
    order += "\n  " + key;
  }
  return ::testing::AssertionFailure() << before << " should run before " << after << "; plan:" << order;
}

TEST(PlanCreateOrder, ForeignKeyCycleBetweenNewTables) {
  Table a = table("a", {column("id", "integer"), column("b_id", "integer")});
  Table b = table("b", {column("id", "integer"), column("a_id", "integer")});
  a.constraints["a_pkey"] = primary_key("a_pkey", "id");
  b.constraints["b_pkey"] = primary_key("b_pkey", "id");
  SchemaModel to;
  Table a_full = a;
  Table b_full = b;
  a_full.constraints["a_b_fk"] = foreign_key("a_b_fk", "b_id", "b");
  b_full.constraints["b_a_fk"] = foreign_key("b_a_fk", "a_id", "a");
  add(to, a_full);
  add(to, b_full);

  const std::vector<Operation> operations = {
      AddConstraint{pub("a"), a_full.constraints.at("a_b_fk")}, AddConstraint{pub("b"), b_full.constraints.at("b_a_fk")},
      CreateTable{b}, CreateTable{a}};
  const Plan planned = plan(operations, SchemaModel{}, to);

  ASSERT_EQ(planned.steps.size(), 4U);
  for (const char* fk : {"constraint:public.a.a_b_fk:add", "constraint:public.b.b_a_fk:add"}) {
    EXPECT_TRUE(runs_before(planned, "table:public.a:create", fk));
    EXPECT_TRUE(runs_before(planned, "table:public.b:create", fk));
  }
}

TEST(PlanCreateOrder, ParentTableBeforeItsPartitions) {
  Table parent = table("z_events", {column("at", "date")});
  parent.partition_key = "RANGE (at)";
  Table child = table("a_events_2026", {column("at", "date")});
  child.partition_of = PartitionOf{parent.name, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"};
  Table fallback = table("b_events_default", {column("at", "date")});
  fallback.partition_of = PartitionOf{parent.name, "DEFAULT"};
  SchemaModel model;
  add(model, parent);
  add(model, child);
  add(model, fallback);

  const Plan created = plan({CreateTable{child}, CreateTable{fallback}, CreateTable{parent}}, SchemaModel{}, model);
  EXPECT_TRUE(runs_before(created, "table:public.z_events:create", "table:public.a_events_2026:create"));
  EXPECT_TRUE(runs_before(created, "table:public.z_events:create", "table:public.b_events_default:create"));

  const Plan dropped = plan({DropTable{parent}, DropTable{child}, DropTable{fallback}}, model, SchemaModel{});
  EXPECT_TRUE(runs_before(dropped, "table:public.a_events_2026:drop", "table:public.z_events:drop"));
  EXPECT_TRUE(runs_before(dropped, "table:public.b_events_default:drop", "table:public.z_events:drop"));
}

TEST(PlanDropOrder, ForeignKeyOfSurvivingTableBeforeReferencedTable) {
  Table target = table("target", {column("id", "integer")});
  target.constraints["target_pkey"] = primary_key("target_pkey", "id");
  Table referencing = table("referencing", {column("id", "integer"), column("target_id", "integer")});
  Table referencing_after = referencing;
  referencing.constraints["referencing_target_fk"] = foreign_key("referencing_target_fk", "target_id", "target");
  SchemaModel from;
  add(from, target);
  add(from, referencing);
  SchemaModel to;
  add(to, referencing_after);

  const Plan planned = plan({DropTable{target}, DropConstraint{pub("referencing"), referencing.constraints.begin()->second}},
                            from, to);
  EXPECT_TRUE(runs_before(planned, "constraint:public.referencing.referencing_target_fk:drop", "table:public.target:drop"));
}

TEST(PlanDropOrder, DroppedTableBeforeTheTableItsForeignKeyReferences) {
  // Alphabetical order would drop a_target first; its referencing table must go first.
  Table target = table("a_target", {column("id", "integer")});
  target.constraints["a_target_pkey"] = primary_key("a_target_pkey", "id");
  Table referencing = table("z_referencing", {column("target_id", "integer")});
  referencing.constraints["z_fk"] = foreign_key("z_fk", "target_id", "a_target");
  SchemaModel from;
  add(from, target);
  add(from, referencing);

  const Plan planned = plan({DropTable{target}, DropTable{referencing}}, from, SchemaModel{});
  EXPECT_TRUE(runs_before(planned, "table:public.z_referencing:drop", "table:public.a_target:drop"));
}

TEST(PlanDropOrder, MutuallyReferencingDroppedTablesWithSeparateForeignKeyDrops) {
  Table a = table("a", {column("id", "integer"), column("b_id", "integer")});
  Table b = table("b", {column("id", "integer"), column("a_id", "integer")});
  a.constraints["a_pkey"] = primary_key("a_pkey", "id");
  b.constraints["b_pkey"] = primary_key("b_pkey", "id");
  a.constraints["a_b_fk"] = foreign_key("a_b_fk", "b_id", "b");
  b.constraints["b_a_fk"] = foreign_key("b_a_fk", "a_id", "a");
  SchemaModel from;
  add(from, a);
  add(from, b);

  const Plan planned = plan({DropTable{a}, DropTable{b}, DropConstraint{a.name, a.constraints.at("a_b_fk")},
                             DropConstraint{b.name, b.constraints.at("b_a_fk")}},
                            from, SchemaModel{});
  for (const char* table_drop : {"table:public.a:drop", "table:public.b:drop"}) {
    EXPECT_TRUE(runs_before(planned, "constraint:public.a.a_b_fk:drop", table_drop));
    EXPECT_TRUE(runs_before(planned, "constraint:public.b.b_a_fk:drop", table_drop));
  }
}

TEST(PlanDropOrder, TriggerBeforeItsFunction) {
  Routine function{{pub("touch"), ""}, RoutineKind::function, "plpgsql", Volatility::volatile_, "trigger",
                   "CREATE OR REPLACE FUNCTION public.touch() ...", std::nullopt};
  Trigger trigger;
  trigger.name = {pub("t"), "t_touch"};
  trigger.function = function.name;
  trigger.definition = "CREATE TRIGGER t_touch ...";
  SchemaModel model;
  add(model, table("t", {column("id", "integer")}));
  model.routines[function.name] = function;
  model.triggers[trigger.name] = trigger;

  const Plan dropped = plan({DropRoutine{function}, DropTrigger{trigger}}, model, SchemaModel{});
  EXPECT_TRUE(runs_before(dropped, "trigger:public.t.t_touch:drop", "routine:public.touch():drop"));

  SchemaModel with_table;
  add(with_table, table("t", {column("id", "integer")}));
  const Plan created = plan({CreateTrigger{trigger}, CreateRoutine{function}}, with_table, model);
  EXPECT_TRUE(runs_before(created, "routine:public.touch():create", "trigger:public.t.t_touch:create"));
}

TEST(PlanCreateOrder, SequenceBeforeTheDefaultUsingItOwnedByAfterTheTable) {
  Sequence sequence;
  sequence.name = pub("orders_id_seq");
  sequence.owned_by = ColumnRef{pub("orders"), "id"};
  Column id = column("id", "bigint");
  id.default_expr = "nextval('public.orders_id_seq'::regclass)";
  const Table orders = table("orders", {id});
  SchemaModel to;
  to.sequences[sequence.name] = sequence;
  add(to, orders);
  // What pg_depend says: the default needs the sequence, the sequence is owned by the column.
  to.dependencies = {
      {{ObjectKind::column, pub("orders"), "id"}, {ObjectKind::sequence, sequence.name, ""}},
      {{ObjectKind::sequence, sequence.name, ""}, {ObjectKind::column, pub("orders"), "id"}},
  };
  Sequence unowned = sequence;
  unowned.owned_by.reset();

  const Plan planned = plan({AlterSequence{unowned, sequence}, CreateTable{orders}, CreateSequence{sequence}},
                            SchemaModel{}, to);
  EXPECT_TRUE(runs_before(planned, "sequence:public.orders_id_seq:create", "table:public.orders:create"));
  EXPECT_TRUE(runs_before(planned, "table:public.orders:create", "sequence:public.orders_id_seq:alter"));
}

TEST(PlanCreateOrder, EnumBeforeTheTableUsingItAndDroppedAfterIt) {
  const EnumType mood{{"app", "mood"}, {"happy", "sad"}, std::nullopt};
  Table diary = table("diary", {column("id", "integer"), column("moods", "app.mood[]")});
  diary.name = {"app", "diary"};
  SchemaModel model;
  model.schemas["app"] = Schema{"app", std::nullopt};
  model.enums[mood.name] = mood;
  model.tables[diary.name] = diary;

  const Plan created = plan({CreateTable{diary}, CreateEnum{mood}, CreateSchema{Schema{"app", std::nullopt}}},
                            SchemaModel{}, model);
  EXPECT_TRUE(runs_before(created, "schema:app:create", "type:app.mood:create"));
  EXPECT_TRUE(runs_before(created, "type:app.mood:create", "table:app.diary:create"));

  const Plan dropped = plan({DropSchema{Schema{"app", std::nullopt}}, DropEnum{mood}, DropTable{diary}}, model,
                            SchemaModel{});
  EXPECT_TRUE(runs_before(dropped, "table:app.diary:drop", "type:app.mood:drop"));
  EXPECT_TRUE(runs_before(dropped, "type:app.mood:drop", "schema:app:drop"));
}

TEST(PlanCreateOrder, CommentAfterItsTarget) {
  Column note = column("note", "text");
  const Table t = table("t", {note});
  SchemaModel to;
  add(to, t);
  const Plan planned = plan({SetComment{{ObjectKind::column, pub("t"), "note"}, std::nullopt, "free text"},
                             AddColumn{pub("t"), note}},
                            SchemaModel{}, to);
  EXPECT_TRUE(runs_before(planned, "column:public.t.note:add", "column:public.t.note:comment"));
}

TEST(PlanCreateOrder, IndexAfterItsTableAndColumn) {
  Index index;
  index.name = pub("a_idx");
  index.table = pub("z_table");
  index.keys = {key_on("v")};
  const Column v = column("v", "integer");
  SchemaModel from;
  add(from, table("z_table", {column("id", "integer")}));
  SchemaModel to;
  add(to, table("z_table", {column("id", "integer"), v}));
  to.indexes[index.name] = index;

  const Plan planned = plan({CreateIndex{index}, AddColumn{pub("z_table"), v}}, from, to);
  EXPECT_TRUE(runs_before(planned, "column:public.z_table.v:add", "index:public.a_idx:create"));
}

}  // namespace
}  // namespace schemadiff
