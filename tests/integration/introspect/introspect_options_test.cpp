// SPDX-License-Identifier: MIT
// Schema filters, errors, repeatability and what introspection leaves behind in the
// session.
#include <gtest/gtest.h>

#include <memory>

#include "schemadiff/error.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "support/model_assertions.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

class IntrospectOptionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    m_database = std::make_unique<testing::TestDatabase>("introspect_options");
    m_database->execute(
        testing::read_file(testing::fixture_path("introspect/kitchen_sink/schema.sql")));
  }
  static void TearDownTestSuite() { m_database.reset(); }

  static Database connect() { return m_database->connect(); }

  template <typename Map>
  static std::vector<std::string> schemas_of(const Map& map) {
    std::vector<std::string> schemas;
    for (const auto& [name, object] : map) {
      if (schemas.empty() || schemas.back() != name.schema) {
        schemas.push_back(name.schema);
      }
    }
    return schemas;
  }

 private:
  static inline std::unique_ptr<testing::TestDatabase> m_database;
};

using Names = std::vector<std::string>;

TEST_F(IntrospectOptionsTest, IncludeSchemas) {
  Database db = connect();
  const SchemaModel model = introspect(db, {.include_schemas = {"archive"}, .exclude_schemas = {}});
  ASSERT_EQ(model.schemas.size(), 1U);
  EXPECT_EQ(model.schemas.count("archive"), 1U);
  EXPECT_EQ(schemas_of(model.tables), (Names{"archive"}));
  EXPECT_EQ(schemas_of(model.enums), (Names{"archive"}));
  EXPECT_EQ(schemas_of(model.sequences), (Names{"archive"}));
  EXPECT_EQ(schemas_of(model.indexes), (Names{"archive"}));
  EXPECT_EQ(schemas_of(model.views), (Names{"archive"}));
  EXPECT_TRUE(model.materialized_views.empty());
  EXPECT_TRUE(model.triggers.empty());
  // citext lives in public.
  EXPECT_TRUE(model.extensions.empty());
  EXPECT_EQ(model.routines.size(), 2U);
  // archive.events_summary reads public.events, which is not in this model.
  for (const auto& d : model.dependencies) {
    EXPECT_EQ(d.referenced.name.schema, "archive");
    EXPECT_EQ(d.dependent.name.schema, "archive");
  }
  EXPECT_FALSE(model.dependencies.empty());
}

TEST_F(IntrospectOptionsTest, ExcludeSchemas) {
  Database db = connect();
  const SchemaModel model = introspect(db, {.include_schemas = {}, .exclude_schemas = {"public"}});
  EXPECT_EQ(model.schemas.size(), 1U);
  EXPECT_EQ(schemas_of(model.tables), (Names{"archive"}));

  const SchemaModel both =
      introspect(db, {.include_schemas = {"archive", "public"}, .exclude_schemas = {"archive"}});
  EXPECT_EQ(schemas_of(both.tables), (Names{"public"}));
  EXPECT_EQ(both.extensions.count("citext"), 1U);
}

TEST_F(IntrospectOptionsTest, IncludingAMissingSchemaIsAnError) {
  Database db = connect();
  try {
    introspect(db, {.include_schemas = {"public", "nope"}, .exclude_schemas = {}});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "schema \"nope\" does not exist");
  }
  // Excluding one is not.
  EXPECT_NO_THROW(introspect(db, {.include_schemas = {}, .exclude_schemas = {"nope"}}));
}

TEST_F(IntrospectOptionsTest, SystemSchemasAreNeverIncluded) {
  Database db = connect();
  const SchemaModel model = introspect(db);
  EXPECT_EQ(model.schemas.count("pg_catalog"), 0U);
  EXPECT_EQ(model.schemas.count("information_schema"), 0U);
  EXPECT_EQ(model.schemas.count("pg_toast"), 0U);
  EXPECT_THROW(introspect(db, {.include_schemas = {"pg_catalog"}, .exclude_schemas = {}}), Error);
}

TEST_F(IntrospectOptionsTest, RepeatedIntrospectionsAreEqual) {
  Database first = connect();
  Database second = connect();
  const SchemaModel a = introspect(first);
  const SchemaModel b = introspect(second);
  EXPECT_TRUE(testing::models_equal(a, b));
  EXPECT_TRUE(testing::models_equal(introspect(first), a));
}

TEST_F(IntrospectOptionsTest, SessionIsLeftAsItWas) {
  Database db = connect();
  db.execute("SET search_path = archive, public");
  introspect(db);
  EXPECT_EQ(db.query("SHOW search_path").rows().at(0).at(0), "archive, public");
  // No transaction is left open: a write works, and is visible from elsewhere.
  db.execute("CREATE TABLE archive.after_success (id integer)");

  EXPECT_THROW(introspect(db, {.include_schemas = {"nope"}, .exclude_schemas = {}}), Error);
  EXPECT_EQ(db.query("SHOW search_path").rows().at(0).at(0), "archive, public");
  db.execute("CREATE TABLE archive.after_error (id integer)");

  Database other = connect();
  const SchemaModel model = introspect(other);
  EXPECT_EQ(model.tables.count({"archive", "after_success"}), 1U);
  EXPECT_EQ(model.tables.count({"archive", "after_error"}), 1U);
  db.execute("DROP TABLE archive.after_success, archive.after_error");
}

TEST(IntrospectEmptyDatabase, OnlyThePublicSchema) {
  testing::TestDatabase database("introspect_empty");
  Database db = database.connect();
  const SchemaModel model = introspect(db);
  EXPECT_EQ(model.schemas.size(), 1U);
  EXPECT_EQ(model.schemas.count("public"), 1U);
  EXPECT_TRUE(model.extensions.empty());
  EXPECT_TRUE(model.tables.empty());
  EXPECT_TRUE(model.routines.empty());
  EXPECT_TRUE(model.dependencies.empty());
}

TEST(IntrospectEmptyDatabase, ExtensionInASchemaOfItsOwn) {
  testing::TestDatabase database("introspect_extension_schema");
  // An extension whose objects live in their own schema: the schema belongs to the user.
  database.execute("CREATE SCHEMA crypto; CREATE EXTENSION pgcrypto SCHEMA crypto;");
  Database db = database.connect();
  const SchemaModel model = introspect(db);
  EXPECT_EQ(model.schemas.count("crypto"), 1U);
  ASSERT_EQ(model.extensions.count("pgcrypto"), 1U);
  EXPECT_EQ(model.extensions.at("pgcrypto").schema, "crypto");
  EXPECT_TRUE(model.routines.empty());
}

}  // namespace
}  // namespace schemadiff
