// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

SchemaModel with_owned_sequence() {
  SchemaModel model;
  Table t = table("t", {column("id"), column("code")});
  t.columns[1].default_expr = "nextval('public.code_seq'::regclass)";
  put(model, t);
  Sequence code_seq = sequence("code_seq");
  code_seq.owned_by = ColumnRef{qn("t"), "code"};
  code_seq.options.data_type = "integer";
  put(model, code_seq);
  return model;
}

Sequence unowned(Sequence sequence) {
  sequence.owned_by.reset();
  return sequence;
}

TEST(DiffSequences, CreateThenOwn) {
  const SchemaModel to = with_owned_sequence();
  const auto operations = diff(SchemaModel{}, to);
  const Sequence& code_seq = to.sequences.at(qn("code_seq"));
  EXPECT_TRUE(has(operations, CreateSequence{unowned(code_seq)}));
  EXPECT_TRUE(has(operations, AlterSequence{unowned(code_seq), code_seq}));
  EXPECT_EQ(count_of<CreateTable>(operations), 1U);
  EXPECT_EQ(operations.size(), 3U);
}

TEST(DiffSequences, CreateFreeStanding) {
  SchemaModel to;
  Sequence s = sequence("s");
  s.comment = "numbers";
  put(to, s);
  const auto operations = diff(SchemaModel{}, to);
  ASSERT_EQ(operations.size(), 2U);
  EXPECT_TRUE(has(operations, CreateSequence{s}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::sequence, "s"), std::nullopt, "numbers"}));
}

TEST(DiffSequences, DropFreeStanding) {
  SchemaModel from;
  put(from, sequence("s"));
  const auto operations = diff(from, SchemaModel{});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, DropSequence{sequence("s")}));
}

TEST(DiffSequences, Options) {
  const SchemaModel from = with_owned_sequence();
  SchemaModel to = from;
  to.sequences.at(qn("code_seq")).options.increment = 5;
  to.sequences.at(qn("code_seq")).options.cycle = true;
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_TRUE(has(operations, AlterSequence{from.sequences.at(qn("code_seq")), to.sequences.at(qn("code_seq"))}));
}

TEST(DiffSequences, OwnedByRemoved) {
  const SchemaModel from = with_owned_sequence();
  SchemaModel to = from;
  to.sequences.at(qn("code_seq")).owned_by.reset();
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<AlterSequence>(operations), 1U);
}

TEST(DiffSequences, GoesWithItsDroppedTable) {
  const SchemaModel from = with_owned_sequence();
  const auto operations = diff(from, SchemaModel{});
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<DropTable>(operations), 1U);
}

TEST(DiffSequences, GoesWithItsDroppedColumn) {
  const SchemaModel from = with_owned_sequence();
  SchemaModel to = from;
  table_of(to, "t").columns.pop_back();
  to.sequences.clear();
  const auto operations = diff(from, to);
  ASSERT_EQ(operations.size(), 1U);
  EXPECT_EQ(count_of<DropColumn>(operations), 1U);
}

TEST(DiffSequences, CreatedAgainWithItsRecreatedTable) {
  SchemaModel from = with_owned_sequence();
  table_of(from, "t").partition_key = "HASH (id)";
  from.sequences.at(qn("code_seq")).comment = "codes";
  SchemaModel to = from;
  table_of(to, "t").partition_key = "LIST (id)";
  const auto operations = diff(from, to);
  const Sequence& code_seq = to.sequences.at(qn("code_seq"));
  EXPECT_EQ(count_of<DropSequence>(operations), 0U);
  EXPECT_TRUE(has(operations, CreateSequence{unowned(code_seq)}));
  EXPECT_TRUE(has(operations, AlterSequence{unowned(code_seq), code_seq}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::sequence, "code_seq"), std::nullopt, "codes"}));
}

}  // namespace
}  // namespace schemadiff::diff_test
