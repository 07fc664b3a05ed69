// SPDX-License-Identifier: MIT
#include "schemadiff/revision/revision_graph.hpp"

#include <gtest/gtest.h>

#include "schemadiff/error.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff {
namespace {

Revision rev(std::string id, std::vector<std::string> revises) {
  Revision revision;
  revision.id = std::move(id);
  revision.revises = std::move(revises);
  return revision;
}

std::vector<std::string> ids(const std::vector<MigrationStep>& steps) {
  std::vector<std::string> result;
  for (const auto& step : steps) {
    result.push_back(step.revision);
  }
  return result;
}

// a <- b <- c, a <- d, and m merges c and d.
RevisionGraph branched(bool merged) {
  std::vector<Revision> revisions{rev("a1", {}), rev("b2", {"a1"}), rev("c3", {"b2"}), rev("d4", {"a1"})};
  if (merged) {
    revisions.push_back(rev("m5", {"c3", "d4"}));
  }
  return RevisionGraph::build(revisions);
}

TEST(RevisionGraph, HeadsBasesBranchPointsAndOrder) {
  const auto graph = branched(false);
  EXPECT_EQ(graph.heads(), (std::vector<std::string>{"c3", "d4"}));
  EXPECT_EQ(graph.bases(), (std::vector<std::string>{"a1"}));
  EXPECT_EQ(graph.branch_points(), (std::vector<std::string>{"a1"}));
  EXPECT_EQ(graph.order(), (std::vector<std::string>{"a1", "b2", "c3", "d4"}));
  EXPECT_EQ(graph.heads_of({"a1", "b2", "d4"}), (RevisionSet{"b2", "d4"}));
}

TEST(RevisionGraph, ResolvesUniquePrefixes) {
  const auto graph = RevisionGraph::build({rev("abc1", {}), rev("abd2", {"abc1"})});
  EXPECT_EQ(graph.resolve("abc"), "abc1");
  EXPECT_THROW(graph.resolve("ab"), UsageError);
  EXPECT_THROW(graph.resolve("zz"), UsageError);
}

TEST(RevisionTargets, HeadRefusesSeveralHeads) {
  const auto graph = branched(false);
  try {
    plan_upgrade(graph, {}, "head");
    FAIL() << "accepted";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("c3, d4"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("merge heads"), std::string::npos);
  }
  EXPECT_EQ(ids(plan_upgrade(graph, {}, "heads")), (std::vector<std::string>{"a1", "b2", "c3", "d4"}));
}

TEST(RevisionTargets, UpgradeForms) {
  const auto graph = branched(true);
  EXPECT_EQ(ids(plan_upgrade(graph, {"a1"}, "head")), (std::vector<std::string>{"b2", "c3", "d4", "m5"}));
  EXPECT_EQ(ids(plan_upgrade(graph, {}, "+2")), (std::vector<std::string>{"a1", "b2"}));
  EXPECT_EQ(ids(plan_upgrade(graph, {}, "c")), (std::vector<std::string>{"a1", "b2", "c3"}));
  EXPECT_EQ(ids(plan_upgrade(graph, {}, "a1+1")), (std::vector<std::string>{"a1", "b2"}));
  EXPECT_TRUE(plan_upgrade(graph, {"a1", "b2", "c3", "d4", "m5"}, "head").empty());
  EXPECT_THROW(plan_upgrade(graph, {}, "+9"), UsageError);
  EXPECT_THROW(plan_upgrade(graph, {}, "+x"), UsageError);
}

TEST(RevisionTargets, DowngradeThroughMerge) {
  const auto graph = branched(true);
  const RevisionSet all{"a1", "b2", "c3", "d4", "m5"};
  EXPECT_EQ(ids(plan_downgrade(graph, all, "-1")), (std::vector<std::string>{"m5"}));
  EXPECT_EQ(ids(plan_downgrade(graph, all, "a1")), (std::vector<std::string>{"m5", "d4", "c3", "b2"}));
  EXPECT_EQ(ids(plan_downgrade(graph, all, "base")), (std::vector<std::string>{"m5", "d4", "c3", "b2", "a1"}));
  const RevisionSet after_merge_undone = apply_steps(all, plan_downgrade(graph, all, "-1"));
  EXPECT_EQ(graph.heads_of(after_merge_undone), (RevisionSet{"c3", "d4"}));
  EXPECT_THROW(plan_downgrade(graph, after_merge_undone, "-1"), UsageError);
  EXPECT_EQ(ids(plan_downgrade(graph, after_merge_undone, "b2")), (std::vector<std::string>{"c3"}));
  EXPECT_THROW(plan_downgrade(graph, {"a1"}, "b2"), UsageError);
}

}  // namespace
}  // namespace schemadiff
