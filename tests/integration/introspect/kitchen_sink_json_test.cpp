// SPDX-License-Identifier: MIT
// The introspected kitchen sink survives a JSON snapshot round trip unchanged.
#include <gtest/gtest.h>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/model_io/json.hpp"
#include "support/model_assertions.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

TEST(IntrospectKitchenSinkJson, RoundTrip) {
  testing::TestDatabase database("introspect_json");
  database.execute(testing::read_file(testing::fixture_path("introspect/kitchen_sink/schema.sql")));
  Database db = database.connect();
  const SchemaModel model = introspect(db);

  const std::string json = dump_model_json(model);
  const SchemaModel loaded = load_model_json(json, "kitchen_sink.json");
  EXPECT_TRUE(testing::models_equal(loaded, model));
  EXPECT_EQ(dump_model_json(loaded), json);
}

}  // namespace
}  // namespace schemadiff
