// SPDX-License-Identifier: MIT
// Dependencies read from pg_depend and the views' rewrite rules, on
// fixtures/introspect/kitchen_sink.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

ObjectRef ref(ObjectKind kind, const std::string& schema, const std::string& name,
              const std::string& member = {}) {
  return ObjectRef{.kind = kind, .name = {schema, name}, .member = member};
}

ObjectRef column(const std::string& table, const std::string& name) {
  return ref(ObjectKind::column, "public", table, name);
}

// Whether the model has the object `r` names.
bool in_model(const SchemaModel& model, const ObjectRef& r) {
  const auto has_column = [&](const QualifiedName& table, const std::string& name) {
    const auto it = model.tables.find(table);
    return it != model.tables.end() &&
           std::any_of(it->second.columns.begin(), it->second.columns.end(),
                       [&](const Column& c) { return c.name == name; });
  };
  switch (r.kind) {
    case ObjectKind::schema: return model.schemas.count(r.name.name) == 1;
    case ObjectKind::extension: return model.extensions.count(r.name.name) == 1;
    case ObjectKind::type: return model.enums.count(r.name) == 1;
    case ObjectKind::sequence: return model.sequences.count(r.name) == 1;
    case ObjectKind::table: return model.tables.count(r.name) == 1;
    case ObjectKind::column: return has_column(r.name, r.member);
    case ObjectKind::constraint:
      return model.tables.count(r.name) == 1 &&
             model.tables.at(r.name).constraints.count(r.member) == 1;
    case ObjectKind::index: return model.indexes.count(r.name) == 1;
    case ObjectKind::view: return model.views.count(r.name) == 1;
    case ObjectKind::materialized_view: return model.materialized_views.count(r.name) == 1;
    case ObjectKind::routine: return model.routines.count(RoutineName{r.name, r.member}) == 1;
    case ObjectKind::trigger: return model.triggers.count(MemberName{r.name, r.member}) == 1;
    case ObjectKind::policy: return model.policies.count(MemberName{r.name, r.member}) == 1;
    case ObjectKind::domain: return model.domains.count(r.name) == 1;
    case ObjectKind::domain_constraint:
      return model.domains.count(r.name) == 1 && model.domains.at(r.name).constraints.count(r.member) == 1;
    case ObjectKind::composite_type: return model.composite_types.count(r.name) == 1;
    case ObjectKind::range_type: return model.range_types.count(r.name) == 1;
    case ObjectKind::collation: return model.collations.count(r.name) == 1;
  }
  return false;
}

class IntrospectKitchenSinkDependencies : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    m_database = std::make_unique<testing::TestDatabase>("introspect_dependencies");
    m_database->execute(
        testing::read_file(testing::fixture_path("introspect/kitchen_sink/schema.sql")));
    Database db = m_database->connect();
    m_model = std::make_unique<SchemaModel>(introspect(db));
  }
  static void TearDownTestSuite() {
    m_model.reset();
    m_database.reset();
  }

  static const std::vector<Dependency>& dependencies() { return m_model->dependencies; }
  static const SchemaModel& model() { return *m_model; }

  static bool has(const ObjectRef& dependent, const ObjectRef& referenced) {
    const Dependency wanted{.dependent = dependent, .referenced = referenced};
    return std::binary_search(dependencies().begin(), dependencies().end(), wanted);
  }

  static std::vector<ObjectRef> referenced_by(const ObjectRef& dependent) {
    std::vector<ObjectRef> refs;
    for (const auto& d : dependencies()) {
      if (d.dependent == dependent) {
        refs.push_back(d.referenced);
      }
    }
    return refs;
  }

 private:
  static inline std::unique_ptr<testing::TestDatabase> m_database;
  static inline std::unique_ptr<SchemaModel> m_model;
};

const ObjectRef k_alert_severity = ref(ObjectKind::type, "public", "alert_severity");
const ObjectRef k_severity_rank =
    ref(ObjectKind::routine, "public", "severity_rank", "s public.alert_severity");
const ObjectRef k_notify_event = ref(ObjectKind::routine, "public", "notify_event");

TEST_F(IntrospectKitchenSinkDependencies, SortedUniqueAndBetweenObjectsOfTheModel) {
  EXPECT_TRUE(std::is_sorted(dependencies().begin(), dependencies().end()));
  EXPECT_EQ(std::adjacent_find(dependencies().begin(), dependencies().end()), dependencies().end());
  for (const auto& d : dependencies()) {
    EXPECT_TRUE(in_model(model(), d.dependent))
        << to_string(d.dependent.kind) << " " << d.dependent.name.name << " " << d.dependent.member;
    EXPECT_TRUE(in_model(model(), d.referenced))
        << to_string(d.referenced.kind) << " " << d.referenced.name.name << " "
        << d.referenced.member;
    EXPECT_NE(d.dependent, d.referenced);
  }
}

TEST_F(IntrospectKitchenSinkDependencies, ViewsOnTableColumnsAndOtherViews) {
  const ObjectRef open_events = ref(ObjectKind::view, "public", "open_events");
  EXPECT_EQ(referenced_by(open_events),
            (std::vector<ObjectRef>{
                k_alert_severity, ref(ObjectKind::type, "public", "alert_status"),
                column("events", "camera_id"), column("events", "id"), column("events", "severity"),
                column("events", "started_at"), column("events", "status")}));
  const ObjectRef critical = ref(ObjectKind::view, "public", "critical_open_events");
  EXPECT_TRUE(has(critical, open_events));
  const ObjectRef camera_open = ref(ObjectKind::view, "public", "camera_open_events");
  EXPECT_TRUE(has(camera_open, critical));
  EXPECT_TRUE(has(camera_open, column("cameras", "name")));
  EXPECT_TRUE(has(ref(ObjectKind::view, "archive", "events_summary"),
                  ref(ObjectKind::column, "archive", "Mixed Case", "select")));
}

TEST_F(IntrospectKitchenSinkDependencies, MaterializedViewOnColumnsAndFunction) {
  const ObjectRef counts = ref(ObjectKind::materialized_view, "public", "camera_event_counts");
  EXPECT_EQ(referenced_by(counts),
            (std::vector<ObjectRef>{column("events", "camera_id"), column("events", "severity"),
                                    k_severity_rank}));
}

TEST_F(IntrospectKitchenSinkDependencies, TriggersOnTheirFunctions) {
  EXPECT_TRUE(has(ref(ObjectKind::trigger, "public", "events", "events_notify"), k_notify_event));
  EXPECT_TRUE(
      has(ref(ObjectKind::trigger, "public", "recordings", "recordings_audit"), k_notify_event));
  EXPECT_TRUE(has(ref(ObjectKind::trigger, "public", "cameras", "cameras_touch"),
                  ref(ObjectKind::routine, "public", "touch_updated_at")));
  // UPDATE OF columns and the WHEN condition's type.
  EXPECT_TRUE(has(ref(ObjectKind::trigger, "public", "events", "events_notify"),
                  column("events", "status")));
}

TEST_F(IntrospectKitchenSinkDependencies, ColumnsOnEnumsIncludingArraysOfEnums) {
  EXPECT_TRUE(has(column("events", "severity"), k_alert_severity));
  EXPECT_TRUE(has(column("events", "tags"), k_alert_severity));
  EXPECT_TRUE(has(column("zones", "zone_type"), ref(ObjectKind::type, "public", "zone_type_enum")));
  EXPECT_TRUE(has(ref(ObjectKind::column, "archive", "Mixed Case", "policy"),
                  ref(ObjectKind::type, "archive", "Retention Policy")));
}

TEST_F(IntrospectKitchenSinkDependencies, DefaultsOnSequencesAndSequencesOwnedByColumns) {
  const ObjectRef cameras_id_seq = ref(ObjectKind::sequence, "public", "cameras_id_seq");
  EXPECT_TRUE(has(column("cameras", "id"), cameras_id_seq));
  EXPECT_TRUE(has(cameras_id_seq, column("cameras", "id")));
  const ObjectRef code_seq = ref(ObjectKind::sequence, "public", "camera_code_seq");
  EXPECT_TRUE(has(column("cameras", "code"), code_seq));
  EXPECT_TRUE(has(code_seq, column("cameras", "code")));
  EXPECT_TRUE(has(ref(ObjectKind::column, "archive", "Mixed Case", "batch"),
                  ref(ObjectKind::sequence, "archive", "batch_seq")));
}

TEST_F(IntrospectKitchenSinkDependencies, RoutinesConstraintsAndGeneratedColumns) {
  EXPECT_EQ(referenced_by(k_severity_rank), (std::vector<ObjectRef>{k_alert_severity}));
  EXPECT_TRUE(has(ref(ObjectKind::constraint, "public", "alerts", "alerts_severity_check"),
                  k_severity_rank));
  EXPECT_TRUE(has(column("zones", "area"), column("zones", "width")));
  EXPECT_TRUE(has(column("zones", "area"), column("zones", "height")));
}

TEST_F(IntrospectKitchenSinkDependencies, ForeignKeysOnReferencedColumnsAndKeys) {
  const ObjectRef fkey = ref(ObjectKind::constraint, "public", "alerts", "alerts_zone_fkey");
  EXPECT_EQ(referenced_by(fkey),
            (std::vector<ObjectRef>{
                column("alerts", "camera_id"), column("alerts", "zone_id"),
                column("zones", "camera_id"), column("zones", "id"),
                ref(ObjectKind::constraint, "public", "zones", "zones_camera_id_id_key")}));
}

TEST_F(IntrospectKitchenSinkDependencies, PartitionsOnParentAndColumnsOnExtensions) {
  EXPECT_TRUE(has(ref(ObjectKind::table, "public", "recordings_default"),
                  ref(ObjectKind::table, "public", "recordings")));
  EXPECT_TRUE(has(column("cameras", "location"), ref(ObjectKind::extension, "", "citext")));
}

TEST_F(IntrospectKitchenSinkDependencies, NothingOnItsOwnTable) {
  // Members and indexes belong to their table by structure; pg_depend's edges to the
  // whole table are left out (edges to the table's columns are kept).
  for (const auto& d : dependencies()) {
    const bool member = d.dependent.kind == ObjectKind::column ||
                        d.dependent.kind == ObjectKind::constraint ||
                        d.dependent.kind == ObjectKind::trigger;
    if (member) {
      EXPECT_FALSE(d.referenced.kind == ObjectKind::table && d.referenced.name == d.dependent.name)
          << d.dependent.name.name << " " << d.dependent.member;
    }
  }
  EXPECT_EQ(referenced_by(ref(ObjectKind::index, "public", "cameras_lower_name_idx")),
            (std::vector<ObjectRef>{column("cameras", "name")}));
  EXPECT_TRUE(
      referenced_by(ref(ObjectKind::index, "public", "camera_event_counts_camera_idx")).empty());
}

}  // namespace
}  // namespace schemadiff
