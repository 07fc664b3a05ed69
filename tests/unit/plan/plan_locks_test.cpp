// SPDX-License-Identifier: MIT
// The table lock each step reports, as PostgreSQL takes it (pg_locks while the statement's
// transaction is open).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "schemadiff/plan/plan.hpp"
#include "unit/plan/plan_test_support.hpp"

namespace schemadiff {
namespace {

using plan_test::column;
using plan_test::constraint;
using plan_test::pub;
using plan_test::table;

// The lock of `operation` planned alone between `from` and `to`.
LockLevel lock_of(const Operation& operation, const SchemaModel& from = {}, const SchemaModel& to = {}) {
  const Plan planned = plan({operation}, from, to);
  EXPECT_EQ(planned.steps.size(), 1U);
  return planned.steps.front().facts.lock;
}

TEST(PlanLocks, Words) {
  EXPECT_EQ(to_string(LockLevel::share_row_exclusive), "share_row_exclusive");
  EXPECT_EQ(lock_level_from_string("share_update_exclusive"), LockLevel::share_update_exclusive);
  EXPECT_EQ(lock_level_from_string("none"), LockLevel::none);
  EXPECT_EQ(lock_level_from_string("exclusive_ish"), std::nullopt);
}

TEST(PlanLocks, TypesRoutinesAndSchemasLockNoTable) {
  EXPECT_EQ(lock_of(CreateSchema{Schema{"app", std::nullopt}}), LockLevel::none);
  EXPECT_EQ(lock_of(CreateEnum{EnumType{pub("mood"), {"a"}, std::nullopt}}), LockLevel::none);
  EXPECT_EQ(lock_of(AddEnumValue{pub("mood"), "b", std::nullopt, "a"}), LockLevel::none);
  Routine routine;
  routine.name = {pub("f"), ""};
  EXPECT_EQ(lock_of(CreateRoutine{routine}), LockLevel::none);
  EXPECT_EQ(lock_of(RenameRoutine{routine.name, RoutineKind::function, "g"}), LockLevel::none);
  EXPECT_EQ(lock_of(GrantPrivileges{{ObjectKind::table, pub("t"), ""}, {Grant{"app", "SELECT", false}}}),
            LockLevel::none);
}

TEST(PlanLocks, TablesAndTheirParents) {
  EXPECT_EQ(lock_of(CreateTable{table("t")}), LockLevel::none);
  Table child = table("child");
  child.inherits = {pub("parent")};
  EXPECT_EQ(lock_of(CreateTable{child}), LockLevel::share_update_exclusive);
  Table partition = table("part");
  partition.partition_of = PartitionOf{pub("parent"), "DEFAULT"};
  EXPECT_EQ(lock_of(CreateTable{partition}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(DropTable{table("t")}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(AttachPartition{pub("t"), PartitionOf{pub("p"), "DEFAULT"}}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(AddColumn{pub("t"), column("c", "text")}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(RenameTable{pub("t"), "u"}), LockLevel::access_exclusive);
}

TEST(PlanLocks, StorageParametersByParameter) {
  EXPECT_EQ(lock_of(SetStorageParameters{pub("t"), {}, {"fillfactor=70"}}), LockLevel::share_update_exclusive);
  EXPECT_EQ(lock_of(SetStorageParameters{pub("t"), {"autovacuum_enabled=false"}, {}}),
            LockLevel::share_update_exclusive);
  EXPECT_EQ(lock_of(SetStorageParameters{pub("t"), {}, {"user_catalog_table=true"}}), LockLevel::access_exclusive);
}

TEST(PlanLocks, ForeignKeysTakeLessThanOtherConstraints) {
  const Constraint key = constraint("t_p_fk", ForeignKey{{"p_id"}, pub("p"), {"id"}});
  EXPECT_EQ(lock_of(AddConstraint{pub("t"), key}), LockLevel::share_row_exclusive);
  EXPECT_EQ(lock_of(AddConstraint{pub("t"), constraint("t_check", Check{"CHECK (id > 0)", false})}),
            LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(AddConstraint{pub("t"), constraint("t_key", Unique{{"id"}, {}, NullsDistinct::distinct})}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(ValidateConstraint{pub("t"), key}), LockLevel::share_update_exclusive);
  EXPECT_EQ(lock_of(DropConstraint{pub("t"), key}), LockLevel::access_exclusive);
}

TEST(PlanLocks, IndexesTriggersAndViews) {
  Index index;
  index.name = pub("t_id");
  index.table = pub("t");
  EXPECT_EQ(lock_of(CreateIndex{index}), LockLevel::share);
  EXPECT_EQ(lock_of(DropIndex{index}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(RenameIndex{index.name, "t_id2"}), LockLevel::share_update_exclusive);
  Trigger trigger;
  trigger.name = {pub("t"), "audit"};
  trigger.function = {pub("audit"), ""};
  EXPECT_EQ(lock_of(CreateTrigger{trigger}), LockLevel::share_row_exclusive);
  EXPECT_EQ(lock_of(DropTrigger{trigger}), LockLevel::access_exclusive);
  View view;
  view.name = pub("v");
  EXPECT_EQ(lock_of(CreateView{view}), LockLevel::access_share);
  EXPECT_EQ(lock_of(ReplaceView{view, view}), LockLevel::access_exclusive);
}

TEST(PlanLocks, SequencesAreRelations) {
  Sequence sequence;
  sequence.name = pub("s");
  EXPECT_EQ(lock_of(CreateSequence{sequence}), LockLevel::none);
  EXPECT_EQ(lock_of(AlterSequence{sequence, sequence}), LockLevel::share_row_exclusive);
  EXPECT_EQ(lock_of(DropSequence{sequence}), LockLevel::access_exclusive);
}

TEST(PlanLocks, CommentsAndOwnersByKind) {
  EXPECT_EQ(lock_of(SetComment{{ObjectKind::table, pub("t"), ""}, std::nullopt, "x"}),
            LockLevel::share_update_exclusive);
  EXPECT_EQ(lock_of(SetComment{{ObjectKind::constraint, pub("t"), "t_check"}, std::nullopt, "x"}),
            LockLevel::access_share);
  EXPECT_EQ(lock_of(SetComment{{ObjectKind::type, pub("mood"), ""}, std::nullopt, "x"}), LockLevel::none);
  EXPECT_EQ(lock_of(SetOwner{{ObjectKind::table, pub("t"), ""}, "a", "b"}), LockLevel::access_exclusive);
  EXPECT_EQ(lock_of(SetOwner{{ObjectKind::routine, pub("f"), ""}, "a", "b"}), LockLevel::none);
}

TEST(PlanLocks, DomainChecksScanOnlyTablesThatUseTheDomain) {
  DomainConstraint positive{"positive", "CHECK ((VALUE > 0))", Validation::validated, std::nullopt};
  const AddDomainConstraint add{pub("posint"), positive};
  Domain domain;
  domain.name = pub("posint");
  domain.base_type = "integer";
  SchemaModel unused;
  unused.domains = {{domain.name, domain}};
  EXPECT_EQ(lock_of(add, unused, unused), LockLevel::none);

  SchemaModel used = unused;
  Table t = table("t");
  t.columns.push_back(column("amount", "public.posint"));
  used.tables = {{t.name, t}};
  EXPECT_EQ(lock_of(add, used, used), LockLevel::share);
  EXPECT_EQ(lock_of(ValidateDomainConstraint{pub("posint"), positive}, used, used), LockLevel::share);

  positive.validation = Validation::not_valid;
  EXPECT_EQ(lock_of(AddDomainConstraint{pub("posint"), positive}, used, used), LockLevel::none);
}

TEST(PlanLocks, ReplacingATypeLocksTheTablesOfItsColumns) {
  const EnumType before{pub("mood"), {"a", "b"}, std::nullopt};
  const EnumType after{pub("mood"), {"b"}, std::nullopt};
  EXPECT_EQ(lock_of(ReplaceEnum{before, after, {}}), LockLevel::none);
  EXPECT_EQ(lock_of(ReplaceEnum{before, after, {{pub("t"), column("m", "public.mood")}}}),
            LockLevel::access_exclusive);
}

}  // namespace
}  // namespace schemadiff
