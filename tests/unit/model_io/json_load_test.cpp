// SPDX-License-Identifier: MIT
// load_model_json: what it accepts beyond what dump_model_json writes, and what it says
// about snapshots it cannot read. Every message names the JSON path (or line and column
// for syntax errors), prefixed by the source when given.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "schemadiff/error.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff {
namespace {

/// A valid snapshot with every top-level array empty except those given.
std::string document(const std::map<std::string, std::string>& arrays = {}) {
  std::string text = R"({"format": "schemadiff-model", "version": 1)";
  for (const char* key : {"schemas", "extensions", "enums", "sequences", "tables", "indexes", "views",
                          "materialized_views", "routines", "triggers", "dependencies"}) {
    const auto found = arrays.find(key);
    text += std::string(", \"") + key + "\": " + (found == arrays.end() ? "[]" : found->second);
  }
  return text + "}";
}

std::string tables(const std::string& elements) { return document({{"tables", "[" + elements + "]"}}); }

std::string load_error(std::string_view text, const std::string& source = {}) {
  try {
    load_model_json(text, source);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "(no error)";
}

std::string load_error_path(std::string_view text, const std::string& source = {}) {
  try {
    load_model_json(text, source);
  } catch (const ModelError& e) {
    return e.path();
  }
  return "(no error)";
}

TEST(ModelJsonLoad, AcceptsDefaultsWrittenOut) {
  const std::string text = R"json({
    "format": "schemadiff-model", "version": 1,
    "schemas": [], "extensions": [], "enums": [], "sequences": [],
    "tables": [{"schema": "s", "name": "t", "persistence": "logged", "storage_parameters": [],
                "columns": [{"name": "a", "type": "text", "not_null": false}],
                "constraints": [{"name": "u", "type": "unique", "columns": ["a"], "include": [],
                                 "nulls": "distinct", "deferrable": false, "initially_deferred": false,
                                 "validation": "validated", "definition": "UNIQUE (a)"},
                                {"name": "f", "type": "foreign_key", "columns": ["a"],
                                 "referenced_table": {"schema": "s", "name": "t"}, "referenced_columns": ["a"],
                                 "match": "simple", "on_delete": "no_action", "on_update": "no_action",
                                 "definition": "FOREIGN KEY (a) REFERENCES s.t(a)"}]}],
    "indexes": [{"schema": "s", "name": "i", "table": {"schema": "s", "name": "t"}, "method": "btree",
                 "uniqueness": "non_unique", "nulls_not_distinct": false,
                 "keys": [{"column": "a", "order": "asc", "nulls": "last"}], "include": [],
                 "storage_parameters": [], "definition": "CREATE INDEX i ON s.t USING btree (a)"}],
    "views": [], "materialized_views": [],
    "routines": [{"schema": "s", "name": "p", "arguments": "", "kind": "procedure", "language": "sql",
                  "volatility": "volatile", "result": "", "definition": "CREATE PROCEDURE s.p() ..."}],
    "triggers": [], "dependencies": []})json";
  const SchemaModel loaded = load_model_json(text);
  ASSERT_EQ(loaded.tables.size(), 1U);
  const Table& table = loaded.tables.begin()->second;
  EXPECT_EQ(table.persistence, Persistence::logged);
  EXPECT_EQ(std::get<Unique>(table.constraints.at("u").kind), (Unique{{"a"}, {}, NullsDistinct::distinct}));
  EXPECT_EQ(loaded.indexes.begin()->second.uniqueness, IndexUniqueness::non_unique);
  // Defaults are left out on the way back.
  const std::string dumped = dump_model_json(loaded);
  EXPECT_EQ(dumped.find("\"persistence\""), std::string::npos);
  EXPECT_EQ(dumped.find("\"no_action\""), std::string::npos);
  EXPECT_EQ(load_model_json(dumped), loaded);
}

TEST(ModelJsonLoad, NormalizesObjectOrderOnLoad) {
  SchemaModel model;
  model.schemas["a"] = Schema{"a", std::nullopt};
  model.schemas["b"] = Schema{"b", std::nullopt};
  const std::string reversed = R"({
    "format": "schemadiff-model", "version": 1,
    "schemas": [{"name": "b"}, {"name": "a"}],
    "extensions": [], "enums": [], "sequences": [], "tables": [], "indexes": [], "views": [],
    "materialized_views": [], "routines": [], "triggers": [], "dependencies": []})";
  const SchemaModel loaded = load_model_json(reversed);
  EXPECT_EQ(loaded, model);
  EXPECT_EQ(dump_model_json(loaded), dump_model_json(model));
}

TEST(ModelJsonLoad, SortsDependenciesOnLoad) {
  const std::string text = R"({
    "format": "schemadiff-model", "version": 1,
    "schemas": [], "extensions": [], "enums": [], "sequences": [], "tables": [], "indexes": [],
    "views": [], "materialized_views": [], "routines": [], "triggers": [],
    "dependencies": [
      {"dependent": {"kind": "view", "schema": "s", "name": "v"},
       "referenced": {"kind": "table", "schema": "s", "name": "t"}},
      {"dependent": {"kind": "table", "schema": "s", "name": "t"},
       "referenced": {"kind": "schema", "schema": "", "name": "s"}}]})";
  const SchemaModel loaded = load_model_json(text);
  ASSERT_EQ(loaded.dependencies.size(), 2U);
  EXPECT_TRUE(std::is_sorted(loaded.dependencies.begin(), loaded.dependencies.end()));
  EXPECT_EQ(loaded.dependencies[0].dependent.kind, ObjectKind::table);
}

TEST(ModelJsonErrors, AcceptsTheMinimalDocument) { EXPECT_EQ(load_error(document()), "(no error)"); }

TEST(ModelJsonErrors, UnknownKey) {
  const std::string text = tables(R"({"schema": "public", "name": "t", "colums": []})");
  // A misspelt required key is named as the misspelling, not as the missing key.
  EXPECT_EQ(load_error(text), R"(tables[0]: unknown key "colums")");
  std::string extra = document();
  extra.insert(1, R"("extra": 1, )");
  EXPECT_EQ(load_error(extra), R"(unknown key "extra")");
}

TEST(ModelJsonErrors, WrongType) {
  const auto plain = [](const std::string& name) {
    return R"({"schema": "public", "name": ")" + name + R"(", "columns": []})";
  };
  const std::string bad = R"({"schema": "public", "name": "t3", "columns": [
      {"name": "a", "type": "text"}, {"name": "b", "type": 5}]})";
  const std::string text = tables(plain("t0") + "," + plain("t1") + "," + plain("t2") + "," + bad);
  EXPECT_EQ(load_error(text), "tables[3].columns[1].type: expected a string");

  EXPECT_EQ(load_error(document({{"schemas", "{}"}})), "schemas: expected an array");
  EXPECT_EQ(load_error(document({{"schemas", "[\"public\"]"}})), "schemas[0]: expected an object");
  EXPECT_EQ(load_error(document({{"schemas", R"([{"name": "s", "comment": null}])"}})),
            "schemas[0].comment: expected a string");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [
      {"name": "a", "type": "text", "not_null": "yes"}]})")),
            "tables[0].columns[0].not_null: expected a boolean");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [], "storage_parameters": ["a=1", 2]})")),
            "tables[0].storage_parameters[1]: expected a string");
}

TEST(ModelJsonErrors, MissingRequiredKey) {
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [{"name": "a"}]})")),
            R"(tables[0].columns[0]: missing required key "type")");
  EXPECT_EQ(load_error(R"({"format": "schemadiff-model", "version": 1})"), R"(missing required key "schemas")");
  EXPECT_EQ(load_error(R"({"version": 1})"), R"(missing required key "format")");
}

TEST(ModelJsonErrors, UnknownEnumValue) {
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [], "persistence": "temporary"})")),
            R"(tables[0].persistence: unknown value "temporary"; expected "logged" or "unlogged")");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [],
      "constraints": [{"name": "c", "type": "fk", "definition": ""}]})")),
            R"(tables[0].constraints[0].type: unknown value "fk"; )"
            R"(expected "primary_key", "unique", "check", "foreign_key" or "exclusion")");
}

TEST(ModelJsonErrors, ConstraintTypeIsCheckedFirst) {
  EXPECT_EQ(load_error(tables(R"j({"schema": "s", "name": "t", "columns": [],
      "constraints": [{"name": "c", "expression": "a > 0", "definition": "CHECK (a > 0)"}]})j")),
            R"(tables[0].constraints[0]: missing required key "type")");
  EXPECT_EQ(load_error(tables(R"j({"schema": "s", "name": "t", "columns": [],
      "constraints": [{"name": "c", "type": "check", "columns": ["a"], "expression": "a > 0",
                       "definition": "CHECK (a > 0)"}]})j")),
            R"(tables[0].constraints[0]: unknown key "columns")");
}

TEST(ModelJsonErrors, DuplicateIdentities) {
  const std::string table = R"({"schema": "public", "name": "cameras", "columns": []})";
  EXPECT_EQ(load_error(tables(table + "," + table)), "tables[1]: duplicate table public.cameras");
  EXPECT_EQ(load_error(document({{"schemas", R"([{"name": "My Schema"}, {"name": "My Schema"}])"}})),
            R"(schemas[1]: duplicate schema "My Schema")");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [
      {"name": "a", "type": "text"}, {"name": "a", "type": "integer"}]})")),
            "tables[0].columns[1]: duplicate column a");
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "columns": [], "constraints": [
      {"name": "c", "type": "check", "expression": "true", "definition": ""},
      {"name": "c", "type": "exclusion", "method": "gist", "definition": ""}]})")),
            "tables[0].constraints[1]: duplicate constraint c");
  const std::string routine =
      R"({"schema": "s", "name": "f", "arguments": "a integer", "kind": "function", "language": "sql",
          "volatility": "stable", "definition": ""})";
  EXPECT_EQ(load_error(document({{"routines", "[" + routine + "," + routine + "]"}})),
            "routines[1]: duplicate routine s.f(a integer)");
  const std::string dependency = R"({"dependent": {"kind": "view", "schema": "s", "name": "v"},
      "referenced": {"kind": "table", "schema": "s", "name": "t"}})";
  EXPECT_EQ(load_error(document({{"dependencies", "[" + dependency + "," + dependency + "]"}})),
            "dependencies[1]: duplicate dependency");
}

TEST(ModelJsonErrors, DuplicateJsonKey) {
  EXPECT_EQ(load_error(tables(R"({"schema": "s", "name": "t", "name": "u", "columns": []})")),
            R"(tables[0]: duplicate key "name")");
}

TEST(ModelJsonErrors, SyntaxErrorNamesLineAndColumn) {
  const std::string text = "{\"format\": \"schemadiff-model\",\n  \"version\": }\n";
  EXPECT_EQ(load_error(text),
            "line 2, column 14: invalid JSON: syntax error while parsing value - unexpected '}'; "
            "expected '[', '{', or a literal (at version, byte 45)");
  EXPECT_EQ(load_error_path(text, "snap.json"), "snap.json:2:14");
  // Columns count characters, not bytes.
  EXPECT_EQ(load_error_path("{\"é\": x}"), "line 1, column 7");
  EXPECT_EQ(load_error("{\"format\": \"schemadiff-model\""),
            "line 1, column 30: invalid JSON: syntax error while parsing object - unexpected end of input; "
            "expected '}' (byte 30)");
  EXPECT_EQ(load_error(""), "line 1, column 1: invalid JSON: syntax error while parsing value - "
                            "unexpected end of input; expected '[', '{', or a literal (byte 1)");
}

TEST(ModelJsonErrors, SourcePrefixesThePath) {
  const std::string text = tables(R"({"schema": "public", "name": "t", "colums": []})");
  EXPECT_EQ(load_error(text, "snap.json"), R"(snap.json: tables[0]: unknown key "colums")");
  EXPECT_EQ(load_error_path(text, "snap.json"), "snap.json: tables[0]");
  EXPECT_EQ(load_error("[]", "snap.json"), "snap.json: expected a JSON object at the top level");
}

TEST(ModelJsonErrors, FormatAndVersion) {
  EXPECT_EQ(load_error(R"({"format": "something-else", "version": 1})"), R"(format: expected "schemadiff-model")");
  EXPECT_EQ(load_error(R"({"format": "schemadiff-model", "version": 2})"),
            "version: unsupported version 2; this schemadiff reads version 1");
  EXPECT_EQ(load_error("[]"), "expected a JSON object at the top level");
}

TEST(ModelJsonErrors, Integers) {
  const auto sequence = [](const std::string& start) {
    return document({{"sequences", R"([{"schema": "s", "name": "q", "data_type": "bigint", "start": )" + start +
                                       R"(, "increment": 1, "min_value": 1, "max_value": 9, "cache": 1,
                                       "cycle": false}])"}});
  };
  EXPECT_EQ(load_error(sequence("9223372036854775807")), "(no error)");
  EXPECT_EQ(load_error(sequence("-9223372036854775808")), "(no error)");
  EXPECT_EQ(load_error(sequence("9223372036854775808")),
            "sequences[0].start: integer out of range: must fit in 64 signed bits");
  EXPECT_EQ(load_error(sequence("1.5")), "sequences[0].start: expected an integer");
  EXPECT_EQ(load_error(sequence("\"1\"")), "sequences[0].start: expected an integer");
}

TEST(ModelJsonErrors, IndexKeyIsAColumnOrAnExpression) {
  const auto index = [](const std::string& key) {
    return document({{"indexes", R"([{"schema": "s", "name": "i", "table": {"schema": "s", "name": "t"},
        "method": "btree", "keys": [)" + key + R"(], "definition": ""}])"}});
  };
  EXPECT_EQ(load_error(index(R"({"column": "a"})")), "(no error)");
  EXPECT_EQ(load_error(index(R"j({"column": "a", "expression": "lower(a)"})j")),
            R"(indexes[0].keys[0]: expected either "column" or "expression", not both)");
  EXPECT_EQ(load_error(index(R"({"order": "desc"})")),
            R"(indexes[0].keys[0]: missing required key "column" or "expression")");
  EXPECT_EQ(load_error(index(R"({"colum": "a"})")), R"(indexes[0].keys[0]: unknown key "colum")");
}

}  // namespace
}  // namespace schemadiff
