// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel with_enum(std::vector<std::string> labels) {
  SchemaModel model;
  put(model, enum_type("mood", std::move(labels)));
  return model;
}

std::vector<Operation> relabel(std::vector<std::string> before, std::vector<std::string> after) {
  return diff(with_enum(std::move(before)), with_enum(std::move(after)));
}

const QualifiedName k_mood{"public", "mood"};

TEST(DiffEnums, CreateAndDrop) {
  SchemaModel to = with_enum({"sad", "happy"});
  to.enums.at(k_mood).comment = "feelings";
  auto operations = diff(SchemaModel{}, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, CreateEnum{to.enums.at(k_mood)}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::type, "mood"), std::nullopt, "feelings"}));
  operations = diff(to, SchemaModel{});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<DropEnum>(operations), 1U);
}

TEST(DiffEnums, ValueAddedAtTheEnd) {
  const auto operations = relabel({"sad", "happy"}, {"sad", "happy", "ecstatic"});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "ecstatic", std::nullopt, "happy"}));
}

TEST(DiffEnums, ValueAddedInTheMiddle) {
  const auto operations = relabel({"sad", "happy"}, {"sad", "ok", "happy"});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "ok", std::nullopt, "sad"}));
}

TEST(DiffEnums, ValuesAddedAtTheFront) {
  // Each goes before its successor, so `bored` waits for `awful`, which sits in front of
  // the first old label.
  const auto operations = relabel({"sad", "happy"}, {"bored", "awful", "sad", "happy"});
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "awful", "sad", std::nullopt}));
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "bored", "awful", std::nullopt}));
}

TEST(DiffEnums, ConsecutiveValuesChainAfterEachOther) {
  const auto operations = relabel({"sad", "happy"}, {"sad", "meh", "ok", "happy"});
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "meh", std::nullopt, "sad"}));
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "ok", std::nullopt, "meh"}));
}

TEST(DiffEnums, ValuesAddedToAnEmptyEnum) {
  const auto operations = relabel({}, {"a", "b"});
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "a", std::nullopt, std::nullopt}));
  EXPECT_TRUE(has(operations, AddEnumValue{k_mood, "b", std::nullopt, "a"}));
}

TEST(DiffEnums, RemovedLabelIsReplaceWithColumns) {
  SchemaModel from = with_enum({"sad", "ok", "happy"});
  Table people = table("people", {column("id"), column("mood", "public.mood"), column("history", "public.mood[]"),
                                  column("note", "text")});
  people.columns[1].default_expr = "'ok'::public.mood";
  put(from, people);
  // A column known to use the type only through pg_depend.
  put(from, table("other", {column("feeling", "mood")}));
  depends(from, ref(ObjectKind::column, "other", "feeling"), ref(ObjectKind::type, "mood"));
  // Gone tables and columns are not re-typed.
  put(from, table("gone", {column("mood", "public.mood")}));
  SchemaModel to = from;
  to.enums.at(k_mood).labels = {"sad", "happy"};
  to.tables.erase(qn("gone"));
  const auto operations = diff(from, to);
  const auto replaces = all_of<ReplaceEnum>(operations);
  ASSERT_EQ(replaces.size(), 1U);
  EXPECT_EQ(replaces[0].from, from.enums.at(k_mood));
  EXPECT_EQ(replaces[0].to, to.enums.at(k_mood));
  ASSERT_EQ(replaces[0].columns.size(), 3U);
  EXPECT_EQ(replaces[0].columns[0], (TypeColumnUse{qn("other"), column("feeling", "mood")}));
  EXPECT_EQ(replaces[0].columns[1], (TypeColumnUse{qn("people"), people.columns[1]}));
  EXPECT_EQ(replaces[0].columns[2], (TypeColumnUse{qn("people"), people.columns[2]}));
  EXPECT_EQ(count_of<AddEnumValue>(operations), 0U);
}

TEST(DiffEnums, ReorderedLabelsAreReplace) {
  const auto operations = relabel({"sad", "happy"}, {"happy", "sad"});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<ReplaceEnum>(operations), 1U);
}

TEST(DiffEnums, ReplaceRecreatesDependents) {
  SchemaModel from = with_enum({"sad", "ok", "happy"});
  from.enums.at(k_mood).comment = "feelings";
  put(from, table("people", {column("id"), column("mood", "public.mood")}));
  put(from, index("people_mood_idx", "people", {"mood"}));
  put(from, view("moods", "SELECT mood FROM public.people;", {{"mood", "public.mood"}}));
  depends(from, view_ref_of("moods"), ref(ObjectKind::column, "people", "mood"));
  const ObjectRef rank{ObjectKind::routine, qn("rank"), "m public.mood"};
  put(from, function("rank", "m public.mood", "integer", "..."));
  depends(from, rank, ref(ObjectKind::type, "mood"));
  SchemaModel to = from;
  to.enums.at(k_mood).labels = {"sad", "happy"};
  const auto operations = diff(from, to);
  EXPECT_EQ(count_of<ReplaceEnum>(operations), 1U);
  EXPECT_TRUE(has(operations, DropIndex{from.indexes.at(qn("people_mood_idx"))}));
  EXPECT_TRUE(has(operations, CreateIndex{to.indexes.at(qn("people_mood_idx"))}));
  EXPECT_EQ(count_of<DropView>(operations), 1U);
  EXPECT_EQ(count_of<CreateView>(operations), 1U);
  EXPECT_EQ(count_of<DropRoutine>(operations), 1U);
  EXPECT_EQ(count_of<CreateRoutine>(operations), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::type, "mood"), std::nullopt, "feelings"}));
}

TEST(DiffEnums, CommentOnly) {
  const SchemaModel from = with_enum({"a"});
  SchemaModel to = from;
  to.enums.at(k_mood).comment = "x";
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::type, "mood"), std::nullopt, "x"}));
}

}  // namespace
}  // namespace schemadiff::diff_test
