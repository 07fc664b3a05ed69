// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "schemadiff/error.hpp"
#include "schemadiff/revision/revision.hpp"
#include "schemadiff/revision/revision_directory.hpp"
#include "schemadiff/revision/revision_graph.hpp"

namespace schemadiff {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream input(path, std::ios::binary);
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

TEST(RevisionFile, FormatThenParseRoundTrips) {
  Revision revision;
  revision.id = "0123456789ab";
  revision.revises = {"aaaaaaaaaaaa", "bbbbbbbbbbbb"};
  revision.message = "add users";
  revision.created = "2026-01-02T03:04:05Z";
  revision.upgrade.sql =
      "CREATE TABLE users (id int);\n-- schemadiff:no-transaction\nCREATE INDEX CONCURRENTLY i ON users (id);\n";
  revision.downgrade.sql = "DROP TABLE users;\n";
  const std::string text = format_revision(revision, {"WARNING: destructive", "  DROP TABLE x"});
  const Revision parsed = parse_revision(text, "f.sql");
  EXPECT_EQ(parsed.id, revision.id);
  EXPECT_EQ(parsed.revises, revision.revises);
  EXPECT_EQ(parsed.message, revision.message);
  EXPECT_EQ(parsed.created, revision.created);
  EXPECT_EQ(parsed.checksum, checksum_of(text));
  EXPECT_NE(parsed.upgrade.sql.find("CREATE TABLE users"), std::string::npos);
  EXPECT_EQ(parsed.downgrade.sql.find("DROP TABLE users;"), 0u);
  ASSERT_EQ(parsed.upgrade.no_transaction_lines.size(), 1u);
  // The marker is the upgrade section's second line.
  EXPECT_EQ(parsed.upgrade.no_transaction_lines.front(), parsed.upgrade.first_line + 1);
}

// Marker-like lines inside a string or a dollar-quoted body are SQL text, as PostgreSQL's
// lexer sees them: they neither end a section nor count as (unknown) markers.
TEST(RevisionFile, MarkerTextInsideStringsIsNotAMarker) {
  const std::string text =
      "-- revision: abc\n"
      "-- revises:\n"
      "-- schemadiff:upgrade\n"
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '\n"
      "-- schemadiff:downgrade\n"
      "-- schemadiff:whatever\n"
      "-- schemadiff:step lock=nonsense\n"
      "' $body$;\n"
      "COMMENT ON TABLE t IS '\n"
      "-- schemadiff:no-transaction\n"
      "';\n"
      "/*\n"
      "-- schemadiff:upgrade\n"
      "*/\n"
      "-- schemadiff:downgrade\n"
      "DROP FUNCTION f();\n";
  const Revision parsed = parse_revision(text, "f.sql");
  EXPECT_NE(parsed.upgrade.sql.find("-- schemadiff:whatever"), std::string::npos) << parsed.upgrade.sql;
  EXPECT_NE(parsed.upgrade.sql.find("COMMENT ON TABLE"), std::string::npos);
  EXPECT_TRUE(parsed.upgrade.no_transaction_lines.empty());
  EXPECT_TRUE(parsed.upgrade.step_lines.empty());
  EXPECT_EQ(parsed.downgrade.sql, "DROP FUNCTION f();\n");
  EXPECT_EQ(parsed.downgrade.first_line, 16u);
}

TEST(RevisionFile, StepLinesBelongToTheirSection) {
  const Revision parsed = parse_revision(
      "-- revision: abc\n-- revises:\n-- schemadiff:upgrade\n"
      "  -- schemadiff:step hazards=deletes_data lock=access_exclusive tx=yes\nDROP TABLE t;\n"
      "-- schemadiff:downgrade\n-- schemadiff:step lock=none tx=no\nSELECT 1;\n",
      "f.sql");
  ASSERT_EQ(parsed.upgrade.step_lines.size(), 1u);
  EXPECT_EQ(parsed.upgrade.step_lines[0].line, 4u);
  EXPECT_EQ(parsed.upgrade.step_lines[0].facts,
            (StepFacts{{Hazard::deletes_data}, LockLevel::access_exclusive, TxMode::transactional}));
  ASSERT_EQ(parsed.downgrade.step_lines.size(), 1u);
  EXPECT_EQ(parsed.downgrade.step_lines[0].facts.tx, TxMode::outside_transaction);
}

TEST(RevisionFile, BaseRevisionHasNoParents) {
  const Revision parsed =
      parse_revision("-- revision: abc\n-- revises:\n-- schemadiff:upgrade\n-- schemadiff:downgrade\n", "f.sql");
  EXPECT_TRUE(parsed.revises.empty());
  EXPECT_TRUE(parsed.upgrade.sql.empty());
}

TEST(RevisionFile, ChecksumIsFnv1a64) {
  EXPECT_EQ(checksum_of(""), "cbf29ce484222325");
  EXPECT_EQ(checksum_of("a"), "af63dc4c8601ec8c");
}

TEST(RevisionFile, IdsAndFileNames) {
  const std::string id = new_revision_id();
  EXPECT_EQ(id.size(), 12u);
  EXPECT_TRUE(is_valid_revision_id(id));
  EXPECT_FALSE(is_valid_revision_id("head"));
  EXPECT_FALSE(is_valid_revision_id("a-b"));
  EXPECT_EQ(revision_file_name("abc", "Add users, and  Orders!"), "abc_add_users_and_orders.sql");
  EXPECT_EQ(revision_file_name("abc", ""), "abc.sql");
}

// One folder per malformed case: its revision files and expected_error.txt, a fragment the
// error message must contain (file name and line).
TEST(RevisionMalformed, EveryFixtureIsRejectedWithFileAndLine) {
  const fs::path root = fs::path(SCHEMADIFF_SOURCE_DIR) / "fixtures/engine/malformed";
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    ++cases;
    std::string expected = slurp(entry.path() / "expected_error.txt");
    while (!expected.empty() && expected.back() == '\n') {
      expected.pop_back();
    }
    try {
      RevisionGraph::build(read_revision_directory(entry.path().string()));
      ADD_FAILURE() << entry.path().filename() << ": accepted";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos)
          << entry.path().filename() << ": " << e.what() << "\nexpected: " << expected;
    }
  }
  EXPECT_GE(cases, 10);
}

}  // namespace
}  // namespace schemadiff
