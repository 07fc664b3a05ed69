// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>

#include "integration/engine/engine_project.hpp"
#include "schemadiff/pg/database.hpp"
#include "support/test_database.hpp"

namespace schemadiff::testing {
namespace {

const char* const k_zones =
    "CREATE TABLE zones (id serial PRIMARY KEY, name text NOT NULL);\n"
    "CREATE INDEX idx_zones_name ON zones (name);\n";
const char* const k_camera_zones_hinted =
    "-- schemadiff:renamed-from zones\n"
    "CREATE TABLE camera_zones (\n"
    "  id serial PRIMARY KEY,\n"
    "  -- schemadiff:renamed-from name\n"
    "  label text NOT NULL\n"
    ");\n"
    "-- schemadiff:renamed-from idx_zones_name\n"
    "CREATE INDEX idx_camera_zones_label ON camera_zones (label);\n";
const char* const k_camera_zones_plain =
    "CREATE TABLE camera_zones (id serial PRIMARY KEY, name text NOT NULL);\n"
    "CREATE INDEX idx_zones_name ON camera_zones (name);\n";

std::string rows(TestDatabase& db, const std::string& query) {
  Database connection = db.connect();
  std::string text;
  const ResultSet result = connection.query(query);
  for (const auto& row : result.rows()) {
    text += row.at(0).value_or("NULL") + ";";
  }
  return text;
}

TEST(EngineRename, HintsMakeARevisionThatKeepsTheDataAndAreIdempotent) {
  EngineProject project("rename");
  project.set_models(k_zones);
  ASSERT_EQ(project.run({"autogenerate", "-m", "initial"}).exit_code, 0);
  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  project.database().execute("INSERT INTO zones (name) VALUES ('front'), ('back')");

  project.set_models(k_camera_zones_hinted);
  auto result = project.run({"autogenerate", "-m", "rename zones"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  result = project.run({"upgrade", "--sql"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("ALTER TABLE \"public\".\"zones\" RENAME TO \"camera_zones\""), std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("DROP TABLE"), std::string::npos) << result.out;

  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);
  project.database().execute("INSERT INTO camera_zones (label) VALUES ('side')");
  EXPECT_EQ(rows(project.database(), "SELECT id || '=' || label FROM camera_zones ORDER BY id"),
            "1=front;2=back;3=side;");

  // The hints stay in the models and do nothing now.
  result = project.run({"autogenerate", "-m", "again"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "No changes detected\n");
  result = project.run({"check"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;

  // And the downgrade renames back.
  ASSERT_EQ(project.run({"downgrade", "-1"}).exit_code, 0);
  EXPECT_EQ(rows(project.database(), "SELECT id || '=' || name FROM zones ORDER BY id"), "1=front;2=back;3=side;");
}

TEST(EngineRename, WithoutAHintTheLookAlikeDropAndCreateGetsASuggestion) {
  EngineProject project("rename_hint");
  project.set_models(k_zones);
  ASSERT_EQ(project.run({"autogenerate", "-m", "initial"}).exit_code, 0);
  ASSERT_EQ(project.run({"upgrade"}).exit_code, 0);

  project.set_models(k_camera_zones_plain);
  auto result = project.run({"autogenerate", "-m", "rename zones", "--rev-id", "c3c3c3c3c3c3"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("schemadiff: hint: table public.zones is dropped and public.camera_zones created with "
                            "the same columns; if it was renamed, put \"-- schemadiff:renamed-from zones\" on the line "
                            "before CREATE TABLE public.camera_zones in the model, or pass --rename "
                            "table:public.zones=camera_zones"),
            std::string::npos)
      << result.err;

  // Following the suggestion with the flag.
  for (const auto& entry : std::filesystem::directory_iterator(project.versions_dir())) {
    if (entry.path().filename().string().starts_with("c3c3")) {
      std::filesystem::remove(entry.path());
    }
  }
  result = project.run({"autogenerate", "-m", "rename zones", "--rename", "table:public.zones=camera_zones"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  result = project.run({"upgrade", "--sql"});
  EXPECT_NE(result.out.find("RENAME TO \"camera_zones\""), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("DROP TABLE"), std::string::npos) << result.out;
}

TEST(EngineRename, MalformedRenameFlagIsAUsageError) {
  EngineProject project("rename_flag");
  project.set_models(k_zones);
  const auto result = project.run({"autogenerate", "-m", "x", "--rename", "tabel:zones=camera_zones"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("unknown kind tabel"), std::string::npos) << result.err;
  EXPECT_EQ(project.revision_count(), 0u);
}

TEST(EngineRename, MisplacedHintNamesTheFileAndLine) {
  EngineProject project("rename_misplaced");
  project.set_models("CREATE TABLE t (id int);\n-- schemadiff:renamed-from s\nCREATE SEQUENCE s2;\n");
  const auto result = project.run({"autogenerate", "-m", "x"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(".sql:2:1: a schemadiff:renamed-from hint must be on the line before"), std::string::npos)
      << result.err;
  EXPECT_EQ(project.revision_count(), 0u);
}

}  // namespace
}  // namespace schemadiff::testing
