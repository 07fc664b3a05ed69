// SPDX-License-Identifier: MIT
// Introspection of fixtures/introspect/kitchen_sink: tables, columns and constraints,
// field by field.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"
#include "integration/introspect/kitchen_sink_fixture.hpp"

namespace schemadiff {
namespace {

class IntrospectKitchenSinkTables : public testing::KitchenSinkTest {
 protected:
  static const Constraint& constraint(const Table& owner, const std::string& name) {
    const auto it = owner.constraints.find(name);
    if (it == owner.constraints.end()) {
      throw std::runtime_error("no constraint " + name + " on " + owner.name.name);
    }
    return it->second;
  }

  static std::vector<std::string> column_names(const Table& owner) {
    std::vector<std::string> names;
    for (const auto& c : owner.columns) {
      names.push_back(c.name);
    }
    return names;
  }

  static std::vector<std::string> constraint_names(const Table& owner) {
    std::vector<std::string> names;
    for (const auto& [name, c] : owner.constraints) {
      names.push_back(name);
    }
    return names;
  }

};

using Names = std::vector<std::string>;

TEST_F(IntrospectKitchenSinkTables, TableNames) {
  Names names;
  for (const auto& [name, t] : model().tables) {
    names.push_back(name.schema + "." + name.name);
  }
  EXPECT_EQ(names,
            (Names{"archive.Mixed Case", "public.alerts", "public.audit_entries",
                   "public.camera_audit_entries", "public.camera_heartbeats",
                   "public.cameras", "public.detections", "public.event_detections",
                   "public.events", "public.recordings", "public.recordings_2026_01",
                   "public.recordings_2026_02", "public.recordings_default", "public.zones"}));
}

TEST_F(IntrospectKitchenSinkTables, Cameras) {
  const Table& cameras = table("public", "cameras");
  EXPECT_EQ(cameras.name, (QualifiedName{"public", "cameras"}));
  EXPECT_EQ(cameras.persistence, Persistence::logged);
  EXPECT_EQ(cameras.storage_parameters, (StorageParameters{"fillfactor=70"}));
  EXPECT_EQ(cameras.partition_key, std::nullopt);
  EXPECT_EQ(cameras.partition_of, std::nullopt);
  EXPECT_EQ(cameras.comment, "One row per camera");
  EXPECT_EQ(column_names(cameras), (Names{"id", "name", "folder_path", "status", "code", "location",
                                          "created_at", "updated_at"}));

  EXPECT_EQ(column(cameras, "id"),
            (Column{.name = "id",
                    .type = "integer",
                    .not_null = true,
                    .default_expr = "nextval('public.cameras_id_seq'::regclass)",
                    .identity = std::nullopt,
                    .generated = std::nullopt,
                    .collation = std::nullopt,
                    .comment = std::nullopt,
                    .storage = std::nullopt,
                    .compression = std::nullopt}));
  EXPECT_EQ(column(cameras, "folder_path"), (Column{.name = "folder_path",
                                                    .type = "text",
                                                    .not_null = true,
                                                    .default_expr = std::nullopt,
                                                    .identity = std::nullopt,
                                                    .generated = std::nullopt,
                                                    .collation = std::nullopt,
                                                    .comment = "Where the recordings go",
                                                    .storage = std::nullopt,
                                                    .compression = std::nullopt}));
  EXPECT_EQ(column(cameras, "status").default_expr, "'online'::text");
  EXPECT_EQ(column(cameras, "code").default_expr, "nextval('public.camera_code_seq'::regclass)");
  EXPECT_FALSE(column(cameras, "code").not_null);
  EXPECT_EQ(column(cameras, "created_at").type, "timestamp with time zone");
  EXPECT_EQ(column(cameras, "created_at").default_expr, "now()");
  EXPECT_EQ(column(cameras, "updated_at").default_expr, std::nullopt);

  EXPECT_EQ(constraint_names(cameras), (Names{"cameras_pkey", "cameras_status_check"}));
  EXPECT_EQ(constraint(cameras, "cameras_pkey"),
            (Constraint{.name = "cameras_pkey",
                        .kind = PrimaryKey{.columns = {"id"}, .include = {}},
                        .deferrable = false,
                        .initially_deferred = false,
                        .validation = Validation::validated,
                        .definition = "PRIMARY KEY (id)",
                        .comment = std::nullopt}));
  const std::string check_expr =
      "(status = ANY (ARRAY['online'::text, 'offline'::text, 'maintenance'::text]))";
  EXPECT_EQ(constraint(cameras, "cameras_status_check"),
            (Constraint{.name = "cameras_status_check",
                        .kind = Check{.expression = check_expr, .no_inherit = false},
                        .deferrable = false,
                        .initially_deferred = false,
                        .validation = Validation::validated,
                        .definition = "CHECK (" + check_expr + ")",
                        .comment = "Known camera states"}));
}

TEST_F(IntrospectKitchenSinkTables, IdentityAndGeneratedColumns) {
  const Table& zones = table("public", "zones");
  EXPECT_EQ(column_names(zones),
            (Names{"id", "camera_id", "zone_type", "shape", "width", "height", "area"}));
  EXPECT_EQ(column(zones, "id"), (Column{.name = "id",
                                         .type = "bigint",
                                         .not_null = true,
                                         .default_expr = std::nullopt,
                                         .identity = Identity{.kind = IdentityKind::always,
                                                              .options = {.data_type = "bigint",
                                                                          .start = 10,
                                                                          .increment = 10,
                                                                          .min_value = 10,
                                                                          .max_value = 1000000,
                                                                          .cache = 5,
                                                                          .cycle = true}},
                                         .generated = std::nullopt,
                                         .collation = std::nullopt,
                                         .comment = std::nullopt,
                                         .storage = std::nullopt,
                                         .compression = std::nullopt}));
  EXPECT_EQ(column(zones, "area"), (Column{.name = "area",
                                           .type = "integer",
                                           .not_null = false,
                                           .default_expr = std::nullopt,
                                           .identity = std::nullopt,
                                           .generated = "(width * height)",
                                           .collation = std::nullopt,
                                           .comment = std::nullopt,
                                           .storage = std::nullopt,
                                           .compression = std::nullopt}));
  EXPECT_EQ(column(zones, "zone_type").type, "public.zone_type_enum");
  EXPECT_EQ(column(zones, "zone_type").default_expr, "'include'::public.zone_type_enum");
  EXPECT_EQ(constraint(zones, "zones_camera_id_id_key").kind,
            (ConstraintKind{Unique{
                .columns = {"camera_id", "id"}, .include = {}, .nulls = NullsDistinct::distinct}}));
  EXPECT_EQ(constraint(zones, "zones_camera_id_fkey").kind,
            (ConstraintKind{ForeignKey{.columns = {"camera_id"},
                                       .referenced_table = {"public", "cameras"},
                                       .referenced_columns = {"id"},
                                       .match = ForeignKeyMatch::simple,
                                       .on_delete = ForeignKeyAction::cascade,
                                       .on_update = ForeignKeyAction::no_action}}));

  const Table& detections = table("public", "detections");
  EXPECT_EQ(column(detections, "id").identity,
            (Identity{.kind = IdentityKind::by_default, .options = SequenceOptions{}}));
}

TEST_F(IntrospectKitchenSinkTables, DetectionsCollationDeferrableAndNotValid) {
  const Table& detections = table("public", "detections");
  EXPECT_EQ(column(detections, "label").collation, "pg_catalog.\"C\"");
  EXPECT_EQ(column(detections, "enrichment_data").collation, std::nullopt);
  EXPECT_EQ(column(detections, "enrichment_data").type, "jsonb");
  EXPECT_EQ(column(detections, "confidence").type, "real");

  const Constraint& fkey = constraint(detections, "detections_camera_id_fkey");
  EXPECT_TRUE(fkey.deferrable);
  EXPECT_TRUE(fkey.initially_deferred);
  EXPECT_EQ(fkey.definition,
            "FOREIGN KEY (camera_id) REFERENCES public.cameras(id) DEFERRABLE INITIALLY DEFERRED");

  const Constraint& check = constraint(detections, "detections_confidence_check");
  EXPECT_EQ(check.validation, Validation::not_valid);
  EXPECT_EQ(check.kind,
            (ConstraintKind{Check{.expression = "((confidence >= (0)::double precision) AND "
                                                "(confidence <= (1)::double precision))",
                                  .no_inherit = false}}));
  EXPECT_EQ(check.definition,
            "CHECK (((confidence >= (0)::double precision) AND "
            "(confidence <= (1)::double precision))) NOT VALID");
}

TEST_F(IntrospectKitchenSinkTables, EventsEnumColumnsAndExclusion) {
  const Table& events = table("public", "events");
  EXPECT_EQ(column(events, "severity").type, "public.alert_severity");
  EXPECT_EQ(column(events, "status").default_expr, "'new'::public.alert_status");
  EXPECT_EQ(column(events, "tags").type, "public.alert_severity[]");
  EXPECT_EQ(column(events, "during").type, "tstzrange");
  EXPECT_EQ(column(events, "reviewed").default_expr, "false");

  EXPECT_EQ(constraint_names(events),
            (Names{"events_camera_id_fkey", "events_no_overlap", "events_pkey"}));
  const Constraint& exclusion = constraint(events, "events_no_overlap");
  EXPECT_EQ(exclusion.kind, (ConstraintKind{Exclusion{.method = "gist"}}));
  EXPECT_EQ(exclusion.definition, "EXCLUDE USING gist (during WITH &&)");
}

TEST_F(IntrospectKitchenSinkTables, JunctionTableWithCompositeKeyAndCascades) {
  const Table& junction = table("public", "event_detections");
  EXPECT_EQ(constraint(junction, "event_detections_pkey").kind,
            (ConstraintKind{PrimaryKey{.columns = {"event_id", "detection_id"}, .include = {}}}));
  EXPECT_EQ(constraint(junction, "event_detections_event_id_fkey").kind,
            (ConstraintKind{ForeignKey{.columns = {"event_id"},
                                       .referenced_table = {"public", "events"},
                                       .referenced_columns = {"id"},
                                       .match = ForeignKeyMatch::simple,
                                       .on_delete = ForeignKeyAction::cascade,
                                       .on_update = ForeignKeyAction::no_action}}));
  EXPECT_EQ(constraint(junction, "event_detections_detection_id_fkey").kind,
            (ConstraintKind{ForeignKey{.columns = {"detection_id"},
                                       .referenced_table = {"public", "detections"},
                                       .referenced_columns = {"id"},
                                       .match = ForeignKeyMatch::simple,
                                       .on_delete = ForeignKeyAction::cascade,
                                       .on_update = ForeignKeyAction::no_action}}));
}

TEST_F(IntrospectKitchenSinkTables, AlertsMatchFullNullsNotDistinctAndCheckCallingFunction) {
  const Table& alerts = table("public", "alerts");
  EXPECT_EQ(constraint(alerts, "alerts_zone_fkey"),
            (Constraint{.name = "alerts_zone_fkey",
                        .kind = ForeignKey{.columns = {"camera_id", "zone_id"},
                                           .referenced_table = {"public", "zones"},
                                           .referenced_columns = {"camera_id", "id"},
                                           .match = ForeignKeyMatch::full,
                                           .on_delete = ForeignKeyAction::set_null,
                                           .on_update = ForeignKeyAction::cascade},
                        .deferrable = false,
                        .initially_deferred = false,
                        .validation = Validation::validated,
                        .definition = "FOREIGN KEY (camera_id, zone_id) REFERENCES "
                                      "public.zones(camera_id, id) MATCH FULL ON UPDATE CASCADE "
                                      "ON DELETE SET NULL",
                        .comment = std::nullopt}));
  EXPECT_EQ(
      constraint(alerts, "alerts_channel_target_key").kind,
      (ConstraintKind{Unique{
          .columns = {"channel", "target"}, .include = {}, .nulls = NullsDistinct::not_distinct}}));
  EXPECT_EQ(constraint(alerts, "alerts_channel_target_key").definition,
            "UNIQUE NULLS NOT DISTINCT (channel, target)");
  EXPECT_EQ(constraint(alerts, "alerts_severity_check").kind,
            (ConstraintKind{
                Check{.expression = "(public.severity_rank(severity) > 0)", .no_inherit = false}}));
  EXPECT_EQ(column(alerts, "id").default_expr, "nextval('public.alerts_id_seq'::regclass)");
}

TEST_F(IntrospectKitchenSinkTables, PartitionedTableAndPartitions) {
  const Table& parent = table("public", "recordings");
  EXPECT_EQ(parent.partition_key, "RANGE (recorded_at)");
  EXPECT_EQ(parent.partition_of, std::nullopt);
  EXPECT_EQ(constraint_names(parent), (Names{"recordings_camera_id_fkey", "recordings_pkey"}));

  const Table& january = table("public", "recordings_2026_01");
  EXPECT_EQ(january.partition_key, std::nullopt);
  EXPECT_EQ(january.partition_of,
            (PartitionOf{.parent = {"public", "recordings"},
                         .bound = "FOR VALUES FROM ('2026-01-01 00:00:00+00') TO "
                                  "('2026-02-01 00:00:00+00')"}));
  // Columns are listed as the catalog has them; constraints cloned from the parent are not.
  EXPECT_EQ(column_names(january), (Names{"id", "camera_id", "recorded_at", "size_bytes"}));
  EXPECT_TRUE(january.constraints.empty());

  const Table& fallback = table("public", "recordings_default");
  EXPECT_EQ(fallback.partition_of,
            (PartitionOf{.parent = {"public", "recordings"}, .bound = "DEFAULT"}));
  // Only the partition's own constraint.
  EXPECT_EQ(constraint_names(fallback), (Names{"recordings_default_size_check"}));
}

TEST_F(IntrospectKitchenSinkTables, UnloggedTable) {
  EXPECT_EQ(table("public", "camera_heartbeats").persistence, Persistence::unlogged);
  EXPECT_EQ(table("public", "cameras").persistence, Persistence::logged);
}

TEST_F(IntrospectKitchenSinkTables, NamesThatNeedQuoting) {
  const Table& mixed = table("archive", "Mixed Case");
  EXPECT_EQ(column_names(mixed), (Names{"Id", "select", "batch", "policy"}));
  EXPECT_EQ(column(mixed, "select").comment, "A keyword as a name");
  EXPECT_EQ(column(mixed, "policy").type, "archive.\"Retention Policy\"");
  EXPECT_EQ(column(mixed, "policy").default_expr, "'keep'::archive.\"Retention Policy\"");
  EXPECT_EQ(column(mixed, "batch").default_expr, "nextval('archive.batch_seq'::regclass)");
  EXPECT_EQ(constraint(mixed, "Mixed Case_pkey"),
            (Constraint{.name = "Mixed Case_pkey",
                        .kind = PrimaryKey{.columns = {"Id"}, .include = {"select"}},
                        .deferrable = false,
                        .initially_deferred = false,
                        .validation = Validation::validated,
                        .definition = "PRIMARY KEY (\"Id\") INCLUDE (\"select\")",
                        .comment = std::nullopt}));
}

}  // namespace
}  // namespace schemadiff
