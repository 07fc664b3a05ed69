// SPDX-License-Identifier: MIT
#include <set>

#include <gtest/gtest.h>

#include "unit/diff/diff_test_support.hpp"

namespace schemadiff::diff_test {
namespace {

template <typename Map>
void recomment(Map& map) {
  for (auto& [key, object] : map) {
    object.comment = "changed";
  }
}

SchemaModel every_comment_changed() {
  SchemaModel model = sample_model();
  recomment(model.schemas);
  recomment(model.extensions);
  recomment(model.enums);
  recomment(model.sequences);
  recomment(model.tables);
  recomment(model.indexes);
  recomment(model.views);
  recomment(model.materialized_views);
  recomment(model.routines);
  recomment(model.triggers);
  for (auto& [name, t] : model.tables) {
    for (Column& c : t.columns) {
      c.comment = "changed";
    }
    recomment(t.constraints);
  }
  return model;
}

TEST(DiffComments, EveryKind) {
  const SchemaModel from = sample_model();
  const SchemaModel to = every_comment_changed();
  const auto operations = diff(from, to);
  const auto comments = all_of<SetComment>(operations);
  EXPECT_EQ(comments.size(), operations.size());
  std::set<ObjectKind> kinds;
  for (const SetComment& comment : comments) {
    kinds.insert(comment.target.kind);
    EXPECT_EQ(comment.to, "changed");
  }
  EXPECT_EQ(kinds, (std::set<ObjectKind>{ObjectKind::schema, ObjectKind::extension, ObjectKind::type,
                                         ObjectKind::sequence, ObjectKind::table, ObjectKind::column,
                                         ObjectKind::constraint, ObjectKind::index, ObjectKind::view,
                                         ObjectKind::materialized_view, ObjectKind::routine,
                                         ObjectKind::trigger}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::table, "cameras"), "one row per camera", "changed"}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "cameras", "code"), "short code", "changed"}));
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "cameras", "id"), std::nullopt, "changed"}));
  EXPECT_TRUE(has(operations, SetComment{ObjectRef{ObjectKind::schema, {"", "public"}, ""}, "standard public schema", "changed"}));
  EXPECT_TRUE(has(operations, SetComment{ObjectRef{ObjectKind::routine, qn("notify"), ""}, "wakes up", "changed"}));
}

TEST(DiffComments, Removed) {
  const auto operations = diff(every_comment_changed(), sample_model());
  for (const SetComment& comment : all_of<SetComment>(operations)) {
    EXPECT_EQ(comment.from, "changed");
  }
  EXPECT_TRUE(has(operations, SetComment{ref(ObjectKind::column, "cameras", "id"), "changed", std::nullopt}));
}

TEST(DiffComments, RecreatedObjectStartsWithoutComment) {
  const SchemaModel from = sample_model();
  SchemaModel to = from;
  Trigger& notify = to.triggers.begin()->second;
  notify.timing = TriggerTiming::before;
  const auto operations = diff(from, to);
  EXPECT_TRUE(has(operations, SetComment{ObjectRef{ObjectKind::trigger, qn("events"), "events_notify"}, std::nullopt, "notify"}));
}

}  // namespace
}  // namespace schemadiff::diff_test
