// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel with_routines() {
  SchemaModel model;
  put(model, table("t", {column("id")}));
  put(model, function("touch", "", "trigger", "RETURNS trigger AS $$ BEGIN RETURN NEW; END $$"));
  put(model, function("double", "x integer", "integer", "RETURNS integer AS $$ SELECT x * 2 $$"));
  put(model, trigger("t", "t_touch", "touch"));
  return model;
}

const Routine& routine_of(const SchemaModel& model, const std::string& name, const std::string& arguments) {
  return model.routines.at(RoutineName{qn(name), arguments});
}

TEST(DiffRoutines, NewBodyIsReplace) {
  const SchemaModel from = with_routines();
  SchemaModel to = from;
  Routine& doubled = to.routines.at(RoutineName{qn("double"), "x integer"});
  doubled.definition += " -- faster";
  doubled.volatility = Volatility::immutable;
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, ReplaceRoutine{routine_of(from, "double", "x integer"), doubled}));
}

TEST(DiffRoutines, NewResultIsDropAndCreate) {
  const SchemaModel from = with_routines();
  SchemaModel to = from;
  Routine& doubled = to.routines.at(RoutineName{qn("double"), "x integer"});
  doubled.result = "bigint";
  doubled.comment = "doubles";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 3U);
  EXPECT_TRUE(has(operations, DropRoutine{routine_of(from, "double", "x integer")}));
  EXPECT_TRUE(has(operations, CreateRoutine{doubled}));
  EXPECT_TRUE(has(operations, SetComment{ObjectRef{ObjectKind::routine, qn("double"), "x integer"}, std::nullopt, "doubles"}));
}

TEST(DiffRoutines, FunctionToProcedureIsDropAndCreate) {
  const SchemaModel from = with_routines();
  SchemaModel to = from;
  Routine& doubled = to.routines.at(RoutineName{qn("double"), "x integer"});
  doubled.kind = RoutineKind::procedure;
  doubled.result.clear();
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropRoutine>(operations), 1U);
  EXPECT_EQ(count_of<CreateRoutine>(operations), 1U);
}

TEST(DiffRoutines, NewArgumentsAreAnotherRoutine) {
  const SchemaModel from = with_routines();
  SchemaModel to = from;
  to.routines.erase(RoutineName{qn("double"), "x integer"});
  put(to, function("double", "x bigint", "bigint", "..."));
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropRoutine>(operations), 1U);
  EXPECT_EQ(count_of<CreateRoutine>(operations), 1U);
}

TEST(DiffRoutines, RecreatedFunctionTakesItsTriggers) {
  const SchemaModel from = with_routines();
  SchemaModel to = from;
  to.routines.at(RoutineName{qn("touch"), ""}).kind = RoutineKind::procedure;
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, DropTrigger{from.triggers.begin()->second}));
  EXPECT_TRUE(has(operations, CreateTrigger{to.triggers.begin()->second}));
}

TEST(DiffRoutines, RecreatedFunctionTakesDependentRoutinesAndViews) {
  SchemaModel from = with_routines();
  put(from, function("quadruple", "x integer", "integer", "RETURN public.double(public.double(x))"));
  put(from, view("doubled", "SELECT public.double(id) AS d FROM public.t;", {{"d", "integer"}}));
  const ObjectRef doubled_ref{ObjectKind::routine, qn("double"), "x integer"};
  depends(from, ObjectRef{ObjectKind::routine, qn("quadruple"), "x integer"}, doubled_ref);
  depends(from, view_ref_of("doubled"), doubled_ref);
  SchemaModel to = from;
  to.routines.at(RoutineName{qn("double"), "x integer"}).result = "bigint";
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<DropRoutine>(operations), 2U);
  EXPECT_EQ(count_of<CreateRoutine>(operations), 2U);
  EXPECT_EQ(count_of<DropView>(operations), 1U);
  EXPECT_EQ(count_of<CreateView>(operations), 1U);
}

TEST(DiffRoutines, ReplacedFunctionKeepsItsDependents) {
  SchemaModel from = with_routines();
  put(from, view("doubled", "SELECT public.double(id) AS d FROM public.t;", {{"d", "integer"}}));
  depends(from, view_ref_of("doubled"), ObjectRef{ObjectKind::routine, qn("double"), "x integer"});
  SchemaModel to = from;
  to.routines.at(RoutineName{qn("double"), "x integer"}).definition += " ";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<ReplaceRoutine>(operations), 1U);
}

}  // namespace
}  // namespace schemadiff::diff_test
