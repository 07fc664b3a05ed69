// SPDX-License-Identifier: MIT
#include "schemadiff/load/canonicalize.hpp"

#include <gtest/gtest.h>

#include <string>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/render/render.hpp"
#include "support/model_assertions.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

const QualifiedName k_table{"public", "t"};

// The IN list on a varchar column: PostgreSQL prints it in a form that prints differently
// once added again.
constexpr const char* k_original_ddl =
    "CREATE TABLE t (status varchar, CONSTRAINT c CHECK (status IN ('a','b')))";

SchemaModel introspect_db(const testing::TestDatabase& db) {
  Database connection = db.connect();
  return introspect(connection);
}

const Constraint& constraint_of(const SchemaModel& model, const std::string& name) {
  return model.tables.at(k_table).constraints.at(name);
}

std::string check_expression_of(const SchemaModel& model, const std::string& name) {
  return std::get<Check>(constraint_of(model, name).kind).expression;
}

// Database B: table t built again from what database A printed for it, the way a
// generated migration builds it.
void rebuild_from_printed(const testing::TestDatabase& target, const SchemaModel& printed) {
  const Table& table = printed.tables.at(k_table);
  std::string sql = "CREATE TABLE t (";
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    sql += (i == 0 ? "" : ", ") + quote_ident_if_needed(table.columns[i].name) + " " + table.columns[i].type;
  }
  sql += ");\n";
  for (const auto& [name, constraint] : table.constraints) {
    sql += "ALTER TABLE t ADD CONSTRAINT " + quote_ident_if_needed(name) + " " + constraint.definition + ";\n";
  }
  target.execute(sql);
}

int probe_tables_left(Database& db) {
  const ResultSet rows = db.query("SELECT count(*) FROM pg_catalog.pg_class WHERE relname LIKE 'schemadiff\\_canon\\_%'");
  return std::stoi(*rows.rows().at(0).at(0));
}

TEST(CanonicalizeChecks, ReprintedInListConverges) {
  testing::TestDatabase original("canon_original");
  original.execute(k_original_ddl);
  const SchemaModel from = introspect_db(original);

  testing::TestDatabase migrated("canon_migrated");
  rebuild_from_printed(migrated, from);
  SchemaModel to = introspect_db(migrated);
  ASSERT_NE(constraint_of(from, "c").definition, constraint_of(to, "c").definition)
      << "the server now prints this CHECK as a fixed point; the test no longer shows anything";
  ASSERT_FALSE(diff(from, to).empty());

  Database connection = migrated.connect();
  canonicalize_expressions(from, to, connection);
  EXPECT_TRUE(testing::models_equal(to, from));
  EXPECT_TRUE(diff(from, to).empty());
}

TEST(CanonicalizeChecks, WorksInBothDirections) {
  testing::TestDatabase original("canon_original");
  original.execute(k_original_ddl);
  SchemaModel declared = introspect_db(original);

  testing::TestDatabase migrated("canon_migrated");
  rebuild_from_printed(migrated, declared);
  const SchemaModel live = introspect_db(migrated);

  Database connection = original.connect();
  canonicalize_expressions(live, declared, connection);
  EXPECT_TRUE(testing::models_equal(declared, live));
  EXPECT_TRUE(diff(live, declared).empty());
}

TEST(CanonicalizeChecks, GenuinelyDifferentCheckStaysDifferent) {
  testing::TestDatabase original("canon_original");
  original.execute(
      "CREATE TABLE t (status varchar, kind varchar,"
      " CONSTRAINT c CHECK (status IN ('a','b')), CONSTRAINT k CHECK (kind IN ('x','y')))");
  const SchemaModel from = introspect_db(original);

  testing::TestDatabase changed("canon_changed");
  changed.execute(
      "CREATE TABLE t (status varchar, kind varchar);\n"
      "ALTER TABLE t ADD CONSTRAINT c " + constraint_of(from, "c").definition + ";\n"
      "ALTER TABLE t ADD CONSTRAINT k CHECK (kind IN ('x','z'));");
  SchemaModel to = introspect_db(changed);
  const std::string changed_expression = check_expression_of(to, "k");

  Database connection = changed.connect();
  canonicalize_expressions(from, to, connection);
  EXPECT_EQ(constraint_of(to, "c"), constraint_of(from, "c"));
  EXPECT_EQ(check_expression_of(to, "k"), changed_expression);
  EXPECT_NE(constraint_of(to, "k"), constraint_of(from, "k"));
  EXPECT_FALSE(diff(from, to).empty());
}

TEST(CanonicalizeChecks, ExpressionTheDatabaseCannotTakeIsLeftAlone) {
  testing::TestDatabase original("canon_original");
  original.execute(
      "CREATE FUNCTION public.is_ok(v varchar) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT v <> ''''';\n"
      "CREATE TABLE t (status varchar, CONSTRAINT b CHECK (public.is_ok(status)),"
      " CONSTRAINT c CHECK (status IN ('a','b')));");
  const SchemaModel from = introspect_db(original);

  // No is_ok here: the probe for b fails, and must not take c's down with it.
  testing::TestDatabase migrated("canon_migrated");
  migrated.execute(
      "CREATE TABLE t (status varchar, CONSTRAINT b CHECK (status IS NOT NULL));\n"
      "ALTER TABLE t ADD CONSTRAINT c " + constraint_of(from, "c").definition + ";");
  SchemaModel to = introspect_db(migrated);
  const Constraint b_before = constraint_of(to, "b");

  Database connection = migrated.connect();
  canonicalize_expressions(from, to, connection);
  EXPECT_EQ(constraint_of(to, "b"), b_before);
  EXPECT_EQ(constraint_of(to, "c"), constraint_of(from, "c"));
}

// The declared models may add a column of a type the database does not have yet; the
// CHECK on another column is still compared.
TEST(CanonicalizeChecks, ColumnOfATypeTheDatabaseLacksDoesNotMatter) {
  testing::TestDatabase original("canon_original");
  original.execute(k_original_ddl);
  SchemaModel from = introspect_db(original);

  testing::TestDatabase migrated("canon_migrated");
  rebuild_from_printed(migrated, from);
  SchemaModel to = introspect_db(migrated);
  Column extra;
  extra.name = "severity";
  extra.type = "public.no_such_type";
  from.tables.at(k_table).columns.push_back(extra);
  to.tables.at(k_table).columns.push_back(extra);

  Database connection = migrated.connect();
  canonicalize_expressions(from, to, connection);
  EXPECT_EQ(constraint_of(to, "c"), constraint_of(from, "c"));
}

TEST(CanonicalizeChecks, LiveDatabaseIsUnchanged) {
  testing::TestDatabase original("canon_original");
  original.execute(k_original_ddl);
  const SchemaModel from = introspect_db(original);

  testing::TestDatabase migrated("canon_migrated");
  rebuild_from_printed(migrated, from);
  SchemaModel to = introspect_db(migrated);
  const SchemaModel live_before = to;

  Database connection = migrated.connect();
  const std::string search_path = *connection.query("SHOW search_path").rows().at(0).at(0);
  canonicalize_expressions(from, to, connection);
  EXPECT_EQ(probe_tables_left(connection), 0);
  EXPECT_EQ(*connection.query("SHOW search_path").rows().at(0).at(0), search_path);
  // Not left inside a transaction: a new one can start.
  EXPECT_NO_THROW(connection.execute("BEGIN; COMMIT"));
  EXPECT_TRUE(testing::models_equal(introspect(connection), live_before));
}

TEST(CanonicalizePredicates, ReprintedPartialIndexConverges) {
  testing::TestDatabase original("canon_original");
  original.execute("CREATE TABLE t (status varchar);\nCREATE INDEX i ON t (status) WHERE status IN ('a','b');");
  const SchemaModel from = introspect_db(original);
  const QualifiedName index_name{"public", "i"};

  testing::TestDatabase migrated("canon_migrated");
  migrated.execute("CREATE TABLE t (status varchar);\n" + from.indexes.at(index_name).definition);
  SchemaModel to = introspect_db(migrated);
  ASSERT_NE(from.indexes.at(index_name).predicate, to.indexes.at(index_name).predicate)
      << "the server now prints this predicate as a fixed point; the test no longer shows anything";

  Database connection = migrated.connect();
  canonicalize_expressions(from, to, connection);
  EXPECT_TRUE(testing::models_equal(to, from));
  EXPECT_TRUE(diff(from, to).empty());
}

// The example application, migrated from an empty database with the generated upgrade,
// agrees with its declared models once expressions are compared as the server prints them.
TEST(CanonicalizeExampleApp, MigratedDatabaseConverges) {
  const SchemaModel declared =
      testing::load_declared(testing::fixture_path("../schema_models")).model;
  testing::TestDatabase target("canon_example");
  const SchemaModel empty = introspect_db(target);
  target.execute(render_script(plan(diff(empty, declared), empty, declared)));

  Database connection = target.connect();
  const SchemaModel live = introspect(connection);
  SchemaModel wanted = declared;
  canonicalize_expressions(live, wanted, connection);
  EXPECT_TRUE(testing::models_equal(wanted, live));
  EXPECT_TRUE(diff(live, wanted).empty()) << render_script(plan(diff(live, wanted), live, wanted));
}

}  // namespace
}  // namespace schemadiff
