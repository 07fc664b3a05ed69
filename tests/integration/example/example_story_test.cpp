// SPDX-License-Identifier: MIT
// The example application's story, as scripts/demo tells it: its whole revision history
// applied to an empty database, checked, undone, applied again, and a model change turned
// into a new revision.
#include <gtest/gtest.h>

#include <fstream>

#include "integration/example/example_project.hpp"

namespace schemadiff::testing {
namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

TEST(ExampleApp, HistoryGoesUpDownAndUpAgain) {
  EngineProject project("example_story");
  copy_example_app(project);
  const std::string head = example_head(project);
  ASSERT_GE(example_revision_count(), 10u);

  auto result = project.run({"upgrade", "head"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find(head), std::string::npos) << result.out;
  EXPECT_FALSE(project.tables().empty());

  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("models: every change has a revision"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("database: matches its applied revisions"), std::string::npos) << result.out;

  result = project.run({"current"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind(head + " (head)", 0), 0u) << result.out;
  result = project.run({"history"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(count_of(result.out, "(applied)"), example_revision_count()) << result.out;

  // Every downgrade section together removes everything the upgrades made.
  result = project.run({"downgrade", "base"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  TestDatabase empty("example_empty");
  EXPECT_EQ(inspect_without_version_tables(project.database().url()), inspect_without_version_tables(empty.url()));
  EXPECT_TRUE(project.version_rows().empty());

  result = project.run({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(project.version_rows(), std::vector<std::string>{head});
  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

TEST(ExampleApp, ModelChangeBecomesANewRevision) {
  EngineProject project("example_change");
  copy_example_app(project);
  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  {
    std::ofstream events(project.dir() + "/schema_models/40_events.sql", std::ios::app);
    events << "CREATE INDEX idx_events_snoozed ON events (snooze_until) WHERE snooze_until IS NOT NULL;\n";
  }
  auto result = project.run({"check", "--skip-database"});
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_NE(result.out.find("models: changed without a revision"), std::string::npos) << result.out;

  result = project.run({"autogenerate", "-m", "index snoozed events"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(project.revision_count(), example_revision_count() + 1);
  result = project.run({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  result = project.run({"autogenerate", "-m", "nothing"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "No changes detected\n");
}

}  // namespace
}  // namespace schemadiff::testing
