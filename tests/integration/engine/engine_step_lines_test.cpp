// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "integration/engine/engine_project.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/engine/runner.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/revision/revision.hpp"
#include "support/test_database.hpp"

namespace schemadiff::testing {
namespace {

namespace fs = std::filesystem;

// Steps of several kinds, so the step lines carry different hazards, locks and a
// statement that runs outside the transaction.
const char* const k_models_v1 =
    "CREATE TYPE mood AS ENUM ('ok', 'sad');\n"
    "CREATE TABLE people (id int PRIMARY KEY, name varchar(20), nickname text, mood mood);\n"
    "CREATE TABLE pets (id int PRIMARY KEY, owner int);\n";
const char* const k_models_v2 =
    "CREATE TYPE mood AS ENUM ('ok', 'meh', 'sad');\n"
    "CREATE TABLE people (id int PRIMARY KEY, name text, mood mood);\n"
    "CREATE INDEX people_name ON people (name);\n"
    "CREATE TABLE pets (id int PRIMARY KEY, owner int REFERENCES people);\n";

std::string revision_path(const std::string& dir, const std::string& id) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with(id)) {
      return entry.path().string();
    }
  }
  return {};
}

SchemaModel model_of(const std::string& sql) {
  TestDatabase database("step_lines_model");
  database.execute(sql);
  Database db = database.connect();
  return introspect(db);
}

// autogenerate -> revision file -> the statements upgrade runs carry the facts the
// planner gave their steps, one step line per statement.
TEST(EngineStepLines, FactsSurviveTheRevisionFile) {
  EngineProject project("step_lines");
  project.set_models(k_models_v1);
  ASSERT_EQ(project.run({"autogenerate", "-m", "v1", "--rev-id", "c1c1c1c1c1c1"}).exit_code, 0);
  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  project.set_models(k_models_v2);
  const CliResult generated = project.run({"autogenerate", "-m", "v2", "--rev-id", "c2c2c2c2c2c2"});
  ASSERT_EQ(generated.exit_code, 0) << generated.err;

  const std::string path = revision_path(project.versions_dir(), "c2c2c2c2c2c2");
  const Revision revision = parse_revision(read_file(path), path);
  const SchemaModel from = model_of(k_models_v1);
  const SchemaModel to = model_of(k_models_v2);
  for (const Direction direction : {Direction::upgrade, Direction::downgrade}) {
    const bool up = direction == Direction::upgrade;
    const Plan planned = up ? plan(diff(from, to), from, to) : plan(diff(to, from), to, from);
    std::vector<std::pair<std::string, StepFacts>> expected;
    for (const PlannedStep& step : planned.steps) {
      for (const std::string& sql : render(step.operation)) {
        expected.emplace_back(sql, step.facts);
      }
    }
    const std::vector<RevisionStatement> read = section_statements(revision, direction);
    ASSERT_EQ(read.size(), expected.size()) << read_file(path);
    for (std::size_t i = 0; i < read.size(); ++i) {
      EXPECT_EQ(read[i].sql, expected[i].first);
      ASSERT_TRUE(read[i].facts.has_value()) << read[i].sql;
      EXPECT_EQ(*read[i].facts, expected[i].second) << read[i].sql;
      EXPECT_EQ(read[i].tx, expected[i].second.tx) << read[i].sql;
    }
  }
  // The test means something only if the facts differ between statements.
  const std::string text = read_file(path);
  EXPECT_NE(text.find("tx=no"), std::string::npos) << text;
  EXPECT_NE(text.find("hazards=deletes_data"), std::string::npos) << text;

  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  EXPECT_EQ(project.run({"autogenerate", "-m", "nothing"}).out, "No changes detected\n");
  ASSERT_EQ(project.run({"downgrade", "base"}).exit_code, 0);
  EXPECT_TRUE(project.tables().empty());
}

// A revision written before step lines existed: no step lines, a no-transaction marker.
TEST(EngineStepLines, OldFormatRevisionUpgradesAndDowngradesAsBefore) {
  EngineProject project("old_format");
  const std::string source = fixture_path("engine/old_format/a0a0a0a0a0a1_before_step_lines.sql");
  fs::copy_file(source, project.versions_dir() + "/a0a0a0a0a0a1_before_step_lines.sql");

  const Revision revision = parse_revision(read_file(source), source);
  const std::vector<RevisionStatement> statements = section_statements(revision, Direction::upgrade);
  ASSERT_EQ(statements.size(), 5u);
  for (const RevisionStatement& statement : statements) {
    EXPECT_FALSE(statement.facts.has_value()) << statement.sql;
    EXPECT_EQ(statement.tx, statement.sql.starts_with("ALTER TYPE") ? TxMode::outside_transaction
                                                                     : TxMode::transactional)
        << statement.sql;
  }

  const CliResult up = project.run({"upgrade"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(project.tables(), std::vector<std::string>{"public.accounts"});
  Database db = project.database().connect();
  const ResultSet labels = db.query("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum");
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels.rows()[0][0].value_or(""), "free,pro,team");
  const CliResult down = project.run({"downgrade", "base"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_TRUE(project.tables().empty());
}

// A step line or marker inside a statement (a function body, a string) is text, not a
// marker: it neither gives facts nor moves a statement out of the transaction.
TEST(EngineStepLines, MarkerLinesInsideAStatementAreText) {
  Revision revision;
  revision.path = "f.sql";
  const std::string text =
      "-- revision: d1d1d1d1d1d1\n"
      "-- revises:\n"
      "-- schemadiff:upgrade\n"
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT '\n"
      "-- schemadiff:no-transaction\n"
      "-- schemadiff:step lock=access_exclusive tx=no\n"
      "' $$;\n"
      "SELECT f();\n"
      "-- schemadiff:step hazards=index_build lock=share tx=yes\n"
      "CREATE INDEX i ON t (c);\n"
      "-- schemadiff:downgrade\n";
  const Revision parsed = parse_revision(text, "f.sql");
  const std::vector<RevisionStatement> statements = section_statements(parsed, Direction::upgrade);
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_FALSE(statements[0].facts.has_value());
  EXPECT_EQ(statements[0].tx, TxMode::transactional);
  EXPECT_FALSE(statements[1].facts.has_value());
  EXPECT_EQ(statements[1].tx, TxMode::transactional);
  ASSERT_TRUE(statements[2].facts.has_value());
  EXPECT_EQ(*statements[2].facts, (StepFacts{{Hazard::index_build}, LockLevel::share, TxMode::transactional}));
  EXPECT_EQ(statements[2].line, 10u);
}

// A revision file is read back before it is written: a message that would inject lines
// into the header is refused and no file appears.
TEST(EngineStepLines, ARevisionThatWouldNotReadBackIsNotWritten) {
  EngineProject project("read_back");
  const CliResult result = project.run({"revision", "-m", "harmless\n-- schemadiff:upgrade\nDROP TABLE users;"});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.err.find("nothing was written"), std::string::npos) << result.err;
  EXPECT_EQ(project.revision_count(), 0u);
}

}  // namespace
}  // namespace schemadiff::testing
