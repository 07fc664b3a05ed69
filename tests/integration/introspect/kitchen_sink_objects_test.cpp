// SPDX-License-Identifier: MIT
// Introspection of fixtures/introspect/kitchen_sink: indexes, views, materialized views,
// routines and triggers, field by field.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"
#include "integration/introspect/kitchen_sink_fixture.hpp"

namespace schemadiff {
namespace {

class IntrospectKitchenSinkObjects : public testing::KitchenSinkTest {
 protected:
  template <typename Map, typename Key>
  static const typename Map::mapped_type& get(const Map& map, const Key& key,
                                              const std::string& what) {
    const auto it = map.find(key);
    if (it == map.end()) {
      throw std::runtime_error("not in the model: " + what);
    }
    return it->second;
  }

  static const Index& index(const std::string& schema, const std::string& name) {
    return get(model().indexes, QualifiedName{schema, name}, name);
  }
  static const View& view(const std::string& schema, const std::string& name) {
    return get(model().views, QualifiedName{schema, name}, name);
  }
  static const Routine& routine(const std::string& schema, const std::string& name,
                                const std::string& arguments) {
    return get(model().routines, RoutineName{{schema, name}, arguments}, name);
  }
  static const Trigger& trigger(const std::string& table, const std::string& name) {
    return get(model().triggers, MemberName{{"public", table}, name}, name);
  }

  static IndexKey column_key(const std::string& name) {
    IndexKey key;
    key.expression = name;
    return key;
  }

};

using Names = std::vector<std::string>;

TEST_F(IntrospectKitchenSinkObjects, IndexNames) {
  // Not the indexes behind PRIMARY KEY / UNIQUE / EXCLUDE constraints, nor the
  // partitions' copies of recordings_camera_idx.
  Names names;
  for (const auto& [name, i] : model().indexes) {
    names.push_back(name.schema + "." + name.name);
  }
  EXPECT_EQ(names, (Names{"archive.Mixed Case select idx", "public.camera_event_counts_camera_idx",
                          "public.cameras_folder_path_idx", "public.cameras_lower_name_idx",
                          "public.cameras_name_idx", "public.detections_detected_at_idx",
                          "public.detections_enrichment_idx", "public.events_recent_idx",
                          "public.events_title_pattern_idx", "public.events_unreviewed_idx",
                          "public.recordings_camera_idx"}));
}

TEST_F(IntrospectKitchenSinkObjects, UniqueAndExpressionIndexes) {
  EXPECT_EQ(index("public", "cameras_name_idx"),
            (Index{.name = {"public", "cameras_name_idx"},
                   .table = {"public", "cameras"},
                   .method = "btree",
                   .uniqueness = IndexUniqueness::unique,
                   .nulls_not_distinct = false,
                   .keys = {column_key("name")},
                   .include = {},
                   .predicate = std::nullopt,
                   .storage_parameters = {},
                   .definition = "CREATE UNIQUE INDEX cameras_name_idx ON public.cameras "
                                 "USING btree (name)",
                   .comment = std::nullopt}));
  EXPECT_EQ(index("public", "cameras_folder_path_idx").uniqueness, IndexUniqueness::unique);

  const Index& lower = index("public", "cameras_lower_name_idx");
  EXPECT_EQ(lower.uniqueness, IndexUniqueness::non_unique);
  ASSERT_EQ(lower.keys.size(), 1U);
  EXPECT_EQ(lower.keys[0], (IndexKey{.expression = "lower(name)",
                                     .is_expression = true,
                                     .opclass = std::nullopt,
                                     .collation = std::nullopt,
                                     .order = SortOrder::asc,
                                     .nulls = NullsOrder::last}));
  EXPECT_EQ(lower.comment, "Case-insensitive lookups");
}

TEST_F(IntrospectKitchenSinkObjects, GinAndBrinIndexes) {
  const Index& gin = index("public", "detections_enrichment_idx");
  EXPECT_EQ(gin.method, "gin");
  ASSERT_EQ(gin.keys.size(), 1U);
  IndexKey expected = column_key("enrichment_data");
  expected.opclass = "pg_catalog.jsonb_path_ops";
  EXPECT_EQ(gin.keys[0], expected);
  EXPECT_EQ(gin.definition,
            "CREATE INDEX detections_enrichment_idx ON public.detections "
            "USING gin (enrichment_data jsonb_path_ops)");

  const Index& brin = index("public", "detections_detected_at_idx");
  EXPECT_EQ(brin.method, "brin");
  EXPECT_EQ(brin.keys, (std::vector<IndexKey>{column_key("detected_at")}));
}

TEST_F(IntrospectKitchenSinkObjects, PartialOrderedIncludeAndStorageParameters) {
  const Index& partial = index("public", "events_unreviewed_idx");
  EXPECT_EQ(partial.predicate, "(reviewed = false)");
  EXPECT_EQ(partial.keys, (std::vector<IndexKey>{column_key("camera_id")}));

  const Index& recent = index("public", "events_recent_idx");
  IndexKey started = column_key("started_at");
  started.order = SortOrder::desc;
  started.nulls = NullsOrder::last;
  IndexKey severity = column_key("severity");
  severity.nulls = NullsOrder::first;
  EXPECT_EQ(recent.keys, (std::vector<IndexKey>{started, severity}));
  EXPECT_EQ(recent.include, (Names{"title"}));
  EXPECT_EQ(recent.predicate, std::nullopt);
  EXPECT_EQ(recent.definition,
            "CREATE INDEX events_recent_idx ON public.events USING btree "
            "(started_at DESC NULLS LAST, severity NULLS FIRST) INCLUDE (title)");

  const Index& pattern = index("public", "events_title_pattern_idx");
  IndexKey title = column_key("title");
  title.opclass = "pg_catalog.text_pattern_ops";
  EXPECT_EQ(pattern.keys, (std::vector<IndexKey>{title}));
  EXPECT_EQ(pattern.storage_parameters, (StorageParameters{"fillfactor=80"}));
}

TEST_F(IntrospectKitchenSinkObjects, IndexesOnMaterializedViewsPartitionedTablesAndQuotedNames) {
  const Index& on_matview = index("public", "camera_event_counts_camera_idx");
  EXPECT_EQ(on_matview.table, (QualifiedName{"public", "camera_event_counts"}));
  EXPECT_EQ(on_matview.uniqueness, IndexUniqueness::unique);

  const Index& on_parent = index("public", "recordings_camera_idx");
  EXPECT_EQ(on_parent.table, (QualifiedName{"public", "recordings"}));
  EXPECT_EQ(on_parent.keys,
            (std::vector<IndexKey>{column_key("camera_id"), column_key("recorded_at")}));
  EXPECT_EQ(on_parent.definition,
            "CREATE INDEX recordings_camera_idx ON ONLY public.recordings "
            "USING btree (camera_id, recorded_at)");

  const Index& quoted = index("archive", "Mixed Case select idx");
  EXPECT_EQ(quoted.table, (QualifiedName{"archive", "Mixed Case"}));
  IndexKey key = column_key("select");
  key.collation = "pg_catalog.\"C\"";
  key.order = SortOrder::desc;
  key.nulls = NullsOrder::first;
  EXPECT_EQ(quoted.keys, (std::vector<IndexKey>{key}));
}

TEST_F(IntrospectKitchenSinkObjects, Views) {
  Names names;
  for (const auto& [name, v] : model().views) {
    names.push_back(name.schema + "." + name.name);
  }
  EXPECT_EQ(names, (Names{"archive.events_summary", "public.camera_open_events",
                          "public.critical_open_events", "public.open_events"}));

  EXPECT_EQ(view("public", "open_events"),
            (View{.name = {"public", "open_events"},
                  .definition = " SELECT e.id,\n"
                                "    e.camera_id,\n"
                                "    e.severity,\n"
                                "    e.status,\n"
                                "    e.started_at\n"
                                "   FROM public.events e\n"
                                "  WHERE e.status <> 'acknowledged'::public.alert_status;",
                  .columns = {{"id", "integer"},
                              {"camera_id", "integer"},
                              {"severity", "public.alert_severity"},
                              {"status", "public.alert_status"},
                              {"started_at", "timestamp with time zone"}},
                  .options = {"security_barrier=true"},
                  .comment = "Events nobody looked at"}));
  const View& critical = view("public", "critical_open_events");
  EXPECT_EQ(critical.options, (StorageParameters{"check_option=local"}));
  EXPECT_NE(critical.definition.find("FROM public.open_events o"), std::string::npos);
  EXPECT_EQ(view("public", "camera_open_events").columns,
            (std::vector<ViewColumn>{{"camera_name", "text"}, {"event_id", "integer"}}));
  EXPECT_EQ(view("archive", "events_summary").columns,
            (std::vector<ViewColumn>{{"Id", "integer"}, {"select", "text"}, {"n", "bigint"}}));
}

TEST_F(IntrospectKitchenSinkObjects, MaterializedViews) {
  ASSERT_EQ(model().materialized_views.size(), 1U);
  EXPECT_EQ(
      model().materialized_views.at({"public", "camera_event_counts"}),
      (View{.name = {"public", "camera_event_counts"},
            .definition = " SELECT events.camera_id,\n"
                          "    count(*) AS event_count,\n"
                          "    max(public.severity_rank(events.severity)) AS worst\n"
                          "   FROM public.events\n"
                          "  GROUP BY events.camera_id;",
            .columns = {{"camera_id", "integer"}, {"event_count", "bigint"}, {"worst", "integer"}},
            .options = {},
            .comment = "Refreshed nightly"}));
}

TEST_F(IntrospectKitchenSinkObjects, Routines) {
  Names names;
  for (const auto& [name, r] : model().routines) {
    names.push_back(display_name(name));
  }
  EXPECT_EQ(names,
            (Names{"archive.batch_label(b bigint)", "archive.batch_label(b bigint, prefix text)",
                   "public.notify_event()", "public.purge_events(IN older_than interval)",
                   "public.severity_rank(s public.alert_severity)", "public.touch_updated_at()"}));

  EXPECT_EQ(
      routine("public", "severity_rank", "s public.alert_severity"),
      (Routine{.name = {{"public", "severity_rank"}, "s public.alert_severity"},
               .kind = RoutineKind::function,
               .language = "sql",
               .volatility = Volatility::immutable,
               .result = "integer",
               .definition =
                   "CREATE OR REPLACE FUNCTION public.severity_rank(s public.alert_severity)\n"
                   " RETURNS integer\n"
                   " LANGUAGE sql\n"
                   " IMMUTABLE\n"
                   "AS $function$ SELECT array_position(enum_range(NULL::public.alert_severity), "
                   "s) $function$\n",
               .comment = "Orders severities"}));

  const Routine& purge = routine("public", "purge_events", "IN older_than interval");
  EXPECT_EQ(purge.kind, RoutineKind::procedure);
  EXPECT_EQ(purge.language, "plpgsql");
  EXPECT_EQ(purge.volatility, Volatility::volatile_);
  EXPECT_EQ(purge.result, "");
  EXPECT_EQ(purge.comment, "Retention");
  EXPECT_EQ(purge.definition.rfind("CREATE OR REPLACE PROCEDURE public.purge_events(", 0), 0U);

  const Routine& notify = routine("public", "notify_event", "");
  EXPECT_EQ(notify.result, "trigger");
  EXPECT_NE(notify.definition.find("PERFORM pg_notify('events'"), std::string::npos);
  EXPECT_EQ(routine("public", "touch_updated_at", "").volatility, Volatility::stable);

  // Overloads are separate routines.
  EXPECT_EQ(routine("archive", "batch_label", "b bigint").volatility, Volatility::stable);
  EXPECT_EQ(routine("archive", "batch_label", "b bigint, prefix text").comment, "With a prefix");
}

TEST_F(IntrospectKitchenSinkObjects, TriggerNames) {
  // Not the foreign keys' internal triggers, nor recordings_notify's partition clones.
  Names names;
  for (const auto& [name, t] : model().triggers) {
    names.push_back(display_name(name));
  }
  EXPECT_EQ(names,
            (Names{"public.cameras.cameras_touch", "public.events.events_notify",
                   "public.recordings.recordings_audit", "public.recordings.recordings_notify"}));
}

TEST_F(IntrospectKitchenSinkObjects, TriggerWithWhenAndUpdateOf) {
  EXPECT_EQ(
      trigger("events", "events_notify"),
      (Trigger{.name = {{"public", "events"}, "events_notify"},
               .timing = TriggerTiming::after,
               .events = {{.kind = TriggerEventKind::insert, .columns = {}},
                          {.kind = TriggerEventKind::update, .columns = {"status", "severity"}}},
               .level = TriggerLevel::row,
               .when = "new.severity = 'critical'::public.alert_severity",
               .function = {{"public", "notify_event"}, ""},
               .definition = "CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OF status, "
                             "severity ON public.events FOR EACH ROW WHEN (new.severity = "
                             "'critical'::public.alert_severity) EXECUTE FUNCTION "
                             "public.notify_event()",
               .comment = "Wakes up the notifier"}));
}

TEST_F(IntrospectKitchenSinkObjects, BeforeRowAndStatementTriggers) {
  const Trigger& touch = trigger("cameras", "cameras_touch");
  EXPECT_EQ(touch.timing, TriggerTiming::before);
  EXPECT_EQ(touch.level, TriggerLevel::row);
  EXPECT_EQ(touch.events,
            (std::vector<TriggerEvent>{{.kind = TriggerEventKind::update, .columns = {}}}));
  EXPECT_EQ(touch.when, std::nullopt);
  EXPECT_EQ(touch.function, (RoutineName{{"public", "touch_updated_at"}, ""}));
  EXPECT_EQ(touch.comment, std::nullopt);

  const Trigger& audit = trigger("recordings", "recordings_audit");
  EXPECT_EQ(audit.timing, TriggerTiming::after);
  EXPECT_EQ(audit.level, TriggerLevel::statement);
  EXPECT_EQ(audit.events,
            (std::vector<TriggerEvent>{{.kind = TriggerEventKind::delete_, .columns = {}},
                                       {.kind = TriggerEventKind::truncate, .columns = {}}}));
  EXPECT_EQ(audit.definition,
            "CREATE TRIGGER recordings_audit AFTER DELETE OR TRUNCATE ON "
            "public.recordings FOR EACH STATEMENT EXECUTE FUNCTION "
            "public.notify_event()");

  const Trigger& on_parent = trigger("recordings", "recordings_notify");
  EXPECT_EQ(on_parent.level, TriggerLevel::row);
  EXPECT_EQ(on_parent.events,
            (std::vector<TriggerEvent>{{.kind = TriggerEventKind::insert, .columns = {}}}));
}

}  // namespace
}  // namespace schemadiff
