// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include "schemadiff/error.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff {
namespace {

constexpr std::int64_t k_int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t k_int64_max = std::numeric_limits<std::int64_t>::max();

QualifiedName qn(const std::string& schema, const std::string& name) { return QualifiedName{schema, name}; }

Column column(const std::string& name, const std::string& type) {
  Column result;
  result.name = name;
  result.type = type;
  return result;
}

Constraint constraint(const std::string& name, ConstraintKind kind, const std::string& definition) {
  Constraint result;
  result.name = name;
  result.kind = std::move(kind);
  result.definition = definition;
  return result;
}

void add_schemas_and_types(SchemaModel& model) {
  model.schemas["public"] = Schema{"public", "standard public schema"};
  model.schemas["My Schema"] = Schema{"My Schema", std::nullopt};
  model.schemas["données"] = Schema{"données", "accents: é, 日本語, \"quotes\" and 'apostrophes'\nsecond line"};
  model.extensions["pgcrypto"] = Extension{"pgcrypto", "public", "1.3", "cryptographic functions"};
  model.extensions["btree_gist"] = Extension{"btree_gist", "My Schema", "1.7", std::nullopt};
  model.enums[qn("public", "alert_severity")] =
      EnumType{qn("public", "alert_severity"), {"low", "medium", "it's \"high\"", "crit ical"}, "severity"};
  model.enums[qn("My Schema", "Empty")] = EnumType{qn("My Schema", "Empty"), {}, std::nullopt};

  Sequence extreme;
  extreme.name = qn("public", "order_seq");
  extreme.options = SequenceOptions{"bigint", -5, -1, k_int64_min, k_int64_max, 20, true};
  extreme.owned_by = ColumnRef{qn("public", "cameras"), "id"};
  extreme.comment = "descending";
  model.sequences[extreme.name] = extreme;
  Sequence plain;
  plain.name = qn("public", "plain_seq");
  model.sequences[plain.name] = plain;
}

Table cameras_table() {
  Table table;
  table.name = qn("public", "cameras");
  Column id = column("id", "text");
  id.not_null = true;
  id.comment = "primary key";
  Column status = column("status", "text");
  status.not_null = true;
  status.default_expr = "'online'::text";
  Column serial = column("serial", "integer");
  serial.identity = Identity{IdentityKind::always, SequenceOptions{"integer", 1, 1, 1, 2147483647, 1, false}};
  Column counter = column("counter", "bigint");
  counter.identity = Identity{};
  Column total = column("Total Value", "numeric(10,2)");
  total.generated = "(price * (2)::numeric)";
  Column name = column("name", "text");
  name.collation = "\"C\"";
  table.columns = {id, status, serial, counter, total, name};

  table.constraints["cameras_pkey"] =
      constraint("cameras_pkey", PrimaryKey{{"id"}, {"status"}}, "PRIMARY KEY (id) INCLUDE (status)");
  Constraint unique = constraint("cameras_name_key", Unique{{"name", "status"}, {}, NullsDistinct::not_distinct},
                                 "UNIQUE NULLS NOT DISTINCT (name, status)");
  unique.deferrable = true;
  unique.initially_deferred = true;
  unique.comment = "names are unique";
  table.constraints[unique.name] = unique;
  Constraint check = constraint("status_check", Check{"status <> ''::text", true},
                                "CHECK (status <> ''::text) NO INHERIT NOT VALID");
  check.validation = Validation::not_valid;
  table.constraints[check.name] = check;
  ForeignKey fk{{"status"}, qn("My Schema", "Weird \"Table\""), {"Key"}, ForeignKeyMatch::full,
                ForeignKeyAction::set_null, ForeignKeyAction::cascade};
  table.constraints["cameras_status_fkey"] = constraint("cameras_status_fkey", fk, "FOREIGN KEY ...");
  ForeignKey fk2{{"name"}, qn("public", "names"), {"name"}, ForeignKeyMatch::partial,
                 ForeignKeyAction::restrict, ForeignKeyAction::set_default};
  table.constraints["cameras_name_fkey"] = constraint("cameras_name_fkey", fk2, "FOREIGN KEY (name) ...");
  table.constraints["no_overlap"] = constraint("no_overlap", Exclusion{"gist"}, "EXCLUDE USING gist (id WITH =)");
  table.comment = "all cameras";
  return table;
}

void add_tables(SchemaModel& model) {
  model.tables[qn("public", "cameras")] = cameras_table();

  Table weird;
  weird.name = qn("My Schema", "Weird \"Table\"");
  weird.columns = {column("Key", "integer"), column("détecté à", "timestamp with time zone")};
  weird.persistence = Persistence::unlogged;
  weird.storage_parameters = {"fillfactor=70", "autovacuum_enabled=false"};
  weird.partition_key = "RANGE (\"détecté à\")";
  model.tables[weird.name] = weird;

  Table partition;
  partition.name = qn("My Schema", "Weird 2026");
  partition.columns = weird.columns;
  partition.partition_of = PartitionOf{weird.name, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"};
  model.tables[partition.name] = partition;

  Table empty;
  empty.name = qn("public", "empty");
  model.tables[empty.name] = empty;
}

void add_indexes_and_views(SchemaModel& model) {
  Index index;
  index.name = qn("public", "idx_cameras_name");
  index.table = qn("public", "cameras");
  index.method = "btree";
  index.uniqueness = IndexUniqueness::unique;
  index.nulls_not_distinct = true;
  IndexKey lower{"lower(name)", true, "public.text_pattern_ops", "\"C\"", SortOrder::desc, NullsOrder::first};
  IndexKey status{"status", false, std::nullopt, std::nullopt, SortOrder::asc, NullsOrder::last};
  index.keys = {lower, status};
  index.include = {"id"};
  index.predicate = "(status <> 'offline'::text)";
  index.storage_parameters = {"fillfactor=90"};
  index.definition = "CREATE UNIQUE INDEX idx_cameras_name ON public.cameras USING btree (...)";
  index.comment = "lookup";
  model.indexes[index.name] = index;

  View view;
  view.name = qn("public", "online cameras");
  view.columns = {ViewColumn{"id", "text"}, ViewColumn{"Name", "text"}};
  view.options = {"security_barrier=true", "check_option=local"};
  view.definition = " SELECT cameras.id,\n    cameras.name AS \"Name\"\n   FROM cameras\n  WHERE cameras.status = 'online'::text;";
  view.comment = "only online";
  model.views[view.name] = view;

  View materialized;
  materialized.name = qn("public", "camera_counts");
  materialized.columns = {ViewColumn{"n", "bigint"}};
  materialized.definition = " SELECT count(*) AS n\n   FROM cameras;";
  model.materialized_views[materialized.name] = materialized;
}

void add_routines_and_triggers(SchemaModel& model) {
  Routine function;
  function.name = RoutineName{qn("public", "touch"), ""};
  function.language = "plpgsql";
  function.result = "trigger";
  function.definition = "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n...";
  function.comment = "sets updated_at";
  model.routines[function.name] = function;
  Routine overload;
  overload.name = RoutineName{qn("public", "area"), "w integer, h integer"};
  overload.language = "sql";
  overload.volatility = Volatility::immutable;
  overload.result = "integer";
  overload.definition = "CREATE OR REPLACE FUNCTION public.area(w integer, h integer) ...";
  model.routines[overload.name] = overload;
  Routine procedure;
  procedure.name = RoutineName{qn("My Schema", "Archive"), "before date"};
  procedure.kind = RoutineKind::procedure;
  procedure.language = "plpgsql";
  procedure.volatility = Volatility::stable;
  procedure.definition = "CREATE OR REPLACE PROCEDURE \"My Schema\".\"Archive\"(before date) ...";
  model.routines[procedure.name] = procedure;

  Trigger trigger;
  trigger.name = MemberName{qn("public", "cameras"), "cameras_touch"};
  trigger.timing = TriggerTiming::before;
  trigger.events = {TriggerEvent{TriggerEventKind::insert, {}},
                    TriggerEvent{TriggerEventKind::update, {"status", "name"}},
                    TriggerEvent{TriggerEventKind::delete_, {}}};
  trigger.level = TriggerLevel::row;
  trigger.when = "(new.status IS DISTINCT FROM old.status)";
  trigger.function = function.name;
  trigger.definition = "CREATE TRIGGER cameras_touch BEFORE INSERT OR ...";
  trigger.comment = "keeps updated_at";
  model.triggers[trigger.name] = trigger;
  Trigger instead;
  instead.name = MemberName{qn("public", "online cameras"), "redirect"};
  instead.timing = TriggerTiming::instead_of;
  instead.events = {TriggerEvent{TriggerEventKind::truncate, {}}};
  instead.function = function.name;
  instead.definition = "CREATE TRIGGER redirect ...";
  model.triggers[instead.name] = instead;
  Trigger after;
  after.name = MemberName{qn("public", "cameras"), "cameras_audit"};
  after.events = {TriggerEvent{TriggerEventKind::update, {}}};
  after.function = function.name;
  after.definition = "CREATE TRIGGER cameras_audit AFTER UPDATE ...";
  model.triggers[after.name] = after;
}

void add_dependencies(SchemaModel& model) {
  const auto ref = [](ObjectKind kind, const std::string& schema, const std::string& name,
                      const std::string& member = {}) { return ObjectRef{kind, qn(schema, name), member}; };
  model.dependencies = {
      {ref(ObjectKind::view, "public", "online cameras"), ref(ObjectKind::column, "public", "cameras", "status")},
      {ref(ObjectKind::materialized_view, "public", "camera_counts"), ref(ObjectKind::table, "public", "cameras")},
      {ref(ObjectKind::trigger, "public", "cameras", "cameras_touch"), ref(ObjectKind::routine, "public", "touch")},
      {ref(ObjectKind::column, "public", "cameras", "id"), ref(ObjectKind::type, "public", "alert_severity")},
      {ref(ObjectKind::index, "public", "idx_cameras_name"), ref(ObjectKind::constraint, "public", "cameras", "x")},
      {ref(ObjectKind::sequence, "public", "order_seq"), ref(ObjectKind::schema, "", "public")},
      {ref(ObjectKind::table, "public", "cameras"), ref(ObjectKind::extension, "", "pgcrypto")},
  };
  std::sort(model.dependencies.begin(), model.dependencies.end());
}

SchemaModel rich_model() {
  SchemaModel model;
  add_schemas_and_types(model);
  add_tables(model);
  add_indexes_and_views(model);
  add_routines_and_triggers(model);
  add_dependencies(model);
  return model;
}

SchemaModel small_model() {
  SchemaModel model;
  model.schemas["public"] = Schema{"public", "standard public schema"};
  Table table;
  table.name = qn("public", "cameras");
  Column id = column("id", "text");
  id.not_null = true;
  Column status = column("status", "text");
  status.default_expr = "'online'::text";
  table.columns = {id, status};
  table.constraints["cameras_pkey"] = constraint("cameras_pkey", PrimaryKey{{"id"}, {}}, "PRIMARY KEY (id)");
  model.tables[table.name] = table;
  model.dependencies = {Dependency{ObjectRef{ObjectKind::table, qn("public", "cameras"), ""},
                                   ObjectRef{ObjectKind::schema, qn("", "public"), ""}}};
  return model;
}

TEST(ModelJson, GoldenSmallModel) {
  const std::string expected = R"json({
  "format": "schemadiff-model",
  "version": 1,
  "schemas": [
    {
      "name": "public",
      "comment": "standard public schema"
    }
  ],
  "extensions": [],
  "enums": [],
  "sequences": [],
  "tables": [
    {
      "schema": "public",
      "name": "cameras",
      "columns": [
        {
          "name": "id",
          "type": "text",
          "not_null": true
        },
        {
          "name": "status",
          "type": "text",
          "default": "'online'::text"
        }
      ],
      "constraints": [
        {
          "name": "cameras_pkey",
          "type": "primary_key",
          "columns": [
            "id"
          ],
          "definition": "PRIMARY KEY (id)"
        }
      ]
    }
  ],
  "indexes": [],
  "views": [],
  "materialized_views": [],
  "routines": [],
  "triggers": [],
  "dependencies": [
    {
      "dependent": {
        "kind": "table",
        "schema": "public",
        "name": "cameras"
      },
      "referenced": {
        "kind": "schema",
        "schema": "",
        "name": "public"
      }
    }
  ]
}
)json";
  EXPECT_EQ(dump_model_json(small_model()), expected);
  EXPECT_EQ(load_model_json(expected), small_model());
}

TEST(ModelJson, RoundTripsARichModel) {
  const SchemaModel model = rich_model();
  const std::string text = dump_model_json(model);
  const SchemaModel loaded = load_model_json(text);
  EXPECT_EQ(loaded, model);
  EXPECT_EQ(dump_model_json(loaded), text);
}

TEST(ModelJson, DumpIsDeterministic) {
  EXPECT_EQ(dump_model_json(rich_model()), dump_model_json(rich_model()));
}

TEST(ModelJson, WritesInt64ExtremesAsExactNumbers) {
  const std::string text = dump_model_json(rich_model());
  EXPECT_NE(text.find("\"min_value\": -9223372036854775808,"), std::string::npos);
  EXPECT_NE(text.find("\"max_value\": 9223372036854775807,"), std::string::npos);
}

TEST(ModelJson, RefusesToWriteInvalidUtf8) {
  SchemaModel model;
  model.schemas["\xff"] = Schema{"\xff", std::nullopt};
  try {
    dump_model_json(model);
    FAIL() << "expected a ModelError";
  } catch (const ModelError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write the model as JSON: invalid UTF-8 byte at index 0: 0xFF");
  }
}

TEST(ModelJson, RoundTripsAnEmptyModel) {
  const SchemaModel empty;
  EXPECT_EQ(load_model_json(dump_model_json(empty)), empty);
}

TEST(ModelJson, RoundTripsEveryForeignKeyAction) {
  for (const ForeignKeyAction action : {ForeignKeyAction::no_action, ForeignKeyAction::restrict,
                                        ForeignKeyAction::cascade, ForeignKeyAction::set_null,
                                        ForeignKeyAction::set_default}) {
    SchemaModel model;
    Table table;
    table.name = qn("public", "t");
    ForeignKey fk{{"a"}, qn("public", "u"), {"b"}, ForeignKeyMatch::simple, action, action};
    table.constraints["fk"] = constraint("fk", fk, "FOREIGN KEY (a) REFERENCES u(b)");
    model.tables[table.name] = table;
    EXPECT_EQ(load_model_json(dump_model_json(model)), model);
  }
}

}  // namespace
}  // namespace schemadiff
