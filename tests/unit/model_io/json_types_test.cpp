// SPDX-License-Identifier: MIT
// Collations, domains, composite and range types in the JSON snapshot format.
#include <gtest/gtest.h>

#include <string>

#include "schemadiff/error.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff {
namespace {

QualifiedName qn(const std::string& schema, const std::string& name) { return QualifiedName{schema, name}; }

SchemaModel every_field() {
  SchemaModel model;
  model.schemas["public"] = Schema{"public", std::nullopt};
  model.collations[qn("public", "ci")] =
      Collation{qn("public", "ci"), "icu", "und-u-ks-level2", std::nullopt, std::nullopt, false, "case blind"};
  model.collations[qn("My Schema", "Byte Order")] =
      Collation{qn("My Schema", "Byte Order"), "libc", std::nullopt, "C", "C", true, std::nullopt};
  Domain price{qn("public", "price"), "numeric(10,2)", std::nullopt, "0", true, {}, "money"};
  price.constraints["positive"] = DomainConstraint{"positive", "CHECK ((VALUE > (0)::numeric))",
                                                   Validation::validated, "no refunds"};
  price.constraints["cap"] = DomainConstraint{"cap", "CHECK ((VALUE < (100)::numeric))", Validation::not_valid,
                                              std::nullopt};
  model.domains[price.name] = price;
  model.domains[qn("public", "name")] =
      Domain{qn("public", "name"), "character varying(20)", "public.ci", std::nullopt, false, {}, std::nullopt};
  model.composite_types[qn("public", "size")] = CompositeType{
      qn("public", "size"),
      {CompositeAttribute{"w", "integer", std::nullopt}, CompositeAttribute{"label", "text", "pg_catalog.\"C\""}},
      "w and label"};
  model.range_types[qn("public", "pricerange")] =
      RangeType{qn("public", "pricerange"), "numeric", "public.num_ops", "pg_catalog.\"C\"", "public.canon",
                "public.diff", qn("public", "price_ranges"), "bands"};
  model.range_types[qn("public", "plain")] = RangeType{qn("public", "plain"), "integer", std::nullopt, std::nullopt,
                                                       std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  return model;
}

TEST(JsonUserTypes, EveryFieldSurvivesTheRoundTrip) {
  const SchemaModel model = every_field();
  const std::string json = dump_model_json(model);
  EXPECT_EQ(load_model_json(json, "snap.json"), model);
  EXPECT_EQ(dump_model_json(load_model_json(json, "snap.json")), json);
}

TEST(JsonUserTypes, DefaultsAreLeftOut) {
  const std::string json = dump_model_json(every_field());
  // deterministic true, not_null false and validated constraints are not written.
  EXPECT_EQ(json.find("\"deterministic\": true"), std::string::npos);
  EXPECT_NE(json.find("\"deterministic\": false"), std::string::npos);
  EXPECT_EQ(json.find("\"not_null\": false"), std::string::npos);
  EXPECT_EQ(json.find("\"validation\": \"validated\""), std::string::npos);
  EXPECT_NE(json.find("\"validation\": \"not_valid\""), std::string::npos);
}

TEST(JsonUserTypes, ModelsWithoutThemKeepTheirLayout) {
  SchemaModel model;
  model.schemas["public"] = Schema{"public", std::nullopt};
  const std::string json = dump_model_json(model);
  for (const char* key : {"collations", "domains", "composite_types", "range_types"}) {
    EXPECT_EQ(json.find(key), std::string::npos) << key;
  }
  EXPECT_EQ(load_model_json(json, ""), model);
}

std::string document(const std::string& key, const std::string& list) {
  return R"({"format": "schemadiff-model", "version": 1, "schemas": [], "extensions": [], "enums": [],
    "sequences": [], "tables": [], "indexes": [], "views": [], "materialized_views": [], "routines": [],
    "triggers": [], "dependencies": [], ")" +
         key + "\": " + list + "}";
}

std::string load_error(const std::string& json) {
  try {
    load_model_json(json, "");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(JsonUserTypes, ReaderIsStrict) {
  EXPECT_EQ(load_error(document("domains", R"([{"schema": "s", "name": "d"}])")),
            R"(domains[0]: missing required key "base_type")");
  EXPECT_EQ(load_error(document("range_types", R"([{"schema": "s", "name": "r", "subtype": "integer", "subtipe": 1}])")),
            R"(range_types[0]: unknown key "subtipe")");
  EXPECT_EQ(load_error(document("collations", R"([{"schema": "s", "name": "c", "provider": "icu"},
                                                   {"schema": "s", "name": "c", "provider": "libc"}])")),
            R"(collations[1]: duplicate collation s.c)");
  EXPECT_EQ(load_error(document("composite_types", R"([{"schema": "s", "name": "t", "attributes": [
                                 {"name": "a", "type": "integer"}, {"name": "a", "type": "text"}]}])")),
            R"(composite_types[0].attributes[1]: duplicate attribute a)");
  EXPECT_EQ(load_error(document("domains", R"j([{"schema": "s", "name": "d", "base_type": "integer",
                                 "constraints": [{"name": "c", "definition": "CHECK (true)", "validation": "maybe"}]}])j")),
            R"(domains[0].constraints[0].validation: unknown value "maybe"; expected "validated" or "not_valid")");
}

TEST(JsonUserTypes, NewObjectKindsInDependencies) {
  SchemaModel model;
  for (const ObjectKind kind : {ObjectKind::domain, ObjectKind::domain_constraint, ObjectKind::composite_type,
                                ObjectKind::range_type, ObjectKind::collation}) {
    model.dependencies.push_back(
        Dependency{ObjectRef{ObjectKind::column, qn("public", "t"), "c"}, ObjectRef{kind, qn("public", "x"), ""}});
  }
  const std::string json = dump_model_json(model);
  EXPECT_NE(json.find("\"kind\": \"domain_constraint\""), std::string::npos);
  EXPECT_EQ(load_model_json(json, ""), model);
}

}  // namespace
}  // namespace schemadiff
