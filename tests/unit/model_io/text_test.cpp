// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <string>

#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/text.hpp"

namespace schemadiff {
namespace {

QualifiedName qn(const std::string& schema, const std::string& name) { return QualifiedName{schema, name}; }

Column column(const std::string& name, const std::string& type) {
  Column result;
  result.name = name;
  result.type = type;
  return result;
}

void add_tables(SchemaModel& model) {
  Table readings;
  readings.name = qn("public", "readings");
  readings.persistence = Persistence::unlogged;
  readings.partition_key = "RANGE (detected_at)";
  readings.storage_parameters = {"fillfactor=70"};
  readings.comment = "sensor data";
  Column id = column("id", "bigint");
  id.not_null = true;
  id.identity = Identity{IdentityKind::always, SequenceOptions{}};
  Column detected = column("detected_at", "timestamp with time zone");
  detected.not_null = true;
  detected.default_expr = "now()";
  detected.comment = "when it's seen";
  Column label = column("Label", "text");
  label.collation = "\"C\"";
  Column level = column("level", "public.alert_severity");
  Column doubled = column("doubled", "bigint");
  doubled.generated = "(id * 2)";
  readings.columns = {id, detected, label, level, doubled};
  Constraint pk;
  pk.name = "readings_pkey";
  pk.kind = PrimaryKey{{"id", "detected_at"}, {}};
  pk.definition = "PRIMARY KEY (id, detected_at)";
  readings.constraints[pk.name] = pk;
  Constraint fk;
  fk.name = "readings_label_fkey";
  fk.kind = ForeignKey{{"Label"}, qn("public", "labels"), {"name"}, ForeignKeyMatch::simple,
                       ForeignKeyAction::cascade, ForeignKeyAction::no_action};
  fk.comment = "no definition: summarized";
  readings.constraints[fk.name] = fk;
  model.tables[readings.name] = readings;

  Table partition;
  partition.name = qn("public", "readings_2026");
  partition.partition_of = PartitionOf{readings.name, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"};
  model.tables[partition.name] = partition;
}

void add_other_objects(SchemaModel& model) {
  Index index;
  index.name = qn("public", "readings_level_idx");
  index.table = qn("public", "readings");
  index.method = "btree";
  index.keys = {IndexKey{"level", false, std::nullopt, std::nullopt, SortOrder::asc, NullsOrder::last}};
  index.definition = "CREATE INDEX readings_level_idx ON ONLY public.readings USING btree (level)";
  model.indexes[index.name] = index;
  Index bare;
  bare.name = qn("public", "readings_lower_idx");
  bare.table = qn("public", "readings");
  bare.method = "hash";
  bare.keys = {IndexKey{"lower(\"Label\")", true, std::nullopt, std::nullopt, SortOrder::asc, NullsOrder::last}};
  model.indexes[bare.name] = bare;

  View view;
  view.name = qn("public", "Recent");
  view.columns = {ViewColumn{"id", "bigint"}};
  view.definition = " SELECT readings.id\n   FROM readings  \n  WHERE readings.detected_at > (now() - '1 day'::interval);";
  view.comment = "last day";
  model.views[view.name] = view;

  Routine function;
  function.name = RoutineName{qn("public", "touch"), ""};
  function.language = "plpgsql";
  function.result = "trigger";
  model.routines[function.name] = function;
  Routine procedure;
  procedure.name = RoutineName{qn("public", "prune"), "keep interval"};
  procedure.kind = RoutineKind::procedure;
  procedure.language = "sql";
  model.routines[procedure.name] = procedure;

  Trigger trigger;
  trigger.name = MemberName{qn("public", "readings"), "readings_touch"};
  trigger.timing = TriggerTiming::before;
  trigger.events = {TriggerEvent{TriggerEventKind::insert, {}}, TriggerEvent{TriggerEventKind::update, {"level"}}};
  trigger.level = TriggerLevel::row;
  trigger.when = "new.level IS NOT NULL";
  trigger.function = function.name;
  trigger.comment = "multi\nline";
  model.triggers[trigger.name] = trigger;
}

SchemaModel small_model() {
  SchemaModel model;
  model.schemas["public"] = Schema{"public", "standard public schema"};
  model.extensions["pgcrypto"] = Extension{"pgcrypto", "public", "1.3", std::nullopt};
  model.enums[qn("public", "alert_severity")] =
      EnumType{qn("public", "alert_severity"), {"low", "it's high"}, std::nullopt};
  Sequence sequence;
  sequence.name = qn("public", "order_seq");
  sequence.options.cycle = true;
  sequence.owned_by = ColumnRef{qn("public", "readings"), "id"};
  model.sequences[sequence.name] = sequence;
  add_tables(model);
  add_other_objects(model);
  return model;
}

TEST(ModelText, GoldenSmallModel) {
  const std::string expected =
      R"text(schema public
  comment 'standard public schema'
extension pgcrypto 1.3 (schema public)
enum public.alert_severity ('low', 'it''s high')
sequence public.order_seq bigint start 1 increment 1 minvalue 1 maxvalue 9223372036854775807 cache 1 cycle owned by public.readings.id
unlogged table public.readings partition by RANGE (detected_at)
  with (fillfactor=70)
  comment 'sensor data'
  column id bigint not null generated always as identity (bigint start 1 increment 1 minvalue 1 maxvalue 9223372036854775807 cache 1)
  column detected_at timestamp with time zone not null default now()
    comment 'when it''s seen'
  column "Label" text collate "C"
  column level public.alert_severity
  column doubled bigint generated always as ((id * 2)) stored
  constraint readings_label_fkey FOREIGN KEY ("Label") REFERENCES public.labels(name) ON UPDATE NO ACTION ON DELETE CASCADE
    comment 'no definition: summarized'
  constraint readings_pkey PRIMARY KEY (id, detected_at)
table public.readings_2026 partition of public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
index public.readings_level_idx: CREATE INDEX readings_level_idx ON ONLY public.readings USING btree (level)
index public.readings_lower_idx: on public.readings using hash ((lower("Label")))
view public."Recent" (id bigint)
  comment 'last day'
  as
     SELECT readings.id
       FROM readings
      WHERE readings.detected_at > (now() - '1 day'::interval);
procedure public.prune(keep interval) language sql
function public.touch() returns trigger language plpgsql volatile
trigger public.readings.readings_touch: BEFORE INSERT OR UPDATE OF level FOR EACH ROW WHEN (new.level IS NOT NULL) EXECUTE FUNCTION public.touch()
  comment 'multi\nline'
)text";
  EXPECT_EQ(format_model_text(small_model()), expected);
}

TEST(ModelText, TableDetails) {
  SchemaModel model;
  Table child;
  child.name = qn("public", "motion_events");
  child.inherits = {qn("public", "events"), qn("audit", "Audited")};
  child.replica_identity = {ReplicaIdentityKind::index, "motion_events_id_idx"};
  Column image = column("image", "bytea");
  image.storage = ColumnStorage::external;
  image.compression = "lz4";
  child.columns = {image};
  model.tables[child.name] = child;
  Table full;
  full.name = qn("public", "t");
  full.replica_identity.kind = ReplicaIdentityKind::full;
  model.tables[full.name] = full;
  const std::string expected = R"text(table public.motion_events inherits (public.events, audit."Audited")
  replica identity using index motion_events_id_idx
  column image bytea storage external compression lz4
table public.t
  replica identity full
)text";
  EXPECT_EQ(format_model_text(model), expected);
}

TEST(ModelText, EmptyModelIsEmpty) { EXPECT_EQ(format_model_text(SchemaModel{}), ""); }

}  // namespace
}  // namespace schemadiff
