// SPDX-License-Identifier: MIT
// The example application against databases its history did not build: one made straight
// from the model files, one changed out of band, one built by the offline script.
#include <gtest/gtest.h>

#include "integration/example/example_project.hpp"

namespace schemadiff::testing {
namespace {

TEST(ExampleApp, DatabaseBuiltFromTheModelsIsAdopted) {
  EngineProject project("example_adopt");
  copy_example_app(project);
  ASSERT_EQ(run_psql_files(project.database().url(), example_model_files()), 0);

  auto result = project.run({"stamp", "head", "--verify"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(project.version_rows(), std::vector<std::string>{example_head(project)});
  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  result = project.run({"upgrade"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("Nothing to do", 0), 0u) << result.out;
}

TEST(ExampleApp, OutOfBandChangeIsRefusedAndReportedAsDrift) {
  EngineProject project("example_drift");
  copy_example_app(project);
  ASSERT_EQ(run_psql_files(project.database().url(), example_model_files()), 0);
  project.database().execute("ALTER TABLE cameras ADD COLUMN notes text; DROP INDEX idx_events_unreviewed;");

  auto result = project.run({"stamp", "head", "--verify"});
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_NE(result.out.find("DROP COLUMN \"notes\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("CREATE INDEX idx_events_unreviewed ON public.events"), std::string::npos) << result.out;
  EXPECT_TRUE(project.version_rows().empty());

  // Stamped anyway, the difference shows up as drift.
  ASSERT_EQ(project.run({"stamp", "head"}).exit_code, 0);
  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_NE(result.out.find("database: drifted from its applied revisions"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("DROP COLUMN \"notes\""), std::string::npos) << result.out;
}

TEST(ExampleApp, OfflineScriptOfTheWholeHistoryAppliesWithPsql) {
  EngineProject project("example_offline");
  copy_example_app(project);
  const auto script = project.run({"upgrade", "--sql", "base:head"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  ASSERT_EQ(run_psql_script(project.database().url(), script.out, project.dir()), 0) << script.out;
  EXPECT_EQ(project.version_rows(), std::vector<std::string>{example_head(project)});
  const auto result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

}  // namespace
}  // namespace schemadiff::testing
