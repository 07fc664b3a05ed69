// SPDX-License-Identifier: MIT
// The snapshot format's table details: INHERITS parents, replica identity, column storage
// and compression.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "schemadiff/error.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff {
namespace {

SchemaModel model_with_details() {
  SchemaModel model;
  Table parent;
  parent.name = {"public", "events"};
  Column id;
  id.name = "id";
  id.type = "bigint";
  parent.columns = {id};
  parent.replica_identity = {ReplicaIdentityKind::index, "events_id_idx"};
  model.tables[parent.name] = parent;

  Table child;
  child.name = {"public", "motion_events"};
  Column image;
  image.name = "image";
  image.type = "bytea";
  image.storage = ColumnStorage::external;
  image.compression = "lz4";
  child.columns = {image};
  child.inherits = {{"public", "events"}, {"audit", "audited"}};
  child.replica_identity.kind = ReplicaIdentityKind::full;
  model.tables[child.name] = child;
  return model;
}

std::string tables(const std::string& elements) {
  std::string text = R"({"format": "schemadiff-model", "version": 1)";
  for (const char* key : {"schemas", "extensions", "enums", "sequences", "tables", "indexes", "views",
                          "materialized_views", "routines", "triggers", "dependencies"}) {
    text += std::string(", \"") + key + "\": " + (std::string_view(key) == "tables" ? "[" + elements + "]" : "[]");
  }
  return text + "}";
}

std::string load_error(std::string_view text) {
  try {
    load_model_json(text);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(ModelJsonTableDetails, RoundTrips) {
  const SchemaModel model = model_with_details();
  const std::string text = dump_model_json(model);
  EXPECT_EQ(load_model_json(text), model);
  EXPECT_NE(text.find(R"("storage": "external")"), std::string::npos);
  EXPECT_NE(text.find(R"("compression": "lz4")"), std::string::npos);
  EXPECT_NE(text.find(R"("replica_identity": "index")"), std::string::npos);
  EXPECT_NE(text.find(R"("replica_identity_index": "events_id_idx")"), std::string::npos);
  EXPECT_NE(text.find(R"("replica_identity": "full")"), std::string::npos);
  EXPECT_NE(text.find(R"("inherits")"), std::string::npos);
}

TEST(ModelJsonTableDetails, DefaultsAreLeftOut) {
  SchemaModel model;
  Table table;
  table.name = {"public", "t"};
  Column a;
  a.name = "a";
  a.type = "text";
  table.columns = {a};
  model.tables[table.name] = table;
  const std::string text = dump_model_json(model);
  for (const char* key : {"inherits", "replica_identity", "storage", "compression"}) {
    EXPECT_EQ(text.find(key), std::string::npos) << key;
  }
}

TEST(ModelJsonTableDetails, ReplicaIdentityIndexGoesWithIndexKind) {
  const std::string column = R"("columns": [{"name": "a", "type": "text"}])";
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", )" + column + R"(, "replica_identity": "index"})")),
            "tables[0].replica_identity_index: required when replica_identity is \"index\"");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", )" + column +
                              R"(, "replica_identity": "full", "replica_identity_index": "i"})")),
            "tables[0].replica_identity_index: allowed only when replica_identity is \"index\"");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", )" + column + R"(, "replica_identity": "all"})")),
            "tables[0].replica_identity: unknown value \"all\"; expected \"default\", \"full\", \"nothing\" or "
            "\"index\"");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [{"name": "a", "type": "text", )"
                              R"("storage": "compressed"}]})")),
            "tables[0].columns[0].storage: unknown value \"compressed\"; expected \"plain\", \"external\", "
            "\"extended\" or \"main\"");
}

}  // namespace
}  // namespace schemadiff
