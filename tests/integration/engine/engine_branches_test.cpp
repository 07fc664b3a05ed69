// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "integration/engine/engine_project.hpp"

namespace schemadiff::testing {
namespace {

using Names = std::vector<std::string>;

TEST(EngineBranches, BranchMergeAndDowngradeThroughTheMerge) {
  EngineProject project("branches");
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int);", "DROP TABLE t1;", "base");
  project.add_revision("b2b2b2b2b2b2", {"a1a1a1a1a1a1"}, "CREATE TABLE t2 (id int);", "DROP TABLE t2;", "left");
  project.add_revision("c3c3c3c3c3c3", {"a1a1a1a1a1a1"}, "CREATE TABLE t3 (id int);", "DROP TABLE t3;", "right");

  auto result = project.run({"heads"});
  EXPECT_EQ(result.out, "b2b2b2b2b2b2 (head), left\nc3c3c3c3c3c3 (head), right\n");
  result = project.run({"branches"});
  EXPECT_EQ(result.out,
            "a1a1a1a1a1a1 (branchpoint), base\n  -> b2b2b2b2b2b2 (head), left\n  -> c3c3c3c3c3c3 (head), right\n");

  result = project.run({"upgrade", "heads"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), (Names{"b2b2b2b2b2b2", "c3c3c3c3c3c3"}));
  EXPECT_EQ(project.run({"current"}).out, "b2b2b2b2b2b2 (head), left\nc3c3c3c3c3c3 (head), right\n");

  // A new revision needs one head.
  EXPECT_EQ(project.run({"revision", "-m", "more"}).exit_code, 64);

  result = project.run({"merge", "heads", "-m", "join", "--rev-id", "m5m5m5m5m5m5"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.run({"heads"}).out, "m5m5m5m5m5m5 (head) (mergepoint), join\n");
  result = project.run({"history", "--offline"});
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            "b2b2b2b2b2b2, c3c3c3c3c3c3 -> m5m5m5m5m5m5 (head) (mergepoint), join");

  result = project.run({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"m5m5m5m5m5m5"});

  result = project.run({"downgrade", "-1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), (Names{"b2b2b2b2b2b2", "c3c3c3c3c3c3"}));
  // Two heads applied: -1 is ambiguous, a revision is not.
  EXPECT_EQ(project.run({"downgrade", "-1"}).exit_code, 64);

  project.run({"upgrade"});
  result = project.run({"downgrade", "a1a1a1a1a1a1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.version_rows(), Names{"a1a1a1a1a1a1"});
  EXPECT_EQ(project.tables(), Names{"public.t1"});
}

TEST(EngineBranches, ShowAndRevisionAndHistoryRange) {
  EngineProject project("show");
  project.add_revision("a1a1a1a1a1a1", {}, "CREATE TABLE t1 (id int);", "DROP TABLE t1;", "base");
  auto result = project.run({"revision", "-m", "Hand written", "--rev-id", "b2b2b2b2b2b2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(project.revision_count(), 2u);
  result = project.run({"show", "b2b"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Rev: b2b2b2b2b2b2 (head)\nParent: a1a1a1a1a1a1\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("-- revision: b2b2b2b2b2b2\n-- revises: a1a1a1a1a1a1\n-- message: Hand written\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("b2b2b2b2b2b2_hand_written.sql"), std::string::npos);
  EXPECT_EQ(project.run({"revision", "-m", "again", "--rev-id", "b2b2b2b2b2b2"}).exit_code, 64);

  result = project.run({"history", "--offline", "-r", "b2b:"});
  EXPECT_EQ(result.out, "a1a1a1a1a1a1 -> b2b2b2b2b2b2 (head), Hand written\n");
  result = project.run({"history", "--offline", "--verbose", "-r", ":a1a1"});
  EXPECT_NE(result.out.find("Rev: a1a1a1a1a1a1\nParent: <base>\n"), std::string::npos) << result.out;
}

TEST(EngineBranches, MalformedRevisionIsAnErrorWithFileAndLine) {
  EngineProject project("malformed");
  project.add_revision("a1a1a1a1a1a1", {"ffffffffffff"}, "SELECT 1;", "SELECT 1;", "orphan");
  const auto result = project.run({"heads"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("a1a1a1a1a1a1_orphan.sql:2: revision a1a1a1a1a1a1 revises ffffffffffff"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace schemadiff::testing
