// SPDX-License-Identifier: MIT
// Objects changed in place or dropped and recreated: their dependents are dropped before
// the change and recreated after it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "schemadiff/plan/plan.hpp"
#include "unit/plan/plan_test_support.hpp"

namespace schemadiff {
namespace {

using namespace plan_test;

View view(const std::string& name, const std::string& definition, std::vector<ViewColumn> columns) {
  View result;
  result.name = pub(name);
  result.definition = definition;
  result.columns = std::move(columns);
  return result;
}

ObjectRef column_of(const std::string& owner, const std::string& name) { return {ObjectKind::column, pub(owner), name}; }
ObjectRef view_ref(const std::string& name) { return {ObjectKind::view, pub(name), ""}; }

TEST(PlanRecreate, ViewsOnViewsAroundColumnTypeChange) {
  // Names against the alphabet: a_top reads z_base, which reads t.amount.
  const Column before = column("amount", "integer");
  const Column after = column("amount", "bigint");
  const View base_before = view("z_base", " SELECT t.amount FROM public.t;", {{"amount", "integer"}});
  const View base_after = view("z_base", " SELECT t.amount FROM public.t;", {{"amount", "bigint"}});
  const View top_before = view("a_top", " SELECT z_base.amount FROM public.z_base;", {{"amount", "integer"}});
  const View top_after = view("a_top", " SELECT z_base.amount FROM public.z_base;", {{"amount", "bigint"}});
  const std::vector<Dependency> dependencies = {
      {view_ref("a_top"), column_of("z_base", "amount")},
      {view_ref("z_base"), column_of("t", "amount")},
  };
  SchemaModel from;
  from.tables[pub("t")] = table("t", {before});
  from.views = {{base_before.name, base_before}, {top_before.name, top_before}};
  from.dependencies = dependencies;
  SchemaModel to;
  to.tables[pub("t")] = table("t", {after});
  to.views = {{base_after.name, base_after}, {top_after.name, top_after}};
  to.dependencies = dependencies;

  const Plan planned = plan({CreateView{top_after}, CreateView{base_after}, DropView{base_before}, DropView{top_before},
                             AlterColumn{pub("t"), before, after, ColumnChange{true, false, false, false}}},
                            from, to);
  const std::vector<std::string> expected = {
      "view:public.a_top:drop",   "view:public.z_base:drop",  "column:public.t.amount:alter",
      "view:public.z_base:create", "view:public.a_top:create",
  };
  EXPECT_EQ(keys_of(planned), expected);
}

TEST(PlanRecreate, ReplaceEnumBetweenDependentDropsAndRecreations) {
  const EnumType old_mood{pub("mood"), {"happy", "meh", "sad"}, std::nullopt};
  const EnumType new_mood{pub("mood"), {"happy", "sad"}, std::nullopt};
  const Column mood = column("mood", "public.mood");
  const View happy = view("happy", " SELECT d.mood FROM public.diary d WHERE d.mood = 'happy'::public.mood;",
                          {{"mood", "public.mood"}});
  Index by_mood;
  by_mood.name = pub("diary_mood_idx");
  by_mood.table = pub("diary");
  by_mood.keys = {key_on("mood")};
  const std::vector<Dependency> dependencies = {
      {view_ref("happy"), column_of("diary", "mood")},
      {view_ref("happy"), {ObjectKind::type, pub("mood"), ""}},
  };
  SchemaModel from;
  from.enums[old_mood.name] = old_mood;
  from.tables[pub("diary")] = table("diary", {mood});
  from.views[happy.name] = happy;
  from.indexes[by_mood.name] = by_mood;
  from.dependencies = dependencies;
  SchemaModel to = from;
  to.enums[new_mood.name] = new_mood;

  const Plan planned = plan({CreateView{happy}, ReplaceEnum{old_mood, new_mood, {{pub("diary"), mood}}},
                             CreateIndex{by_mood}, DropIndex{by_mood}, DropView{happy}},
                            from, to);
  const std::vector<std::string> keys = keys_of(planned);
  const auto at = [&keys](const std::string& key) { return std::find(keys.begin(), keys.end(), key) - keys.begin(); };
  const auto replace = at("type:public.mood:replace");
  EXPECT_LT(at("view:public.happy:drop"), replace);
  EXPECT_LT(at("index:public.diary_mood_idx:drop"), replace);
  EXPECT_GT(at("view:public.happy:create"), replace);
  EXPECT_GT(at("index:public.diary_mood_idx:create"), replace);
}

TEST(PlanRecreate, ReplaceEnumBeforeDroppingATableWhoseColumnItRetypes) {
  const EnumType old_mood{pub("mood"), {"happy", "meh"}, std::nullopt};
  const EnumType new_mood{pub("mood"), {"meh", "happy"}, std::nullopt};
  const Column mood = column("mood", "public.mood");
  const Table old_diary = table("old_diary", {mood});
  SchemaModel from;
  from.enums[old_mood.name] = old_mood;
  from.tables[old_diary.name] = old_diary;
  SchemaModel to;
  to.enums[new_mood.name] = new_mood;

  const Plan planned =
      plan({DropTable{old_diary}, ReplaceEnum{old_mood, new_mood, {{old_diary.name, mood}}}}, from, to);
  const std::vector<std::string> expected = {"type:public.mood:replace", "table:public.old_diary:drop"};
  EXPECT_EQ(keys_of(planned), expected);
}

TEST(PlanRecreate, NewTableUsingAReplacedEnumComesAfterTheSwap) {
  const EnumType old_mood{pub("mood"), {"happy", "meh"}, std::nullopt};
  const EnumType new_mood{pub("mood"), {"happy"}, std::nullopt};
  const Table fresh = table("a_fresh", {column("mood", "public.mood")});
  SchemaModel from;
  from.enums[old_mood.name] = old_mood;
  SchemaModel to;
  to.enums[new_mood.name] = new_mood;
  to.tables[fresh.name] = fresh;

  const Plan planned = plan({CreateTable{fresh}, ReplaceEnum{old_mood, new_mood, {}}}, from, to);
  const std::vector<std::string> expected = {"type:public.mood:replace", "table:public.a_fresh:create"};
  EXPECT_EQ(keys_of(planned), expected);
}

TEST(PlanRecreate, GeneratedColumnDroppedBeforeItIsAddedAgain) {
  Column total_before = column("total", "integer");
  total_before.generated = "(a + b)";
  Column total_after = total_before;
  total_after.generated = "(a * b)";
  SchemaModel from;
  from.tables[pub("t")] = table("t", {column("a", "integer"), column("b", "integer"), total_before});
  SchemaModel to;
  to.tables[pub("t")] = table("t", {column("a", "integer"), column("b", "integer"), total_after});

  const Plan planned = plan({AddColumn{pub("t"), total_after}, DropColumn{pub("t"), total_before}}, from, to);
  const std::vector<std::string> expected = {"column:public.t.total:drop", "column:public.t.total:add"};
  EXPECT_EQ(keys_of(planned), expected);
}

TEST(PlanRecreate, ColumnTypeMovesBetweenEnums) {
  // The column leaves the old enum before it is dropped and joins the new one after it exists.
  const EnumType old_type{pub("z_old"), {"a"}, std::nullopt};
  const EnumType new_type{pub("a_new"), {"a"}, std::nullopt};
  const Column before = column("c", "public.z_old");
  const Column after = column("c", "public.a_new");
  SchemaModel from;
  from.enums[old_type.name] = old_type;
  from.tables[pub("t")] = table("t", {before});
  SchemaModel to;
  to.enums[new_type.name] = new_type;
  to.tables[pub("t")] = table("t", {after});

  const Plan planned = plan({DropEnum{old_type}, CreateEnum{new_type},
                             AlterColumn{pub("t"), before, after, ColumnChange{true, false, false, false}}},
                            from, to);
  const std::vector<std::string> expected = {"type:public.a_new:create", "column:public.t.c:alter",
                                             "type:public.z_old:drop"};
  EXPECT_EQ(keys_of(planned), expected);
}

TEST(PlanRecreate, EnumLabelsAddedNextToNewLabelsFollowTheirNeighbours) {
  const QualifiedName mood = pub("mood");
  const Plan planned = plan({AddEnumValue{mood, "b_last", std::nullopt, "z_middle"},
                             AddEnumValue{mood, "z_middle", std::nullopt, "a_first"}},
                            SchemaModel{}, SchemaModel{});
  const std::vector<std::string> expected = {"type:public.mood:add_value:z_middle", "type:public.mood:add_value:b_last"};
  EXPECT_EQ(keys_of(planned), expected);
}

TEST(PlanRecreate, TableDropTakesItsIndexesTriggersAndOwnedSequencesAlong) {
  // Nothing but DropTable drops them, yet their re-creation and the drop of the trigger's
  // function must wait for it.
  Sequence serial;
  serial.name = pub("a_t_id_seq");
  serial.owned_by = ColumnRef{pub("t"), "id"};
  Column id = column("id", "integer");
  id.default_expr = "nextval('public.a_t_id_seq'::regclass)";
  Index by_id;
  by_id.name = pub("a_t_idx");
  by_id.table = pub("t");
  by_id.keys = {key_on("id")};
  Routine touch{{pub("a_touch"), ""}, RoutineKind::function, "plpgsql", Volatility::volatile_, "trigger", "", std::nullopt};
  Trigger trigger;
  trigger.name = {pub("t"), "t_touch"};
  trigger.function = touch.name;
  SchemaModel from;
  from.tables[pub("t")] = table("t", {id});
  from.sequences[serial.name] = serial;
  from.indexes[by_id.name] = by_id;
  from.routines[touch.name] = touch;
  from.triggers[trigger.name] = trigger;
  // Another sequence is disowned first (a late phase), so phases alone would not put the
  // table drop before the re-creations.
  Sequence other;
  other.name = pub("other_seq");
  other.owned_by = ColumnRef{pub("t"), "id"};
  from.sequences[other.name] = other;
  Sequence disowned = other;
  disowned.owned_by.reset();
  const std::vector<Operation> operations = {DropTable{from.tables.at(pub("t"))}, DropRoutine{touch},
                                             CreateSequence{serial}, CreateIndex{by_id},
                                             AlterSequence{other, disowned}};
  SchemaModel to;
  to.sequences[serial.name] = serial;
  to.sequences[disowned.name] = disowned;

  const std::vector<std::string> keys = keys_of(plan(operations, from, to));
  const auto at = [&keys](const std::string& key) { return std::find(keys.begin(), keys.end(), key) - keys.begin(); };
  const auto drop = at("table:public.t:drop");
  EXPECT_LT(drop, at("sequence:public.a_t_id_seq:create"));
  EXPECT_LT(drop, at("index:public.a_t_idx:create"));
  EXPECT_LT(drop, at("routine:public.a_touch():drop"));
}

}  // namespace
}  // namespace schemadiff
