// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "schemadiff/plan/plan.hpp"
#include "unit/plan/plan_test_support.hpp"

namespace schemadiff {
namespace {

using Hazards = std::vector<Hazard>;

constexpr Hazard k_deletes = Hazard::deletes_data;
constexpr Hazard k_rewrites = Hazard::rewrites_table;
constexpr Hazard k_locks = Hazard::access_exclusive_lock;
constexpr Hazard k_index = Hazard::index_build;

using plan_test::column;
using plan_test::constraint;
using plan_test::pub;
using plan_test::table;

// The hazards the planner gives one operation planned alone.
Hazards hazards_of(const Operation& operation) {
  const Plan planned = plan({operation}, SchemaModel{}, SchemaModel{});
  EXPECT_EQ(planned.steps.size(), 1U);
  const bool adds_enum_label = std::holds_alternative<AddEnumValue>(operation);
  EXPECT_EQ(planned.steps.front().facts.tx, adds_enum_label ? TxMode::outside_transaction : TxMode::transactional);
  return planned.steps.front().facts.hazards;
}

Hazards type_change(const std::string& from, const std::string& to) {
  return hazards_of(AlterColumn{pub("t"), column("c", from), column("c", to), ColumnChange{true, false, false, false}});
}

TEST(PlanHazards, Names) {
  EXPECT_EQ(to_string(Hazard::deletes_data), "deletes_data");
  EXPECT_EQ(to_string(Hazard::rewrites_table), "rewrites_table");
  EXPECT_EQ(to_string(Hazard::access_exclusive_lock), "access_exclusive_lock");
  EXPECT_EQ(to_string(Hazard::index_build), "index_build");
}

TEST(PlanHazards, HarmlessOperations) {
  const Schema schema{"app", std::nullopt};
  const Extension extension{"pgcrypto", "public", "1.3", std::nullopt};
  const EnumType type{pub("mood"), {"a"}, std::nullopt};
  Sequence sequence;
  sequence.name = pub("s");
  View view;
  view.name = pub("v");
  const Routine routine{{pub("f"), ""}, RoutineKind::function, "sql", Volatility::immutable, "integer", "", std::nullopt};
  Trigger trigger;
  trigger.name = {pub("t"), "trg"};
  trigger.function = routine.name;
  for (const Operation& operation : std::vector<Operation>{
           CreateSchema{schema}, DropSchema{schema}, CreateExtension{extension}, DropExtension{extension},
           AlterExtension{extension, extension}, CreateEnum{type}, DropEnum{type},
           AddEnumValue{type.name, "b", std::nullopt, "a"}, ReplaceEnum{type, type, {}}, CreateSequence{sequence},
           DropSequence{sequence}, AlterSequence{sequence, sequence}, CreateTable{table("t")}, CreateView{view},
           CreateMaterializedView{view}, CreateRoutine{routine}, DropRoutine{routine}, ReplaceRoutine{routine, routine},
           CreateTrigger{trigger}, ValidateConstraint{pub("t"), constraint("c", Check{"id > 0"})},
           SetComment{{ObjectKind::table, pub("t"), ""}, std::nullopt, "x"},
           AddConstraint{pub("t"), constraint("fk", ForeignKey{{"id"}, pub("u"), {"id"}})}}) {
    EXPECT_EQ(hazards_of(operation), Hazards{}) << operation.index();
  }
}

TEST(PlanHazards, TablesAndColumns) {
  EXPECT_EQ(hazards_of(DropTable{table("t")}), (Hazards{k_deletes, k_locks}));
  EXPECT_EQ(hazards_of(DropColumn{pub("t"), column("c", "text")}), (Hazards{k_deletes, k_locks}));
  EXPECT_EQ(hazards_of(SetPersistence{pub("t"), Persistence::unlogged}), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(hazards_of(AttachPartition{pub("t"), PartitionOf{pub("p"), "DEFAULT"}}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(DetachPartition{pub("t"), PartitionOf{pub("p"), "DEFAULT"}}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(SetReplicaIdentity{pub("t"), {}, {ReplicaIdentityKind::full, {}}}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(AddInherit{pub("t"), pub("p")}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(DropInherit{pub("t"), pub("p")}), Hazards{k_locks});

  Table partition = table("t_default");
  partition.partition_of = PartitionOf{pub("t"), "DEFAULT"};
  EXPECT_EQ(hazards_of(CreateTable{partition}), Hazards{k_locks});

  EXPECT_EQ(hazards_of(SetStorageParameters{pub("t"), {}, {"fillfactor=70", "autovacuum_enabled=false"}}), Hazards{});
  EXPECT_EQ(hazards_of(SetStorageParameters{pub("t"), {"fillfactor=70"}, {"user_catalog_table=true", "fillfactor=70"}}),
            Hazards{k_locks});
}

TEST(PlanHazards, AddColumnRewritesOnlyWhenEveryRowGetsItsOwnValue) {
  EXPECT_EQ(hazards_of(AddColumn{pub("t"), column("c", "text")}), Hazards{k_locks});
  Column constant = column("n", "integer");
  constant.default_expr = "0";
  EXPECT_EQ(hazards_of(AddColumn{pub("t"), constant}), Hazards{k_locks});
  Column stamped = column("at", "timestamp with time zone");
  stamped.default_expr = "now()";
  EXPECT_EQ(hazards_of(AddColumn{pub("t"), stamped}), Hazards{k_locks});
  Column random = column("u", "uuid");
  random.default_expr = "gen_random_uuid()";
  EXPECT_EQ(hazards_of(AddColumn{pub("t"), random}), (Hazards{k_rewrites, k_locks}));
  Column generated = column("g", "integer");
  generated.generated = "(id * 2)";
  EXPECT_EQ(hazards_of(AddColumn{pub("t"), generated}), (Hazards{k_rewrites, k_locks}));
  Column identity = column("i", "bigint");
  identity.identity = Identity{};
  EXPECT_EQ(hazards_of(AddColumn{pub("t"), identity}), (Hazards{k_rewrites, k_locks}));
}

TEST(PlanHazards, AlterColumnWithoutTypeChangeOnlyLocks) {
  Column nullable = column("c", "integer");
  Column required = nullable;
  required.not_null = true;
  EXPECT_EQ(hazards_of(AlterColumn{pub("t"), nullable, required, ColumnChange{false, true, false, false}}),
            Hazards{k_locks});
  Column collated = nullable;
  collated.type = "text";
  Column recollated = collated;
  recollated.collation = "\"C\"";
  EXPECT_EQ(hazards_of(AlterColumn{pub("t"), collated, recollated, ColumnChange{true, false, false, false}}),
            Hazards{k_locks});
}

TEST(PlanHazards, WideningTypeChangesKeepData) {
  EXPECT_EQ(type_change("smallint", "integer"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("integer", "bigint"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("integer[]", "bigint[]"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("integer", "numeric"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("integer", "numeric(12,2)"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("real", "double precision"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("date", "timestamp without time zone"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("timestamp without time zone", "timestamp with time zone"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("public.mood", "text"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("character(4)", "character varying(10)"), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(type_change("numeric(10,2)", "numeric(12,3)"), (Hazards{k_rewrites, k_locks}));
}

TEST(PlanHazards, TypeChangesPostgresDoesWithoutRewrite) {
  EXPECT_EQ(type_change("character varying(20)", "character varying(40)"), Hazards{k_locks});
  EXPECT_EQ(type_change("character varying(20)", "text"), Hazards{k_locks});
  EXPECT_EQ(type_change("text", "character varying"), Hazards{k_locks});
  EXPECT_EQ(type_change("numeric(10,2)", "numeric(14,2)"), Hazards{k_locks});
  EXPECT_EQ(type_change("numeric(10,2)", "numeric"), Hazards{k_locks});
}

TEST(PlanHazards, NarrowingOrUnknownTypeChangesMayDeleteData) {
  const Hazards narrowing{k_deletes, k_rewrites, k_locks};
  EXPECT_EQ(type_change("bigint", "integer"), narrowing);
  EXPECT_EQ(type_change("integer", "numeric(5,2)"), narrowing);
  EXPECT_EQ(type_change("numeric(10,2)", "numeric(10,3)"), narrowing);
  EXPECT_EQ(type_change("numeric", "numeric(10,2)"), narrowing);
  EXPECT_EQ(type_change("double precision", "real"), narrowing);
  EXPECT_EQ(type_change("timestamp with time zone", "date"), narrowing);
  EXPECT_EQ(type_change("text", "integer"), narrowing);
  EXPECT_EQ(type_change("text", "public.mood"), narrowing);
  EXPECT_EQ(type_change("integer", "integer[]"), narrowing);
  EXPECT_EQ(type_change("character varying(40)", "character varying(20)"), narrowing);
}

TEST(PlanHazards, ConstraintsAndIndexes) {
  EXPECT_EQ(hazards_of(AddConstraint{pub("t"), constraint("pk", PrimaryKey{{"id"}, {}})}), (Hazards{k_locks, k_index}));
  EXPECT_EQ(hazards_of(AddConstraint{pub("t"), constraint("uq", Unique{{"id"}, {}})}), (Hazards{k_locks, k_index}));
  EXPECT_EQ(hazards_of(AddConstraint{pub("t"), constraint("ex", Exclusion{"gist"})}), (Hazards{k_locks, k_index}));
  EXPECT_EQ(hazards_of(AddConstraint{pub("t"), constraint("ck", Check{"id > 0"})}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(DropConstraint{pub("t"), constraint("ck", Check{"id > 0"})}), Hazards{k_locks});
  Index index;
  index.name = pub("t_idx");
  index.table = pub("t");
  EXPECT_EQ(hazards_of(CreateIndex{index}), Hazards{k_index});
  EXPECT_EQ(hazards_of(DropIndex{index}), Hazards{k_locks});
}

TEST(PlanHazards, ViewsAndTriggersLockWhenDroppedOrReplaced) {
  View view;
  view.name = pub("v");
  EXPECT_EQ(hazards_of(DropView{view}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(ReplaceView{view, view}), Hazards{k_locks});
  EXPECT_EQ(hazards_of(DropMaterializedView{view}), Hazards{k_locks});
  Trigger trigger;
  trigger.name = {pub("t"), "trg"};
  EXPECT_EQ(hazards_of(DropTrigger{trigger}), Hazards{k_locks});
}

TEST(PlanHazards, ReplaceEnum) {
  const EnumType before{pub("mood"), {"happy", "meh", "sad"}, std::nullopt};
  const EnumType reordered{pub("mood"), {"sad", "meh", "happy"}, std::nullopt};
  const EnumType fewer{pub("mood"), {"happy", "sad"}, std::nullopt};
  const std::vector<TypeColumnUse> uses = {{pub("diary"), column("mood", "public.mood")}};
  EXPECT_EQ(hazards_of(ReplaceEnum{before, reordered, uses}), (Hazards{k_rewrites, k_locks}));
  EXPECT_EQ(hazards_of(ReplaceEnum{before, fewer, uses}), (Hazards{k_deletes, k_rewrites, k_locks}));
  EXPECT_EQ(hazards_of(ReplaceEnum{before, fewer, {}}), Hazards{k_deletes});
}

}  // namespace
}  // namespace schemadiff
