// SPDX-License-Identifier: MIT
// The same operations give the same plan whatever order they come in; a cycle that no
// order can satisfy is an error naming its objects.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "plan/dependency_graph.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/plan/plan.hpp"
#include "unit/plan/plan_test_support.hpp"

namespace schemadiff {
namespace {

using namespace plan_test;

View view(const std::string& name) {
  View result;
  result.name = pub(name);
  result.definition = " SELECT 1 AS one;";
  result.columns = {{"one", "integer"}};
  return result;
}

struct Migration {
  std::vector<Operation> operations;
  SchemaModel from;
  SchemaModel to;
};

// A bit of everything: a new schema, enum, sequence and tables with a foreign key, an index,
// a view, a comment, a trigger, and drops of an old table, view and function.
Migration mixed_migration() {
  Migration m;
  m.to.schemas["app"] = Schema{"app", std::nullopt};
  const EnumType state{{"app", "state"}, {"on", "off"}, std::nullopt};
  m.to.enums[state.name] = state;
  Sequence counter;
  counter.name = pub("counter");
  m.to.sequences[counter.name] = counter;
  Column id = column("id", "bigint");
  id.default_expr = "nextval('public.counter'::regclass)";
  Table device = table("device", {id, column("state", "app.state")});
  device.constraints["device_pkey"] = Constraint{"device_pkey", PrimaryKey{{"id"}, {}}, false, false,
                                                 Validation::validated, "PRIMARY KEY (id)", std::nullopt};
  Table reading = table("reading", {column("device_id", "bigint"), column("value", "numeric")});
  const Constraint reading_fk{"reading_device_fk", ForeignKey{{"device_id"}, pub("device"), {"id"}}, false, false,
                              Validation::validated, "FOREIGN KEY (device_id) REFERENCES public.device(id)",
                              std::nullopt};
  m.to.tables[device.name] = device;
  Table reading_full = reading;
  reading_full.constraints[reading_fk.name] = reading_fk;
  m.to.tables[reading.name] = reading_full;
  Index by_device;
  by_device.name = pub("reading_device_idx");
  by_device.table = reading.name;
  by_device.keys = {key_on("device_id")};
  m.to.indexes[by_device.name] = by_device;
  const View latest = view("latest");
  m.to.views[latest.name] = latest;
  m.to.dependencies = {{{ObjectKind::view, latest.name, ""}, {ObjectKind::column, reading.name, "value"}}};

  const Table legacy = table("legacy", {column("x", "integer")});
  const View legacy_view = view("legacy_view");
  Routine legacy_fn{{pub("legacy_fn"), ""}, RoutineKind::function, "plpgsql", Volatility::volatile_, "trigger",
                    "CREATE OR REPLACE FUNCTION public.legacy_fn() ...", std::nullopt};
  Trigger legacy_trigger;
  legacy_trigger.name = {legacy.name, "legacy_trg"};
  legacy_trigger.function = legacy_fn.name;
  m.from.tables[legacy.name] = legacy;
  m.from.views[legacy_view.name] = legacy_view;
  m.from.routines[legacy_fn.name] = legacy_fn;
  m.from.triggers[legacy_trigger.name] = legacy_trigger;
  m.from.dependencies = {{{ObjectKind::view, legacy_view.name, ""}, {ObjectKind::column, legacy.name, "x"}}};

  m.operations = {
      CreateSchema{Schema{"app", std::nullopt}},
      CreateEnum{state},
      CreateSequence{counter},
      CreateTable{device},
      CreateTable{reading},
      AddConstraint{reading.name, reading_fk},
      CreateIndex{by_device},
      CreateView{latest},
      SetComment{{ObjectKind::table, device.name, ""}, std::nullopt, "a device"},
      DropTrigger{legacy_trigger},
      DropRoutine{legacy_fn},
      DropView{legacy_view},
      DropTable{legacy},
  };
  return m;
}

TEST(PlanDeterminism, SameInputGivesEqualPlans) {
  const Migration m = mixed_migration();
  const Plan first = plan(m.operations, m.from, m.to);
  const Plan second = plan(m.operations, m.from, m.to);
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.steps.size(), m.operations.size());
}

TEST(PlanDeterminism, ShuffledInputGivesTheSamePlan) {
  const Migration m = mixed_migration();
  const Plan reference = plan(m.operations, m.from, m.to);
  std::mt19937 generator(20240611);
  for (int round = 0; round < 20; ++round) {
    std::vector<Operation> shuffled = m.operations;
    std::shuffle(shuffled.begin(), shuffled.end(), generator);
    EXPECT_EQ(plan(shuffled, m.from, m.to), reference) << "round " << round;
  }
  std::vector<Operation> reversed(m.operations.rbegin(), m.operations.rend());
  EXPECT_EQ(plan(reversed, m.from, m.to), reference);
}

TEST(PlanDeterminism, EmptyInputGivesAnEmptyPlan) { EXPECT_TRUE(plan(std::vector<Operation>{}, SchemaModel{}, SchemaModel{}).empty()); }

TEST(PlanCycle, ViewsNeedingEachOtherAreAnErrorNamingThem) {
  SchemaModel to;
  const View a = view("a");
  const View b = view("b");
  to.views = {{a.name, a}, {b.name, b}};
  to.dependencies = {
      {{ObjectKind::view, a.name, ""}, {ObjectKind::view, b.name, ""}},
      {{ObjectKind::view, b.name, ""}, {ObjectKind::view, a.name, ""}},
  };
  try {
    plan({CreateView{b}, CreateView{a}}, SchemaModel{}, to);
    FAIL() << "expected a dependency cycle";
  } catch (const Error& error) {
    EXPECT_STREQ(error.what(), "dependency cycle: view public.a -> view public.b -> view public.a");
  }
}

TEST(PlanCycle, ForeignKeysTyingDroppedTablesTogetherGetTheirOwnDrops) {
  // DROP TABLE takes a table's own foreign keys along, but a and b reference each other:
  // neither can go first unless one key is dropped on its own.
  Table a = table("a", {column("id", "integer"), column("b_id", "integer")});
  Table b = table("b", {column("id", "integer"), column("a_id", "integer")});
  Table c = table("c", {column("a_id", "integer")});
  const auto fk = [](const std::string& name, const std::string& column, const QualifiedName& target) {
    return Constraint{name, ForeignKey{{column}, target, {"id"}}, false, false, Validation::validated,
                      "FOREIGN KEY (" + column + ") REFERENCES " + target.name + "(id)", std::nullopt};
  };
  a.constraints["a_b_fk"] = fk("a_b_fk", "b_id", b.name);
  a.constraints["a_a_fk"] = fk("a_a_fk", "id", a.name);  // on itself: goes with the table
  b.constraints["b_a_fk"] = fk("b_a_fk", "a_id", a.name);
  c.constraints["c_a_fk"] = fk("c_a_fk", "a_id", a.name);  // no cycle: c is simply dropped first
  SchemaModel from;
  from.tables = {{a.name, a}, {b.name, b}, {c.name, c}};

  const Plan planned = plan({DropTable{b}, DropTable{c}, DropTable{a}}, from, SchemaModel{});
  std::vector<std::string> keys;
  for (const PlannedStep& step : planned.steps) {
    keys.push_back(key_of(step.operation));
  }
  const std::vector<std::string> expected = {
      "constraint:public.a.a_b_fk:drop", "constraint:public.b.b_a_fk:drop", "table:public.b:drop",
      "table:public.c:drop", "table:public.a:drop"};
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(planned.steps.front().operation, Operation(DropConstraint{a.name, a.constraints.at("a_b_fk")}));
}

TEST(PlanDependencyGraph, TiesFollowPriorityAndEdgesWin) {
  planning::DependencyGraph graph(4);
  graph.must_run_before(3, 0);
  graph.must_run_before(3, 0);  // repeated edges are harmless
  graph.must_run_before(2, 2);  // and so is an edge to itself
  const auto ordering = graph.order({0, 1, 2, 3});
  EXPECT_TRUE(ordering.cycle.empty());
  EXPECT_EQ(ordering.order, (std::vector<std::size_t>{1, 2, 3, 0}));
}

TEST(PlanDependencyGraph, ReportsTheCycleFromItsLowestPriorityVertex) {
  planning::DependencyGraph graph(5);
  graph.must_run_before(0, 1);
  graph.must_run_before(1, 2);
  graph.must_run_before(2, 3);
  graph.must_run_before(3, 1);
  graph.must_run_before(3, 4);
  const auto ordering = graph.order({4, 3, 1, 2, 0});
  EXPECT_TRUE(ordering.order.empty());
  EXPECT_EQ(ordering.cycle, (std::vector<std::size_t>{2, 3, 1}));
}

}  // namespace
}  // namespace schemadiff
